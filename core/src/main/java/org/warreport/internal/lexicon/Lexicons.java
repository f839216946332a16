package org.warreport.internal.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warreport.Precision;
import org.warreport.Qualifier;
import org.warreport.RuleFileException;
import org.warreport.Side;
import org.warreport.SourceKind;

/**
 * The lexicons a rule set reads: actors, places, sources, victim groups, vague quantities and count qualifiers.
 * Each is a phrase index over the words of its names and aliases. Immutable after loading.
 */
public final class Lexicons {
  /** An armed actor, the side its people belong to, and what kind of actor it is. */
  public record Actor(String name, Side side, org.warreport.ActorType type) {}

  /**
   * A country a story can be set in: its name, and what the generic actors of the actor lexicon stand for there
   * (generic canonical name to the theatre's own: "Government forces" to "Syrian government").
   */
  public record Theatre(String country, Map<String, String> generic) {}

  /** A gazetteer entry. */
  public record Place(String name, Precision precision, String admin1, String country, Double lat, Double lon) {}

  /** A body that claims are attributed to. */
  public record SourceEntry(String name, SourceKind kind) {}

  /** What a counted noun denotes: its group, its default side, and whether it is people or structures. */
  public record VictimClass(String group, Side side, boolean structure) {}

  /** A vague quantity ("dozens") and its bounds; high is null when open-ended. */
  public record Quantity(long low, Long high) {}

  /** The lexicon files a rule set must list, by file name. */
  public static final Set<String> FILES =
      Set.of("actors.tsv", "places.tsv", "sources.tsv", "victims.tsv", "quantities.tsv", "qualifiers.tsv");

  /** The world gazetteer's file name: optional; without it only the places of {@code places.tsv} are known. */
  public static final String WORLD_FILE = "world.tsv.gz";

  /** Lexicon files a rule set may list: without {@code cues.tsv}, every sentence is tagged and parsed in full. */
  public static final Set<String> OPTIONAL_FILES = Set.of("cues.tsv", WORLD_FILE, "theatres.tsv");

  public final PhraseIndex<Actor> actors = new PhraseIndex<>();
  public final PhraseIndex<Place> places = new PhraseIndex<>();
  public final PhraseIndex<SourceEntry> sources = new PhraseIndex<>();
  public final PhraseIndex<VictimClass> victims = new PhraseIndex<>();
  public final PhraseIndex<Quantity> quantities = new PhraseIndex<>();
  public final PhraseIndex<Qualifier> qualifiers = new PhraseIndex<>();
  /** The words that name each theatre ("Syria", "Syrian", "Damascus"); empty without {@code theatres.tsv}. */
  public final PhraseIndex<Theatre> theatres = new PhraseIndex<>();
  /** The words and lemmas of the cue lexicon (null if the rule set has none), and those of them marked 'ner'. */
  private Set<String> cues;
  private Set<String> nerCues;

  private java.util.function.Supplier<WorldGazetteer> worldSource;
  private volatile WorldGazetteer world;

  /** Where the world gazetteer is read from, on first use ({@link #world()}). */
  public void world(java.util.function.Supplier<WorldGazetteer> source) {
    this.worldSource = source;
    this.world = null;
  }

  /** The world gazetteer, read on first use; null when the rule set lists none. */
  public WorldGazetteer world() {
    WorldGazetteer w = world;
    if (w == null && worldSource != null) {
      synchronized (this) {
        if (world == null) {
          world = worldSource.get();
        }
        w = world;
      }
    }
    return w;
  }

  /** Loads one lexicon file into its index; the file name says which lexicon it is. */
  public void load(String name, TsvTable table) {
    switch (name) {
      case "actors.tsv" -> named(table, 4, actors,
          r -> new Actor(r.cell(0), side(r, 2), enumCell(r, 3, org.warreport.ActorType::fromCode)));
      case "theatres.tsv" -> theatres(table);
      case "places.tsv" -> named(table, 7, places, r -> new Place(r.cell(0), enumCell(r, 2, Precision::fromCode),
          r.cell(3).equals("-") ? null : r.cell(3), r.cell(4), r.number(5), r.number(6)));
      case "sources.tsv" -> named(table, 3, sources, r -> new SourceEntry(r.cell(0), enumCell(r, 2, SourceKind::fromCode)));
      case "victims.tsv" -> victims(table);
      case "quantities.tsv" -> quantities(table);
      case "qualifiers.tsv" -> qualifiers(table);
      case "cues.tsv" -> cues(table);
      default -> throw new IllegalArgumentException("not a lexicon: " + name);
    }
  }

