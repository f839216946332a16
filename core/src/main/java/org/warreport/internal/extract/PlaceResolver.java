package org.warreport.internal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.warreport.Location;
import org.warreport.Precision;
import org.warreport.TextMention;
import org.warreport.internal.lexicon.Lexicons;
import org.warreport.internal.lexicon.WorldGazetteer;
import org.warreport.internal.lexicon.WorldGazetteer.Country;
import org.warreport.internal.lexicon.WorldGazetteer.Entry;
import org.warreport.internal.lexicon.WorldGazetteer.Kind;

/**
 * Decides which place of the world gazetteer a name is, as a reader does: by the countries and first-level
 * divisions its sentence names ("Borno state", "Nigeria's Borno", "X, the Ekiti state capital"), then those the
 * story names anywhere (countries, demonyms such as "Afghan", a dateline's country, "Kabul province"), then by
 * what the name is (a division where the text says "province", a capital, a division's seat) and population.
 */
final class PlaceResolver {
  /** What the words around a name say it is. */
  enum Hint { ANY, DIVISION, PLACE }

  /** Words that follow a division's name ("Borno state", "Gassol Local Government Area"), folded. */
  static final Pattern DIVISION_WORD = Pattern.compile(
      "state|province|governorate|region|regional state|prefecture|department|territory|oblast");

  private final WorldGazetteer world;

  PlaceResolver(WorldGazetteer world) {
    this.world = world;
  }

  WorldGazetteer world() {
    return world;
  }

  /** The countries and divisions a story names, each with its weight, and where each sentence names which. */
  static final class Story {
    final Map<Country, Double> countries = new LinkedHashMap<>();
    final Map<Country, TextMention> countryWords = new HashMap<>();
    final Map<String, Double> divisions = new HashMap<>();
    final Map<Integer, List<Country>> countriesBySentence = new HashMap<>();
    final Map<Integer, List<Entry>> divisionsBySentence = new HashMap<>();

    /** The country the story names most (the first named, on a tie), or null. */
    Country top() {
      Country best = null;
      for (Map.Entry<Country, Double> e : countries.entrySet()) {
        if (best == null || e.getValue() > countries.get(best)) {
          best = e.getKey();
        }
      }
      return best;
    }

    double weight(Country c) {
      return countries.getOrDefault(c, 0.0);
    }
  }

  /** Reads a story's evidence: countries named (a dateline's counts most), demonyms, divisions the text calls one. */
  Story story(List<SentenceView> sentences, String text) {
    Story story = new Story();
    for (SentenceView s : sentences) {
      List<Country> here = new ArrayList<>();
      for (int t = 0; t < s.tokens.size(); t++) {
        if (!capitalized(s.word(t))) {
          continue;
        }
        int end = -1;
        Country c = null;
        for (int n = Math.min(5, s.tokens.size() - t); n >= 1 && c == null; n--) {
          c = countryAt(s, t, t + n);
          end = t + n;
        }
        double weight;
        if (c != null) {
          weight = s.index == 0 && t <= 6 && t > 0 && s.word(t - 1).equals(",") ? 3 : 2;   // "MOGADISHU, Somalia (AP)"
          if (end < s.tokens.size() && s.word(end).startsWith("-")) {
            weight = 0.5;   // "Nigeria-based"
          } else if (t >= 2 && text(s, t - 2, t).equalsIgnoreCase("border with")) {
            weight = 0;     // "a town near the border with Mexico" is not in Mexico
          }
        } else {
          // the longest demonym first: "South Sudanese" is South Sudan's, not Sudan's
          for (int n = Math.min(3, s.tokens.size() - t); n >= 1 && c == null; n--) {
            c = world.demonym(text(s, t, t + n));
            end = t + n;
          }
          weight = end < s.tokens.size() && s.word(end).startsWith("-") ? 0.25 : 1;   // "Saudi-led"
        }
        if (c != null && weight == 0) {
          t = end - 1;
        } else if (c != null) {
          story.countries.merge(c, weight, Double::sum);
          story.countryWords.putIfAbsent(c, TextMention.of(text, s.span(t, end)));
          here.add(c);
          t = end - 1;
        }
      }
      story.countriesBySentence.put(s.index, here);
    }
    for (SentenceView s : sentences) {
      List<Entry> here = new ArrayList<>();
      for (int[] d : divisionNames(s)) {
        Entry e = resolve(text(s, d[0], d[1]), Hint.DIVISION, story.countriesBySentence.get(s.index), List.of(), story);
        if (e != null && e.kind() == Kind.DIVISION) {
          here.add(e);
          story.divisions.merge(e.admin1Key(), 1.0, Double::sum);
          story.countries.merge(e.country(), 1.0, Double::sum);
          story.countryWords.putIfAbsent(e.country(), TextMention.of(text, s.span(d[0], d[1])));
        }
      }
      story.divisionsBySentence.put(s.index, here);
    }
    // Where the story names no country, the large places it names say which ("in Baghdad", "Kabul")
    if (story.countries.isEmpty()) {
      for (SentenceView s : sentences) {
        for (int[] p : PlaceFiller.placeNames(s)) {
          Entry e = resolve(text(s, p[0], p[1]), Hint.ANY, List.of(), List.of(), null);
          if (e != null && (e.population() >= 100_000 || e.kind() == Kind.DIVISION || e.feature().equals("PPLC"))) {
            story.countries.merge(e.country(), 1.0, Double::sum);
            story.countryWords.putIfAbsent(e.country(), TextMention.of(text, s.span(p[0], p[1])));
          }
        }
      }
    }
    return story;
  }

