package org.warreport.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.warreport.RuleFileException;

/**
 * The world's countries, first-level divisions and populated places (the bundled {@code world.tsv.gz}, built from
 * GeoNames by {@code tools/world-gazetteer/build.py}), looked up by any of their names as {@link PhraseWords} reads
 * them. Countries come from the JDK's {@link Locale} (ISO alpha-2 and alpha-3 codes, English names), with the names
 * and demonyms of the file's country rows. Immutable after loading; safe to share between threads.
 */
public final class WorldGazetteer {
  /** What an entry is. */
  public enum Kind { COUNTRY, DIVISION, DISTRICT, PLACE }

  /** A country: ISO alpha-2 and alpha-3 codes and its English name. */
  public record Country(String iso2, String iso3, String name) {}

  /**
   * An entry: a country (admin1 null), a first-level division (admin1 its own name) or a populated place; {@code
   * feature} is GeoNames' feature code (PPLC a capital, PPLA a division's seat ...), population 0 where unknown.
   */
  public record Entry(Kind kind, Long geonamesId, String name, Country country, String admin1Code, String admin1,
                      String admin2, String feature, long population, Double lat, Double lon) {
    /** The key of its first-level division ("NG.27"), or null for a country. */
    public String admin1Key() {
      return admin1Code == null ? null : country.iso2() + "." + admin1Code;
    }
  }

  private final Map<String, Country> countries = new HashMap<>();
  private final Map<String, Country> countryByName = new HashMap<>();
  private final Map<String, Country> demonyms = new HashMap<>();
  private final Map<String, Entry> divisions = new HashMap<>();
  private final Map<String, Entry> capitals = new HashMap<>();
  private final Map<String, Entry> seats = new HashMap<>();
  private final Map<String, Object> byName = new HashMap<>(600_000);

  private WorldGazetteer() {}