  /**
   * Adds the places of a GeoNames export (the geonames.org tab-separated dump) to the gazetteer. A place's admin1 is
   * the name of the export's own ADM1 row with the same country and admin1 code, or that governorate's name in the
   * gazetteer already loaded where one of the row's names is one ("Muhafazat Idlib", alias "Idlib": Idlib).
   */
  public void loadGeoNames(TsvTable table) {
    Map<String, String> admin1Names = new HashMap<>();
    for (TsvTable.Row r : table.rows()) {
      if (r.cells().size() >= 11 && r.cell(6).equals("A") && r.cell(7).equals("ADM1")) {
        admin1Names.put(r.cell(8) + "." + r.cell(10), governorateName(r));
      }
    }
    for (TsvTable.Row r : table.rows()) {
      if (r.cells().size() < 11) {
        throw r.fail("a GeoNames row has 19 columns, found " + r.cells().size());
      }
      Precision precision = switch (r.cell(6)) {
        case "A" -> switch (r.cell(7)) {
          case "PCLI" -> Precision.COUNTRY;
          case "ADM1" -> Precision.GOVERNORATE;
          default -> Precision.DISTRICT;
        };
        case "P", "S", "T", "L" -> Precision.PLACE;
        default -> null;
      };
      if (precision == null) {
        continue;   // rivers, roads, seas: not places events are told at
      }
      // GeoNames gives ISO codes ("SY"); the gazetteer and the contract use country names ("Syria")
      String country = new java.util.Locale("", r.cell(8)).getDisplayCountry(java.util.Locale.ENGLISH);
      String admin1 = precision == Precision.COUNTRY ? null : admin1Names.get(r.cell(8) + "." + r.cell(10));
      // the ASCII name ("Tall Afar", not "Tall \u2018Afar"): the output is English, as are the gazetteer's names
      String name = precision == Precision.GOVERNORATE && admin1 != null ? admin1 : asciiName(r);
      Place place = new Place(name, precision, admin1, country, r.number(4), r.number(5));
      places.add(r.cell(1), place);
      places.add(r.cell(2), place);
      for (String alt : r.list(3).isEmpty() ? List.<String>of() : List.of(r.cell(3).split(","))) {
        if (alt.chars().allMatch(c -> c < 0x250)) {   // Latin-script names only: the text is English
          places.add(alt, place);
        }
      }
    }
  }

  /** The name an ADM1 row goes by: the gazetteer's governorate that one of its names names, or its ASCII name. */
  private String governorateName(TsvTable.Row r) {
    List<String> names = new java.util.ArrayList<>(List.of(r.cell(1), r.cell(2)));
    names.addAll(List.of(r.cell(3).split(",")));
    for (String n : names) {
      Place known = n.isBlank() ? null : places.lookup(n);
      if (known != null && known.precision() == Precision.GOVERNORATE) {
        return known.name();
      }
    }
    return asciiName(r);
  }

  private static String asciiName(TsvTable.Row r) {
    return r.cell(2).isBlank() ? r.cell(1) : r.cell(2);
  }

  private <T> void named(TsvTable table, int columns, PhraseIndex<T> index, java.util.function.Function<TsvTable.Row, T> entry) {
    Map<String, Integer> seen = new HashMap<>();
    for (TsvTable.Row r : table.rows()) {
      expect(r, columns);
      T e = entry.apply(r);
      addNamed(index, seen, r, r.cell(0), e);
      for (String alias : r.list(1)) {
        addNamed(index, seen, r, alias, e);
      }
    }
  }

  private void victims(TsvTable table) {
    Map<String, Integer> seen = new HashMap<>();
    for (TsvTable.Row r : table.rows()) {
      expect(r, 4);
      String side = r.cell(2);
      boolean structure = switch (r.cell(3)) {
        case "structure" -> true;
        case "person" -> false;
        default -> throw r.fail("column 4 must be 'person' or 'structure', found '" + r.cell(3) + "'");
      };
      VictimClass v = new VictimClass(r.cell(0), side.equals("-") ? Side.UNKNOWN : side(r, 2), structure);
      for (String word : r.list(1)) {
        addNamed(victims, seen, r, word, v);
      }
    }
  }

  private void quantities(TsvTable table) {
    Map<String, Integer> seen = new HashMap<>();
    for (TsvTable.Row r : table.rows()) {
      expect(r, 3);
      Double low = r.number(1);
      Double high = r.number(2);
      if (low == null) {
        throw r.fail("a vague quantity needs a low bound");
      }
      if (high != null && low > high) {
        throw r.fail("the low bound " + low.longValue() + " is above the high bound " + high.longValue());
      }
      addNamed(quantities, seen, r, r.cell(0), new Quantity(low.longValue(), high == null ? null : high.longValue()));
    }
  }