  /** The entry a name is ({@link #best}), a place's own name counting above an alternate one. */
  Entry resolve(String name, Hint hint, List<Country> localCountries, List<Entry> localDivisions, Story story) {
    List<Entry> candidates = world.named(name);
    for (int i = 0; candidates.isEmpty() && i < SPELLINGS.length; i++) {
      String other = SPELLINGS[i].matcher(name).replaceFirst(RESPELLED[i]);
      if (!other.equals(name) && !other.isBlank()) {
        candidates = world.named(other);
      }
    }
    return best(name, candidates, hint, localCountries, localDivisions, story);
  }

  /**
   * Spellings of one Arabic or Persian name that transliterations disagree on, tried in turn where the name as written
   * is unknown: with or without the article ("Al-Miqdadiyah", "Miqdadiyah") or a final h ("Muqdadiya").
   */
  private static final Pattern[] SPELLINGS = {
      Pattern.compile("^(?i)(al|el|ad|ar|as|ash|az|at)[- ]"), Pattern.compile("^"), Pattern.compile("(?i)a$"),
      Pattern.compile("(?i)ah$"), Pattern.compile("(?i)ou")};
  private static final String[] RESPELLED = {"", "Al ", "ah", "a", "u"};

  /** The country tokens [from, to) name, or null; a name in lower case ("turkey", "chad") names none. */
  private Country countryAt(SentenceView s, int from, int to) {
    if (!capitalized(s.word(to - 1)) && !s.word(to - 1).equals("of")) {
      return null;
    }
    return world.countryNamed(text(s, from, to));
  }

  /** Tokens [start, end) of a name the text calls a division: "Borno state", "the state of Borno", "Kabul province". */
  static List<int[]> divisionNames(SentenceView s) {
    List<int[]> out = new ArrayList<>();
    for (int t = 1; t < s.tokens.size(); t++) {
      boolean division = DIVISION_WORD.matcher(s.word(t).toLowerCase(Locale.ROOT)).matches();
      // a district in its division: "Ganye Local Government Area of Adamawa", "Nad Ali district of Helmand"
      boolean districtOf = !division && s.word(t).matches("LGA|Area|(?i)district|county");
      if (division || districtOf) {
        int start = t;
        while (division && start > 0 && t - start < 3 && capitalized(s.word(start - 1))
            && s.tokens.get(start - 1).tag().startsWith("NNP")) {
          start--;
        }
        if (start < t) {
          out.add(new int[] {start, t});
        } else if (t + 2 < s.tokens.size() && s.word(t + 1).equals("of") && capitalized(s.word(t + 2))) {
          int end = t + 2;
          while (end < s.tokens.size() && end - t < 5 && capitalized(s.word(end)) && s.tokens.get(end).tag().startsWith("NNP")) {
            end++;
          }
          if (end > t + 2) {
            out.add(new int[] {t + 2, end});
          }
        }
      }
    }
    return out;
  }

  /**
   * Where the name of tokens [from, to) ends without the words that call it a division ("Borno State", "Kirkuk
   * Province", "Gambela Regional State"); {@code to} where it has none, and never before {@code from + 1}.
   */
  static int divisionNameEnd(SentenceView s, int from, int to) {
    int end = to;
    if (end - from > 1 && DIVISION_WORD.matcher(s.word(end - 1).toLowerCase(Locale.ROOT)).matches()) {
      end--;
      if (end - from > 1 && s.word(end - 1).equalsIgnoreCase("regional")) {
        end--;
      }
    }
    return end;
  }

  /**
   * Where a district's name ends before the words that call it one ("Konduga Local Government Area", "Kajuru LGA",
   * "Nad Ali District"): the gazetteer knows the district by its seat, the town of that name.
   */
  static int districtNameEnd(SentenceView s, int from, int to) {
    if (to - from > 3 && text(s, to - 3, to).equalsIgnoreCase("Local Government Area")) {
      return to - 3;
    }
    return to - from > 1 && s.word(to - 1).matches("(?i)LGA|district|county") ? to - 1 : to;
  }

