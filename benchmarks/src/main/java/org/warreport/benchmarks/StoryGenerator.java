package org.warreport.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.warreport.Document;

/**
 * Synthetic wire stories of our own for throughput runs: a headline, a dateline lead with a toll and its source,
 * follow-up tolls, a running tally, and background paragraphs without numbers, in the proportions of agency copy
 * (about 12 sentences, 350 tokens). Seeded, so a run is repeatable.
 */
public final class StoryGenerator {
  private static final String[] PLACES = {"Saraqib", "Khan Sheikhun", "Maarat al-Numan", "Ariha", "Kafr Zita",
      "Latamneh", "Jisr al-Shughur", "Kafranbel", "Morek", "Sarmin", "Binnish", "Atmeh", "Darkush", "Kansafra"};
  private static final String[] REGIONS = {"southern Idlib", "northern Hama", "the Idlib countryside",
      "northwest Syria", "western Aleppo province", "the Ghab plain"};
  private static final String[] ATTACKERS = {"regime and Russian warplanes", "government helicopters",
      "Russian jets", "regime artillery", "jihadist fighters", "rebel gunners", "loyalist forces"};
  private static final String[] VICTIMS = {"civilians", "people", "soldiers", "rebels", "pro-government fighters",
      "jihadists", "children", "women"};
  private static final String[] SOURCES = {"a war monitor said", "the Syrian Observatory said",
      "according to the Observatory", "the monitor added", "state news agency SANA reported",
      "the UN's humanitarian office said"};
  private static final String[] COUNTS = {"at least %d", "%d", "more than %d", "nearly %d", "some %d"};
  private static final String[] DAYS = {"on Monday", "on Tuesday", "late Wednesday", "overnight", "on Friday",
      "early Saturday"};
  private static final String[] BACKGROUND = {
      "The region is the last major stronghold of the armed opposition after years of war.",
      "Residents described streets emptied of traffic as families sheltered in basements and olive groves.",
      "A ceasefire brokered by Ankara and Moscow has failed to hold, and each side blames the other for its collapse.",
      "Aid groups have warned that hospitals in the area are overwhelmed and short of fuel and medicine.",
      "Rescue workers dug through the rubble with their hands while ambulances struggled along cratered roads.",
      "Diplomats meeting in Geneva urged restraint but announced no new steps.",
      "The government says its campaign targets extremists and denies striking homes or markets.",
      "Farmers said the harvest had been abandoned as fighting moved closer to their villages.",
      "Local councils appealed for tents and blankets as nights grew colder.",
      "Analysts expect the offensive to continue until the main highway is under government control."};

  private final Random random;

  public StoryGenerator(long seed) {
    this.random = new Random(seed);
  }

  public List<Document> stories(int n) {
    List<Document> docs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      docs.add(story("synthetic-" + i));
    }
    return docs;
  }

  public Document story(String id) {
    LocalDate date = LocalDate.of(2019, 5, 1).plusDays(random.nextInt(240));
    String place = pick(PLACES);
    String region = pick(REGIONS);
    int toll = 3 + random.nextInt(40);
    StringBuilder s = new StringBuilder();
    s.append("Strikes kill ").append(toll).append(" in ").append(region).append("\n\n");
    s.append("BEIRUT: ").append(capitalise(pick(ATTACKERS))).append(" killed ").append(count(toll)).append(' ')
        .append(pick(VICTIMS)).append(" in ").append(place).append(' ').append(pick(DAYS)).append(", ")
        .append(pick(SOURCES)).append(".\n\n");
    paragraph(s, 2);
    s.append("Another ").append(1 + random.nextInt(30)).append(' ').append(pick(VICTIMS))
        .append(" were wounded in the raids on ").append(pick(PLACES)).append(", ").append(pick(SOURCES)).append(".\n\n");
    paragraph(s, 2);
    s.append("Clashes between government forces and jihadists near ").append(pick(PLACES)).append(" claimed the lives of ")
        .append(count(2 + random.nextInt(30))).append(" combatants on both sides, it said.\n\n");
    paragraph(s, 2);
    s.append("More than ").append(100 + random.nextInt(900)).append(" civilians have been killed in the region since ")
        .append("the end of April, and some ").append(100 + random.nextInt(400)).append(",000 people have fled their homes, ")
        .append(pick(SOURCES)).append(".\n\n");
    paragraph(s, 2);
    return new Document(id, s.toString(), date);
  }

  private void paragraph(StringBuilder s, int sentences) {
    for (int i = 0; i < sentences; i++) {
      s.append(pick(BACKGROUND)).append(i + 1 < sentences ? " " : "\n\n");
    }
  }

  private String count(int n) {
    return String.format(pick(COUNTS), n);
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