  /** Reads a gazetteer in the format {@code build.py} writes (gzipped); a bad row is refused with file and line. */
  public static WorldGazetteer read(String file, InputStream gzipped) {
    WorldGazetteer g = new WorldGazetteer();
    for (String iso2 : Locale.getISOCountries()) {
      Locale l = new Locale("", iso2);
      g.country(new Country(iso2, l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH)), List.of());
    }
    // GeoNames codes Kosovo XK, a code ISO keeps for user assignment and the JDK does not list; XKX is its usual alpha-3
    g.country(new Country("XK", "XKX", "Kosovo"), List.of());
    Map<String, Entry> districts = new java.util.LinkedHashMap<>();   // by country, division and name, in file order
    int line = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
      String text;
      while ((text = r.readLine()) != null) {
        line++;
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        String[] c = text.split("\t", -1);
        if (c.length != 11) {
          throw new RuleFileException(file, line, "expected 11 TAB-separated columns, found " + c.length);
        }
        Country country = g.countries.get(c[4]);
        if (country == null) {
          throw new RuleFileException(file, line, "'" + c[4] + "' is no ISO 3166-1 alpha-2 code the JDK knows");
        }
        try {
          switch (c[0]) {
            case "C" -> g.countryRow(country, c);
            case "A" -> g.add(new Entry(Kind.DIVISION, null, c[2], country, c[5], c[2], null, c[7], number(c[8]),
                decimal(c[9]), decimal(c[10])), c[3]);
            case "P" -> {
              Entry division = g.divisions.get(c[4] + "." + c[5]);
              Entry place = new Entry(Kind.PLACE, Long.valueOf(c[1]), c[2], country, c[5],
                  division == null ? null : division.name(), c[6].equals("-") ? null : c[6], c[7], number(c[8]),
                  decimal(c[9]), decimal(c[10]));
              g.add(place, c[3]);
              if (place.admin2() != null) {
                districts.computeIfAbsent(c[4] + "." + c[5] + "." + c[6], k -> new Entry(Kind.DISTRICT, null,
                    place.admin2(), country, place.admin1Code(), place.admin1(), place.admin2(), "ADM2", 0, null, null));
              }
            }
            default -> throw new RuleFileException(file, line, "kind must be C, A or P, found '" + c[0] + "'");
          }
        } catch (NumberFormatException e) {
          throw new RuleFileException(file, line, "not a number: " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new RuleFileException(file, line, "cannot read: " + e.getMessage(), e);
    }
    g.addDistricts(districts.values());
    return g;
  }

  /**
   * The second-level divisions the places name ("Gnagna Province" of Burkina Faso, "Nad Ali District"), each an entry
   * of its own under its name and under its name without the word of its kind ("South Waziristan Agency" as "South
   * Waziristan"): reporting names them as often as towns. No coordinates or population of their own.
   */
  private void addDistricts(java.util.Collection<Entry> districts) {
    for (Entry d : districts) {
      add(d, "-");
      String bare = DISTRICT_PREFIX.matcher(DISTRICT_WORD.matcher(d.name()).replaceFirst("")).replaceFirst("");
      if (!bare.isBlank() && !bare.equals(d.name())) {
        index(bare, d);
      }
    }
  }

  private static final java.util.regex.Pattern DISTRICT_WORD = java.util.regex.Pattern.compile(
      "(?i)\\s+(district|agency|county|province|department|territory|zone|prefecture|municipality|region|"
      + "local government area|lga)$");
  /** The same word before the name, as GeoNames writes many ("Province of Cavite", "Departamento de Cabañas"). */
  private static final java.util.regex.Pattern DISTRICT_PREFIX = java.util.regex.Pattern.compile(
      "(?i)^(province|provincia|departamento|department|partido|municipio|district|distrito) (of|de|du|di|del) ");

  private static long number(String s) {
    return s.equals("-") ? 0 : Long.parseLong(s);
  }

  private static Double decimal(String s) {
    return s.equals("-") ? null : Double.valueOf(s);
  }

  private void countryRow(Country c, String[] cells) {
    Country named = cells[2].equals("-") ? c : new Country(c.iso2(), c.iso3(), cells[2]);
    List<String> others = cells[3].equals("-") ? List.of() : List.of(cells[3].split("\\|"));
    country(named, others);
    if (!cells[5].equals("-")) {
      for (String d : cells[5].split("\\|")) {
        demonyms.put(key(d), named);
      }
    }
  }

  private void country(Country c, List<String> otherNames) {
    Country before = countries.put(c.iso2(), c);
    if (before != null) {   // a country row renames the JDK's country: its old name stays an alias
      countryByName.put(key(before.name()), c);
    }
    countryByName.put(key(c.name()), c);
    countryByName.put(key(c.iso3()), c);
    for (String n : otherNames) {
      countryByName.put(key(n), c);
    }
  }

  private void add(Entry e, String others) {
    if (e.kind() == Kind.DIVISION) {
      divisions.put(e.admin1Key(), e);
    } else if (e.feature().equals("PPLC")) {
      Entry before = capitals.get(e.country().iso2());
      if (before == null || before.population() < e.population()) {
        capitals.put(e.country().iso2(), e);
      }
    }
    if (e.kind() == Kind.PLACE && (e.feature().equals("PPLA") || e.feature().equals("PPLC"))) {
      Entry before = seats.get(e.admin1Key());
      if (before == null || before.feature().equals("PPLC") && e.feature().equals("PPLA")) {
        seats.put(e.admin1Key(), e);
      }
    }
    index(e.name(), e);
    if (!others.equals("-")) {
      for (String n : others.split("\\|")) {
        index(n, e);
      }
    }
  }

  private void index(String name, Entry e) {
    String k = key(name);
    if (k.isEmpty()) {
      return;
    }
    Object before = byName.get(k);
    if (before == null) {
      byName.put(k, e);
    } else if (before instanceof Entry one) {
      if (one != e) {
        byName.put(k, new Entry[] {one, e});
      }
    } else {
      Entry[] many = (Entry[]) before;
      if (many[many.length - 1] != e) {
        Entry[] more = java.util.Arrays.copyOf(many, many.length + 1);
        more[many.length] = e;
        byName.put(k, more);
      }
    }
  }

  /** The comparison key of a name: its {@link PhraseWords}, joined by single spaces. */
  public static String key(String name) {
    StringBuilder b = new StringBuilder(name.length());
    int start = -1;
    for (int i = 0; i <= name.length(); i++) {
      char c = i < name.length() ? name.charAt(i) : ' ';
      if (c >= 0x80) {
        return String.join(" ", PhraseWords.of(name));   // accents and other scripts: the full folding
      }
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {   // one word, as PhraseWords folds it: acronyms keep their case
        String w = name.substring(start, i);
        b.append(b.length() > 0 ? " " : "").append(PhraseWords.isAcronym(w) ? w : w.toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return b.toString();
  }

  /** The divisions and places a name names (countries apart: {@link #countryNamed}); empty if none. */
  public List<Entry> named(String name) {
    Object hit = byName.get(key(name));
    if (hit == null) {
      return List.of();
    }
    return hit instanceof Entry e ? List.of(e) : List.of((Entry[]) hit);
  }

  /** The country a name or ISO alpha-3 code names ("Nigeria", "DR Congo", "NGA"), or null. */
  public Country countryNamed(String name) {
    return countryByName.get(key(name));
  }

  /** The country a demonym or adjective belongs to ("Afghan", "Somali"), or null. */
  public Country demonym(String word) {
    return demonyms.get(key(word));
  }

  /** The country of its English name as the gazetteers write it ("Syria"), or null. */
  public Country countryOfName(String name) {
    return name == null ? null : countryByName.get(key(name));
  }

  /** The capital of a country (its most populous PPLC), or null. */
  public Entry capital(Country c) {
    return capitals.get(c.iso2());
  }

  /** The seat of a first-level division (its PPLA), or null. */
  public Entry seat(String admin1Key) {
    return seats.get(admin1Key);
  }

  /** How many names are indexed. */
  public int names() {
    return byName.size();
  }
}