  static boolean capitalized(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  static String text(SentenceView s, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int t = from; t < to; t++) {
      b.append(t > from ? " " : "").append(s.tokens.get(t).originalText());
    }
    return b.toString();
  }

  /**
   * The entry a name is, among {@code candidates}: the one the sentence's countries and divisions, then the story's,
   * favour, then a division where the words call it one, a capital or seat, the most populous; null where none is
   * credible (a place abroad that the story gives no reason to think of, unless it is large or a division).
   */
  Entry best(String name, List<Entry> candidates, Hint hint, List<Country> localCountries, List<Entry> localDivisions,
             Story story) {
    String key = WorldGazetteer.key(name);
    Entry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Entry e : candidates) {
      if (hint == Hint.DIVISION && e.kind() != Kind.DIVISION && candidates.stream().anyMatch(o -> o.kind() == Kind.DIVISION
          && !(inStory(e, localCountries, story) && !inStory(o, localCountries, story)))) {
        continue;   // "Beni territory" in a story of Congo is Congo's Beni, not a department of Bolivia
      }
      boolean local = localCountries != null && localCountries.contains(e.country());
      boolean localDivision = localDivisions.stream().anyMatch(d -> d.admin1Key().equals(e.admin1Key()));
      double storyWeight = story == null ? 0 : story.weight(e.country());
      if (!local && !localDivision && storyWeight == 0 && story != null && !story.countries.isEmpty()
          && !(e.kind() == Kind.DIVISION && hint == Hint.DIVISION)
          && (e.population() < 100_000 && !e.feature().equals("PPLC")
              || e.kind() == Kind.PLACE && !WorldGazetteer.key(e.name()).equals(key))) {
        continue;   // a small place abroad, or one known abroad by another of its names, in a story of other countries
      }
      double score = 0;
      score += localDivision ? 2000 : 0;
      score += local ? 1000 : 0;
      score += storyWeight > 0 ? 300 + 50 * Math.min(storyWeight, 6) : 0;
      score += story != null && story.divisions.containsKey(e.admin1Key()) ? 400 : 0;
      score += switch (e.kind()) {
        case DIVISION -> hint == Hint.DIVISION ? 500 : hint == Hint.PLACE ? -100 : 60;
        case DISTRICT -> hint == Hint.DIVISION ? 300 : hint == Hint.PLACE ? -50 : 0;
        case PLACE -> hint == Hint.PLACE ? 100 : 0;
        case COUNTRY -> 0;
      };
      score += switch (e.feature()) {
        case "PPLC" -> 90;
        case "PPLA" -> 60;
        case "PPLA2" -> 30;
        case "PPLA3" -> 10;
        default -> 0;
      };
      score += 12 * Math.log10(e.population() + 1);
      score += WorldGazetteer.key(e.name()).equals(key) ? 40 : 0;   // "Jalalabad" is the city of that name first
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  /** Whether the sentence or the story names the country of {@code e}. */
  private static boolean inStory(Entry e, List<Country> localCountries, Story story) {
    return localCountries != null && localCountries.contains(e.country()) || story != null && story.weight(e.country()) > 0;
  }

  /** The location of a gazetteer entry, found over {@code words} by {@code rule}. */
  static Location location(TextMention words, Entry e, String rule) {
    Precision p = switch (e.kind()) {
      case COUNTRY -> Precision.COUNTRY;
      case DIVISION -> Precision.GOVERNORATE;
      case DISTRICT -> Precision.DISTRICT;
      case PLACE -> Precision.PLACE;
    };
    return new Location(words, e.name(), p, e.admin1(), e.admin2(), e.country().name(), e.country().iso3(), e.lat(),
        e.lon(), e.geonamesId(), rule);
  }

  /** The location of a country, named over {@code words}: its capital's coordinates. */
  Location location(TextMention words, Country c, String rule) {
    Entry capital = world.capital(c);
    return new Location(words, c.name(), Precision.COUNTRY, null, null, c.name(), c.iso3(),
        capital == null ? null : capital.lat(), capital == null ? null : capital.lon(), null, rule);
  }

  /** A place of the bundled Syrian gazetteer, with its country's code. */
  Location location(TextMention words, Lexicons.Place e, String rule) {
    Country c = world.countryOfName(e.country());
    return new Location(words, e.name(), e.precision(), e.precision() == Precision.GOVERNORATE ? e.name() : e.admin1(),
        null, e.country(), c == null ? null : c.iso3(), e.lat(), e.lon(), null, rule);
  }
}