  private void theatres(TsvTable table) {
    Map<String, Integer> seen = new HashMap<>();
    for (TsvTable.Row r : table.rows()) {
      expect(r, 3);
      Map<String, String> generic = new java.util.LinkedHashMap<>();
      for (String pair : r.list(2)) {
        String[] kv = pair.split("=", 2);
        if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
          throw r.fail("column 3 lists 'generic actor=actor of this theatre' pairs, found '" + pair + "'");
        }
        generic.put(kv[0].strip(), kv[1].strip());
      }
      Theatre t = new Theatre(r.cell(0), Map.copyOf(generic));
      addNamed(theatres, seen, r, r.cell(0), t);
      for (String word : r.list(1)) {
        addNamed(theatres, seen, r, word, t);
      }
    }
  }

  /**
   * Refuses a theatre that resolves a generic actor to, or from, a name the actor lexicon lacks (call once every
   * lexicon is loaded).
   */
  public void checkTheatres(String file) {
    Set<String> names = new java.util.HashSet<>();
    for (String phrase : actors.phrases()) {
      names.add(actors.lookup(phrase).name());
    }
    for (String phrase : theatres.phrases()) {
      Theatre t = theatres.lookup(phrase);
      t.generic().forEach((from, to) -> {
        for (String name : List.of(from, to)) {
          if (!names.contains(name)) {
            throw new RuleFileException(file, 0, "theatre " + t.country() + ": '" + name + "' is no actor of actors.tsv");
          }
        }
      });
    }
  }

  private void cues(TsvTable table) {
    Set<String> words = new java.util.TreeSet<>();
    Set<String> nerOnly = new java.util.TreeSet<>();
    for (TsvTable.Row r : table.rows()) {
      if (r.cells().size() > 2) {
        throw r.fail("expected a word and at most 'ner' after it, found " + r.cells().size() + " columns");
      }
      String word = r.cell(0).toLowerCase(java.util.Locale.ROOT);
      if (word.contains(" ") || !words.add(word)) {
        throw r.fail(word.contains(" ") ? "a cue is one word, not '" + word + "'" : "'" + word + "' is listed twice");
      }
      if (r.cells().size() == 2) {
        if (!r.cell(1).equals("ner")) {
          throw r.fail("a cue's second column says 'ner' (the word earns NER but no parse), not '" + r.cell(1) + "'");
        }
        nerOnly.add(word);
      }
    }
    cues = words;
    nerCues = Set.copyOf(nerOnly);
  }

  /**
   * The words (lower case) whose presence makes a sentence worth NER and parsing: the cue lexicon's words without
   * 'ner' after them plus the last word of each vague quantity ("dozens", "thousands" of "tens of thousands"); null
   * when the rule set has no cue lexicon (then every sentence is).
   */
  public Set<String> parseCues() {
    if (cues == null) {
      return null;
    }
    Set<String> all = new java.util.TreeSet<>(cues);
    all.removeAll(nerCues);
    for (String phrase : quantities.phrases()) {   // its head, the last word: "few" of "a few", not "a"
      String[] words = phrase.toLowerCase(java.util.Locale.ROOT).split(" ");
      all.add(words[words.length - 1]);
    }
    return Set.copyOf(all);
  }

  /** The cue words marked 'ner': a sentence with one (or with a number) earns NER but no parse; null without cues. */
  public Set<String> nerCues() {
    return nerCues;
  }

  private void qualifiers(TsvTable table) {
    Map<String, Integer> seen = new HashMap<>();
    for (TsvTable.Row r : table.rows()) {
      expect(r, 2);
      addNamed(qualifiers, seen, r, r.cell(0), enumCell(r, 1, Qualifier::fromCode));
    }
  }

  private static <T> void addNamed(PhraseIndex<T> index, Map<String, Integer> seen, TsvTable.Row r, String phrase, T e) {
    String key = String.join(" ", PhraseWords.of(phrase)).toLowerCase(java.util.Locale.ROOT);
    Integer before = seen.putIfAbsent(key, r.line());
    if (before != null && before != r.line()) {
      throw r.fail("'" + phrase + "' is already listed at line " + before);
    }
    if (!index.add(phrase, e)) {
      throw r.fail("'" + phrase + "' has no letters or digits");
    }
  }

  private static void expect(TsvTable.Row r, int columns) {
    if (r.cells().size() != columns) {
      throw r.fail("expected " + columns + " columns, found " + r.cells().size());
    }
  }

  private static Side side(TsvTable.Row r, int i) {
    return enumCell(r, i, Side::fromCode);
  }

  private static <E> E enumCell(TsvTable.Row r, int i, java.util.function.Function<String, E> parse) {
    try {
      return parse.apply(r.cell(i));
    } catch (IllegalArgumentException e) {
      throw new RuleFileException(r.file(), r.line(), "column " + (i + 1) + ": " + e.getMessage());
    }
  }
}
