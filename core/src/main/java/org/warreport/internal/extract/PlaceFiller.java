package org.warreport.internal.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.warreport.Event;
import org.warreport.Location;
import org.warreport.Precision;
import org.warreport.Provenance;
import org.warreport.RuleKind;
import org.warreport.Span;
import org.warreport.TextMention;
import org.warreport.internal.lexicon.Lexicons;
import org.warreport.internal.lexicon.PhraseIndex;
import org.warreport.internal.lexicon.WorldGazetteer;
import org.warreport.internal.lexicon.WorldGazetteer.Country;
import org.warreport.internal.lexicon.WorldGazetteer.Entry;
import org.warreport.internal.rules.CompiledRule;

/**
 * Fills an event's places: place rules' matches (each with its rule) and gazetteer names ({@code lexicon}), those of
 * the event's own clause first; else carried from the event it leans on, else the story's ({@code engine.story_place}).
 */
final class PlaceFiller {
  /** Prepositions that put something at a place. */
  private static final String LOCATIVE = "in|near|at|on|around|outside|inside|across|into|throughout|toward|towards|of";

  private final RulesByKind rules;
  private final Lexicons lexicons;

  PlaceFiller(RulesByKind rules, Lexicons lexicons) {
    this.rules = rules;
    this.lexicons = lexicons;
  }

  /** The story's evidence of where it happens (countries, demonyms, divisions); null without a world gazetteer. */
  PlaceResolver.Story story(List<SentenceView> sentences, String text) {
    PlaceResolver r = resolver();
    return r == null ? null : r.story(sentences, text);
  }

  private PlaceResolver resolver() {
    WorldGazetteer w = lexicons.world();
    return w == null ? null : new PlaceResolver(w);
  }

  /**
   * The places a sentence names, in the order found: the place rules' (rule by rule, in file order), then the
   * gazetteer's, then names CoreNLP tags as locations that the world gazetteer knows; see {@link #mostPreciseFirst}
   * for the order an event lists them in. {@code story} may be null (no world gazetteer).
   */
  List<Location> inSentence(SentenceView s, String text, PlaceResolver.Story story) {
    PlaceResolver resolver = story == null ? null : resolver();
    List<Country> localCountries = story == null ? List.of() : story.countriesBySentence.getOrDefault(s.index, List.of());
    List<Entry> localDivisions = story == null ? List.of() : story.divisionsBySentence.getOrDefault(s.index, List.of());
    List<Location> out = new ArrayList<>();
    List<Boolean> unresolved = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    for (CompiledRule r : rules.of(RuleKind.PLACE)) {
      for (RuleMatch m : s.matches(r)) {
        int[] p = m.group("place");
        if (taken.stream().anyMatch(x -> TokenRanges.overlaps(x, p))) {
          continue;
        }
        Precision precision = Precision.fromCode(r.rule().attribute("precision"));
        if (precision == Precision.REGION && p[0] > 0 && s.tokens.get(p[0] - 1).tag().startsWith("NNP")
            && PlaceResolver.capitalized(s.word(p[0] - 1))) {
          continue;   // "Far North Region", "New South Wales": the compass word is inside a longer name
        }
        if (precision == Precision.REGION && resolver != null
            && resolver.world().countryNamed(PlaceResolver.text(s, p[0], p[1])) != null) {
          continue;   // "South Sudan", "South Africa": a country's own name, read as a country below
        }
        if (resolver != null && namesAnActor(s, p)) {
          continue;   // "in Daesh's grip": an armed group, not a place
        }
        if (onlyPlaceNouns(s, p) || notWhereItHappened(s, p)) {
          continue;   // "in the District of Douma": the capital letter makes no name of "District"
        }
        TextMention words = TextMention.of(text, s.span(p[0], p[1]));
        List<SentenceView.Found<Lexicons.Place>> inner = s.find(lexicons.places, p[0], p[1]);
        boolean named = precision == Precision.PLACE || precision == Precision.GOVERNORATE;   // "X province"
        if (named && s.find(lexicons.places).stream().anyMatch(f -> TokenRanges.overlaps(new int[] {f.start(), f.end()}, p))
            && !elsewhere(s, p, story, resolver)) {
          continue;   // a town or province the gazetteer knows: its entry stands (below)
        }
        if (named && resolver != null) {
          Location found = resolveNamed(resolver, s, p, words, precision, localCountries, localDivisions, story, r.id());
          if (found != null) {
            out.add(found);
            unresolved.add(false);
            taken.add(p);
            continue;
          }
        }
        // the last place the phrase names holds the others ("the Jobar neighbourhood of Homs")
        Lexicons.Place container = inner.isEmpty() ? null : inner.get(inner.size() - 1).entry();
        Location within = container == null ? null : resolver == null
            ? new Location(words, "", precision, container.precision() == Precision.GOVERNORATE
                ? container.name() : container.admin1(), container.country(), null, null, r.id())
            : resolver.location(words, container, r.id());
        if (within == null && !named && resolver != null) {
          within = resolveInside(resolver, s, p, words, localCountries, localDivisions, story, r.id());
        }
        if (within == null && !named && !namesOnlyLocations(s, p)) {
          continue;   // a region of somewhere neither the gazetteer nor CoreNLP places
        }
        out.add(new Location(words, words.text(), precision, within == null ? null : within.admin1(), null,
            within == null ? null : within.country(), within == null ? null : within.countryCode(), null, null, null, r.id()));
        unresolved.add(within == null);
        taken.add(p);
      }
    }
    // A name that is also an actor's or a source's ("Damascus", "Turkey") is a place only where a preposition puts
    // something there ("in Damascus", "the outskirts of Damascus"), not where it acts or speaks.
    for (PhraseIndex<?> names : List.of(lexicons.sources, lexicons.actors)) {
      for (SentenceView.Found<?> f : s.find(names)) {
        if (f.start() == 0 || !s.word(f.start() - 1).toLowerCase(java.util.Locale.ROOT).matches(LOCATIVE)) {
          taken.add(new int[] {f.start(), f.end()});
        }
      }
    }
    for (SentenceView.Found<Lexicons.Place> f : s.find(lexicons.places)) {
      int[] p = {f.start(), f.end()};
      if (takenOrNoPlaceOfTheEvent(s, p, taken) || elsewhere(s, p, story, resolver)) {
        continue;
      }
      Lexicons.Place e = f.entry();
      TextMention words = TextMention.of(text, s.span(p[0], p[1]));
      out.add(resolver != null ? resolver.location(words, e, Provenance.LEXICON)
          : new Location(words, e.name(), e.precision(), e.precision() == Precision.GOVERNORATE ? e.name() : e.admin1(),
              e.country(), e.lat(), e.lon(), Provenance.LEXICON));
      unresolved.add(false);
      taken.add(p);
    }
    if (resolver != null) {
      for (int[] p : placeNames(s)) {
        if (takenOrNoPlaceOfTheEvent(s, p, taken) || isCapitalDateline(s, p)
            || p[1] < s.tokens.size() && s.word(p[1]).matches(NOT_A_TOWN_AFTER)) {
          continue;
        }
        int end = PlaceResolver.divisionNameEnd(s, p[0], p[1]);
        PlaceResolver.Hint hint = end < p[1] ? PlaceResolver.Hint.DIVISION : PlaceResolver.Hint.ANY;
        String name = PlaceResolver.text(s, p[0], end);
        TextMention words = TextMention.of(text, s.span(p[0], p[1]));
        Country c = resolver.world().countryNamed(name);
        Location found = null;
        if (c != null && hint == PlaceResolver.Hint.ANY) {
          found = resolver.location(words, c, Provenance.LEXICON);
        } else {
          Entry e = resolver.resolve(name, hint, localCountries, localDivisions, story);
          if (e != null && !isLocationTag(s.ner(p[0])) && !notable(e, story)) {
            e = null;   // a proper noun after "in" that CoreNLP did not tag: only a place the story makes likely
          }
          if (e != null && e.kind() == WorldGazetteer.Kind.DIVISION && !sameCountry(e, out)) {
            e = null;   // "Beni territory, North Kivu" is no department of Bolivia
          }
          found = e == null ? null : PlaceResolver.location(words, e, Provenance.LEXICON);
        }
        if (found != null) {
          out.add(found);
          unresolved.add(false);
          taken.add(p);
        }
      }
      // Divisions the words call one that CoreNLP tags otherwise: "Ohaukwu Local Government Area of Ebonyi State"
      for (int[] d : PlaceResolver.divisionNames(s)) {
        boolean after = d[0] >= 2 && s.word(d[0] - 1).equals("of");
        boolean stateOf = after
            && PlaceResolver.DIVISION_WORD.matcher(s.word(d[0] - 2).toLowerCase(java.util.Locale.ROOT)).matches();
        int[] q = stateOf ? new int[] {d[0] - 2, d[1]}          // "state of Borno"
            : after ? d                                          // "Ganye Local Government Area of Adamawa"
            : new int[] {d[0], d[1] + 1};                        // "Borno State"
        if (taken.stream().anyMatch(x -> TokenRanges.overlaps(x, q)) || namesAnActor(s, d)) {
          continue;
        }
        Entry e = resolver.resolve(PlaceResolver.text(s, d[0], d[1]), PlaceResolver.Hint.DIVISION, localCountries,
            localDivisions, story);
        if (e != null && e.kind() == WorldGazetteer.Kind.DIVISION && plausibleDivision(e, story, out)) {
          out.add(PlaceResolver.location(TextMention.of(text, s.span(q[0], q[1])), e, Provenance.LEXICON));
          unresolved.add(false);
          taken.add(q);
        }
      }
      return placedByContext(out, unresolved, localCountries, localDivisions, story);
    }
    return out;
  }

  /**
   * A name the Syrian gazetteer knows, in a story that names other countries and not Syria, where the world
   * gazetteer knows the name in one of them ("Tripoli" in a story of Libya).
   */
  private static boolean elsewhere(SentenceView s, int[] p, PlaceResolver.Story story, PlaceResolver resolver) {
    if (story == null || story.countries.isEmpty() || story.countries.keySet().stream().anyMatch(c -> c.iso2().equals("SY"))) {
      return false;
    }
    return resolver.world().named(PlaceResolver.text(s, p[0], p[1])).stream()
        .anyMatch(e -> story.weight(e.country()) > 0);
  }

  /** A name a place rule matched ("the town of X", "X province", "the Somali capital"), as the world gazetteer knows it. */
  private static Location resolveNamed(PlaceResolver resolver, SentenceView s, int[] p, TextMention words,
                                       Precision named, List<Country> localCountries, List<Entry> localDivisions,
                                       PlaceResolver.Story story, String rule) {
    Precision precision = named;
    int capitalAt = capitalWord(s, p);
    if (capitalAt >= 0) {   // "the Somali capital", "Nigeria's capital", "the capital of Kenya", "the Ekiti state capital"
      String of = PlaceResolver.text(s, p[0], capitalAt).replaceAll("(?i)^the\\b\\s*|\\s*'s$|\\s*\u2019s$", "");
      if (of.isEmpty()) {   // "the capital (city) of Kenya"
        of = PlaceResolver.text(s, capitalAt + 1, p[1]).replaceAll("(?i)^(city |of |the )+", "");
      }
      Country c = resolver.world().demonym(of) != null ? resolver.world().demonym(of) : resolver.world().countryNamed(of);
      if (c == null && of.endsWith("s")) {   // "Syrias capital": a possessive whose apostrophe the text lost
        c = resolver.world().countryNamed(of.substring(0, of.length() - 1));
      }
      if (c != null) {
        Entry capital = resolver.world().capital(c);
        return capital == null ? null : PlaceResolver.location(words, capital, rule);
      }
      String division = of.replaceAll("(?i)\\s+(state|province|region|governorate)$", "");
      Entry d = resolver.resolve(division, PlaceResolver.Hint.DIVISION, localCountries, localDivisions, story);
      Entry seat = d == null || d.kind() != WorldGazetteer.Kind.DIVISION ? null : resolver.world().seat(d.admin1Key());
      return seat == null ? null : PlaceResolver.location(words, seat, rule);
    }
    String name = PlaceResolver.text(s, p[0], PlaceResolver.districtNameEnd(s, p[0], p[1]));
    Country c = resolver.world().countryNamed(name);
    for (int end = p[1] + 2; c == null && end <= Math.min(s.tokens.size(), p[1] + 4)
        && s.word(p[1]).equals("of"); end++) {
      c = resolver.world().countryNamed(PlaceResolver.text(s, p[0], end));   // "Democratic Republic" "of Congo"
    }
    if (c != null && precision != Precision.GOVERNORATE) {
      return resolver.location(words, c, rule);
    }
    if (p[1] < s.tokens.size() && PlaceResolver.DIVISION_WORD.matcher(s.word(p[1]).toLowerCase(java.util.Locale.ROOT)).matches()) {
      precision = Precision.GOVERNORATE;   // "in Zamfara state"
    }
    Entry e = resolver.resolve(name,
        precision == Precision.GOVERNORATE ? PlaceResolver.Hint.DIVISION : PlaceResolver.Hint.PLACE,
        localCountries, localDivisions, story);
    if (e != null && e.kind() == WorldGazetteer.Kind.DIVISION && precision == Precision.PLACE
        && resolver.world().seat(e.admin1Key()) != null) {
      Entry seat = resolver.world().seat(e.admin1Key());   // "the port city of Hodeidah": the town its province is named after
      Location town = PlaceResolver.location(words, seat, rule);
      return new Location(words, e.name(), Precision.PLACE, town.admin1(), town.admin2(), town.country(),
          town.countryCode(), town.lat(), town.lon(), town.geonamesId(), rule);   // named as its province is
    }
    return e == null ? null : PlaceResolver.location(words, e, rule);
  }

  /** Where "capital" stands in a capital_of match, with an owner before or after it; -1 in other matches. */
  private static int capitalWord(SentenceView s, int[] p) {
    for (int t = p[0]; t < p[1]; t++) {
      boolean namedBefore = t > p[0] + 1 || t == p[0] + 1 && !s.word(p[0]).equalsIgnoreCase("the");   // "Chads capital"
      if (s.word(t).equalsIgnoreCase("capital") && (namedBefore || t + 2 < p[1])) {
        return t;
      }
    }
    return -1;
  }

  /** The country or division inside a region's words ("northern Nigeria", "the outskirts of Kabul province"). */
  private static Location resolveInside(PlaceResolver resolver, SentenceView s, int[] p, TextMention words,
                                        List<Country> localCountries, List<Entry> localDivisions,
                                        PlaceResolver.Story story, String rule) {
    for (int from = p[0]; from < p[1]; from++) {
      if (!s.tokens.get(from).tag().startsWith("NNP")) {
        continue;
      }
      int to = from;
      while (to < p[1] && s.tokens.get(to).tag().startsWith("NNP")) {
        to++;
      }
      int end = PlaceResolver.divisionNameEnd(s, from, to);
      String name = PlaceResolver.text(s, from, end);   // "northern Kirkuk Province", "southwestern Gambela Regional State"
      Country c = resolver.world().countryNamed(name);
      if (c != null) {
        return resolver.location(words, c, rule);
      }
      Entry e = resolver.resolve(name, PlaceResolver.Hint.DIVISION, localCountries, localDivisions, story);
      if (e != null) {
        return PlaceResolver.location(words, e, rule);
      }
      from = to;
    }
    return null;
  }

  /**
   * Names a sentence gives as places: runs of tokens CoreNLP tags as a location ("Borno State", "Ado Ekiti"), and
   * proper nouns a locative preposition puts something at ("in Baghdad"), which matter where a sentence was not
   * tagged (README: sentence screening). Common words never qualify: "Best" or "Police" are neither.
   */
  static List<int[]> placeNames(SentenceView s) {
    List<int[]> out = new ArrayList<>();
    int t = 0;
    while (t < s.tokens.size()) {
      int end = t;
      if (isLocationTag(s.ner(t))) {
        while (end < s.tokens.size() && isLocationTag(s.ner(end))) {
          end++;
        }
      } else if (t > 0 && s.word(t - 1).toLowerCase(java.util.Locale.ROOT).matches(PLACE_PREPOSITION)
          && properNoun(s, t)) {
        while (end < s.tokens.size() && end - t < 4 && properNoun(s, end) && !isLocationTag(s.ner(end))) {
          end++;
        }
      }
      if (end > t) {
        out.add(new int[] {t, end});
        t = end;
      } else {
        t++;
      }
    }
    return out;
  }

  /** Whether tokens [p0, p1) are exactly an actor's or a source's name. */
  private boolean namesAnActor(SentenceView s, int[] p) {
    for (PhraseIndex<?> names : List.of(lexicons.sources, lexicons.actors)) {
      for (SentenceView.Found<?> f : s.find(names, p[0], p[1])) {
        if (f.start() == p[0] && f.end() == p[1]) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words after a name that make it a facility's or a group's ("Al-Quds hospital", "Al-Quds Brigades"). */
  private static final String NOT_A_TOWN_AFTER =
      "(?i)hospital|clinic|mosque|church|school|university|hotel|stadium|brigades?|forces?|front|movement|army|party|club";

  /** An all-capital name opening one of the first sentences: a dateline ("BEIRUT A coalition air strike ..."). */
  private static boolean isCapitalDateline(SentenceView s, int[] p) {
    if (s.index > 2 || p[0] > 8) {
      return false;
    }
    for (int t = p[0]; t < p[1]; t++) {
      String w = s.word(t);
      if (w.length() < 3 || !w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a division the words name is credible: it is in the story's country, or in one the story names beside
   * the division itself, and in the country of the sentence's other places below a country ("Beni territory, North
   * Kivu" is no department of Bolivia).
   */
  private static boolean plausibleDivision(Entry e, PlaceResolver.Story story, List<Location> others) {
    return (story.countries.isEmpty() || e.country().equals(story.top())
        || story.weight(e.country()) > story.divisions.getOrDefault(e.admin1Key(), 0.0)) && sameCountry(e, others);
  }

  /** Whether the sentence's other places below a country are in the division's country (a country named in passing is no evidence). */
  private static boolean sameCountry(Entry e, List<Location> others) {
    return others.stream().allMatch(l -> l.admin1() == null || l.countryCode() == null
        || l.countryCode().equals(e.country().iso3()));
  }

  /** A division, a capital, a large place, or one in a country the story names. */
  private static boolean notable(Entry e, PlaceResolver.Story story) {
    return e.kind() == WorldGazetteer.Kind.DIVISION || e.population() >= 100_000 || e.feature().matches("PPLC|PPLA")
        || story != null && story.weight(e.country()) > 0;
  }

  /** Prepositions after which a proper noun is a place ("in Baghdad", "on Kabul's outskirts"), not "of" or "by". */
  private static final String PLACE_PREPOSITION = "in|near|at|on|outside|around|inside|into|toward|towards";

  private static boolean properNoun(SentenceView s, int t) {
    return s.tokens.get(t).tag() != null && s.tokens.get(t).tag().startsWith("NNP") && PlaceResolver.capitalized(s.word(t))
        && s.ner(t).matches("O|LOCATION|CITY|STATE_OR_PROVINCE|COUNTRY|PERSON|ORGANIZATION");   // "in Beni", taken for a name
  }

  private static boolean isLocationTag(String ner) {
    return ner.equals("LOCATION") || ner.equals("CITY") || ner.equals("STATE_OR_PROVINCE") || ner.equals("COUNTRY");
  }

  /**
   * Names no gazetteer knows ("the village of Kolom") placed where their sentence places them: in the one division
   * its other places or words name ("..., Borno state"), else in the one country they or the story name.
   */
  private static List<Location> placedByContext(List<Location> places, List<Boolean> unresolved, List<Country> localCountries,
                                                List<Entry> localDivisions, PlaceResolver.Story story) {
    if (!unresolved.contains(true)) {
      return places;
    }
    java.util.Set<String> admin1s = new java.util.LinkedHashSet<>();
    java.util.Set<String> codes = new java.util.LinkedHashSet<>();
    String countryName = null;
    for (int i = 0; i < places.size(); i++) {
      Location l = places.get(i);
      if (!unresolved.get(i) && l.countryCode() != null) {
        codes.add(l.countryCode());
        countryName = l.country();
        if (l.admin1() != null) {
          admin1s.add(l.admin1());
        }
      }
    }
    for (Entry d : localDivisions) {
      admin1s.add(d.admin1());
      codes.add(d.country().iso3());
      countryName = d.country().name();
    }
    if (codes.isEmpty() && localCountries.size() == 1) {
      codes.add(localCountries.get(0).iso3());
      countryName = localCountries.get(0).name();
    }
    if (codes.isEmpty() && story != null && story.top() != null) {
      codes.add(story.top().iso3());
      countryName = story.top().name();
    }
    if (codes.size() != 1) {
      return places;
    }
    String code = codes.iterator().next();
    String admin1 = admin1s.size() == 1 ? admin1s.iterator().next() : null;
    List<Location> out = new ArrayList<>();
    for (int i = 0; i < places.size(); i++) {
      Location l = places.get(i);
      boolean named = l.precision() == Precision.PLACE || l.precision() == Precision.DISTRICT;
      out.add(!unresolved.get(i) || !named ? l : new Location(l.words(), l.name(), l.precision(), l.admin1() != null ? l.admin1() : admin1,
          null, countryName, code, null, null, null, l.rule()));
    }
    return out;
  }

  /** Nouns that say what kind of place a name is, and name none by themselves. */
  private static final Pattern PLACE_NOUN = Pattern.compile(
      "district|city|town|village|area|neighbou?rhood|camp|county|municipality|locality|suburb|countryside|quarter|"
          + PlaceResolver.DIVISION_WORD.pattern());

  private static boolean onlyPlaceNouns(SentenceView s, int[] p) {
    for (int t = p[0]; t < p[1]; t++) {
      if (!PLACE_NOUN.matcher(s.word(t).toLowerCase(java.util.Locale.ROOT)).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The most precise first ("the Idlib town of Saraqib": Saraqib), then in text order; a place named only to say how
   * far from it the event was ("Kirkuk, north of Baghdad") comes after every place of the event's own.
   */
  static List<Location> mostPreciseFirst(List<Location> places, SentenceView s) {
    List<Location> out = new ArrayList<>(places);
    out.sort(Comparator.comparing((Location l) -> isReferencePoint(s, l)).thenComparing(Location::precision)
        .thenComparingInt(l -> l.words().span().begin()));
    return out;
  }

  /**
   * Whether the words before a place make it a point the event is measured from: "north of (the capital) Baghdad",
   * "30 km from Kandahar", "(20 miles) south of the capital Kabul".
   */
  private static boolean isReferencePoint(SentenceView s, Location l) {
    int t = 0;
    while (t < s.size() && s.span(t, t + 1).begin() < l.words().span().begin()) {
      t++;
    }
    t--;
    while (t >= 0 && s.word(t).toLowerCase(java.util.Locale.ROOT).matches("the|capital|city|town|provincial|regional")) {
      t--;
    }
    if (t < 1) {
      return false;
    }
    String link = s.word(t).toLowerCase(java.util.Locale.ROOT);
    String before = s.word(t - 1).toLowerCase(java.util.Locale.ROOT);
    // "in the (government-held) west of Aleppo" is a part of Aleppo; "(40 km) west of Aleppo" lies outside it
    return link.equals("of") && COMPASS_POINT.matcher(before).matches()
        && (t < 2 || !s.tokens.get(t - 2).tag().matches("DT|JJ.*|VBN|PRP\\$"))
        || link.matches("of|from") && before.matches("km|kms|kilometres|kilometers|kilometre|kilometer|miles|-rrb-|\\)");
  }

  private static final Pattern COMPASS_POINT = Pattern.compile(
      "(north|south)(-?(east|west))?|east|west|northwards|southwards|eastwards|westwards");

  /**
   * The places of an event, most precise first: those of its own clause among {@code sentencePlaces}; where the
   * sentence names none, those of the event it leans on ({@code carried}, of the sentence before), else the story's.
   */
  static List<Location> ofEvent(List<Location> sentencePlaces, SentenceView s, int[] trigger, List<int[]> triggers,
                                Event carried, List<Location> storyPlaces, Location storyCountry) {
    List<Location> locations = ownClause(mostPreciseFirst(sentencePlaces, s), s, trigger, triggers);
    if (locations.isEmpty()) {   // the clause names no place
      String by = carried != null ? Provenance.CARRIED : Provenance.STORY_PLACE;
      locations = (carried != null ? carried.locations() : storyPlaces).stream().map(l -> l.withRule(by)).toList();
    }
    if (storyCountry != null && locations.stream().noneMatch(l -> l.country() != null)) {
      locations = new ArrayList<>(locations);
      locations.add(storyCountry);
      locations = List.copyOf(locations);
    }
    return locations;
  }

  /**
   * The first-level division the story names most in each country, by ISO alpha-3 code (the first named, on a tie):
   * divisions it names ("Borno state") and the divisions of the places it names ("Maiduguri"), datelines left out.
   * Each is a division's location whose words are where the story first names it or a place of it.
   */
  Map<String, Location> storyDivisions(List<SentenceView> sentences, String text, PlaceResolver.Story story) {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    Map<String, Location> first = new HashMap<>();
    for (SentenceView s : sentences) {
      for (Location l : inSentence(s, text, story)) {
        if (l.admin1() == null || l.countryCode() == null) {
          continue;
        }
        counts.computeIfAbsent(l.countryCode(), c -> new LinkedHashMap<>()).merge(l.admin1(), 1, Integer::sum);
        first.putIfAbsent(l.countryCode() + "\t" + l.admin1(), l.precision() == Precision.GOVERNORATE ? l
            : new Location(l.words(), l.admin1(), Precision.GOVERNORATE, l.admin1(), null, l.country(), l.countryCode(),
                null, null, null, l.rule()));
      }
    }
    Map<String, Location> out = new HashMap<>();
    counts.forEach((code, byDivision) -> {
      String most = null;
      for (Map.Entry<String, Integer> e : byDivision.entrySet()) {
        if (most == null || e.getValue() > byDivision.get(most)) {
          most = e.getKey();
        }
      }
      out.put(code, first.get(code + "\t" + most).withRule(Provenance.STORY_DIVISION));
    });
    return out;
  }

  /**
   * An event's places with its first place of a country refined where it lacks a first-level division: a named place
   * ("the village of Kolom") takes the division the story names most in its country, as its sentence would have
   * given it; a region or a whole country ("northern Nigeria", "Syria") gets that division set before it.
   */
  static List<Location> refined(List<Location> locations, Map<String, Location> storyDivisions) {
    for (int i = 0; i < locations.size(); i++) {
      Location l = locations.get(i);
      if (l.countryCode() == null) {
        continue;
      }
      Location d = l.admin1() == null ? storyDivisions.get(l.countryCode()) : null;
      if (d == null) {
        return locations;
      }
      List<Location> out = new ArrayList<>(locations);
      if (l.precision() == Precision.PLACE || l.precision() == Precision.DISTRICT) {
        out.set(i, new Location(l.words(), l.name(), l.precision(), d.admin1(), l.admin2(), l.country(), l.countryCode(),
            l.lat(), l.lon(), l.geonamesId(), l.rule()));
      } else {
        out.add(i, d);
      }
      return List.copyOf(out);
    }
    return locations;
  }

  /** The country the story names most, as a location filled by {@code engine.story_country}; null if none. */
  Location storyCountry(PlaceResolver.Story story) {
    PlaceResolver r = story == null ? null : resolver();
    if (r == null || story.top() == null) {
      return null;
    }
    return r.location(story.countryWords.get(story.top()), story.top(), Provenance.STORY_COUNTRY);
  }

  /** Whether each proper noun of tokens [p0, p1) is a location to CoreNLP ("northern Yemen"; "rebel-held areas"). */
  private static boolean namesOnlyLocations(SentenceView s, int[] p) {
    for (int t = p[0]; t < p[1]; t++) {
      if (s.tokens.get(t).tag().startsWith("NNP") && !s.ner(t).equals("LOCATION")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The places of an event among its sentence's: those of its own clause (the place's dependency path reaches the
   * event's trigger before any other event's), else all of the sentence's.
   */
  private static List<Location> ownClause(List<Location> places, SentenceView s, int[] trigger, List<int[]> triggers) {
    if (triggers.size() < 2 || s.graph() == null) {
      return places;
    }
    List<Location> own = new ArrayList<>();
    for (Location l : places) {
      int[] reached = null;
      for (int t = 0; t < s.tokens.size() && reached == null; t++) {
        Span span = s.span(t, t + 1);
        if (span.begin() >= l.words().span().begin() && span.end() <= l.words().span().end()) {
          reached = Clauses.governingTrigger(s, t, triggers);
        }
      }
      if (reached != null && TokenRanges.same(reached, trigger)) {
        own.add(l);
      }
    }
    return own.isEmpty() ? places : own;
  }

  /** The places of the story's lead: the first body sentence that names any, its dateline left out. */
  List<Location> storyPlaces(List<SentenceView> sentences, int firstBody, String text, PlaceResolver.Story story) {
    for (SentenceView s : sentences.subList(Math.min(firstBody, sentences.size()), sentences.size())) {
      List<Location> found = mostPreciseFirst(inSentence(s, text, story), s);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** "BEIRUT:" or "Beirut, (Agency)" opening the story: where the reporter files from, not where it happened. */
  private static boolean isDateline(SentenceView s, int[] p) {
    boolean opening = p[0] <= 1 && s.index <= 2 && p[1] < s.tokens.size() && s.word(p[1]).matches("[:,(\u2014-]|--|-LRB-")
        && (p[0] == 0 || !s.tokens.get(0).tag().equals("IN"));   // "In Saraqib, ..." is a place of the story
    // "... in Syria Moscow AFP Saturday": the agency's dateline, wherever a headline run-in puts it
    boolean agency = s.index <= 2 && p[1] < s.tokens.size() && NEWS_AGENCY.matcher(s.word(p[1])).matches();
    // "Beirut, (Agency - 11th Jul) :" after a page's own first line: the city, a comma and the agency's bracket
    boolean bracketed = s.index <= 2 && p[1] + 1 < s.tokens.size() && s.word(p[1]).equals(",")
        && s.word(p[1] + 1).matches("\\(|-LRB-");
    return opening || agency || bracketed;
  }

  /** News agencies whose name follows a dateline's city ("Moscow AFP", "BEIRUT (Reuters)" without the bracket). */
  private static final Pattern NEWS_AGENCY = Pattern.compile("AFP|Reuters|AP|Sputnik|SANA|Xinhua|IANS|PTI|ANI|dpa|EFE|Anadolu");

  /**
   * Whether the words before a name say it is not where anything happened: the other side of a border ("a post near
   * our frontier town, on the border with Chad"), where a group is outlawed ("a militia (banned in Ukraine)") or
   * where the attackers came or fired from ("gunmen crossing from Niger").
   */
  private static boolean notWhereItHappened(SentenceView s, int[] p) {
    int t = p[0] - 1;
    if (t >= 0 && s.word(t).equalsIgnoreCase("the")) {
      t--;
    }
    return t >= 1 && (s.word(t).equalsIgnoreCase("with") && s.word(t - 1).toLowerCase(java.util.Locale.ROOT).matches("borders?|frontier")
        || s.word(t).equalsIgnoreCase("in") && s.word(t - 1).toLowerCase(java.util.Locale.ROOT).matches("banned|outlawed|proscribed|illegal")
        || s.word(t).equalsIgnoreCase("from") && MOVED_FROM.matcher(s.word(t - 1)).matches());   // "crossing from Libya"
  }

  /** Words of coming or firing from somewhere: the place after their "from" is where the attackers were, not the event. */
  private static final java.util.regex.Pattern MOVED_FROM = java.util.regex.Pattern.compile(
      "(?i)cross(ed|es|ing)?|c[ao]me|coming|fled|flee(ing)?|infiltrat(ed|ing)|fired|launched");

  /**
   * Whether tokens {@code p} overlap a place already read, or name no place of the event: an adjective ("Russia-backed"),
   * the dateline, or what the words before it rule out ({@link #notWhereItHappened}).
   */
  private static boolean takenOrNoPlaceOfTheEvent(SentenceView s, int[] p, List<int[]> taken) {
    return taken.stream().anyMatch(x -> TokenRanges.overlaps(x, p)) || isCompoundModifier(s, p) || isDateline(s, p)
        || notWhereItHappened(s, p) || insidePersonName(s, p) || inTagList(s, p);
  }

  /**
   * A name in a web page's list of tags run into the story's first sentence ("Tags Syria Idlib Russia airstrikes A
   * double bombing ..."): the list runs from "Tags" to the first article or verb, and names what the site files the
   * story under, not where it happened.
   */
  private static boolean inTagList(SentenceView s, int[] p) {
    int tags = -1;
    for (int t = 0; t < Math.min(p[0], 12); t++) {
      if (s.word(t).equals("Tags")) {
        tags = t;
      }
    }
    if (tags < 0) {
      return false;
    }
    for (int t = tags + 1; t < p[0]; t++) {
      if (s.tokens.get(t).tag().matches("DT|VB[DZP]?|MD|PRP") || s.word(t).matches("[.;:]")) {
        return false;   // the list ended before the name
      }
    }
    return true;
  }

  /**
   * A name CoreNLP reads as the last part of a person's ("Abu Omar Saraqeb": a family name taken from a town) is no
   * place of the event.
   */
  private static boolean insidePersonName(SentenceView s, int[] p) {
    if (p[0] == 0 || !s.ner(p[0] - 1).equals("PERSON") || !s.tokens.get(p[0] - 1).tag().startsWith("NNP")) {
      return false;
    }
    for (int t = p[0]; t < p[1]; t++) {
      if (!s.ner(t).equals("PERSON")) {
        return false;
      }
    }
    return true;
  }

  /** "Russia-backed", "Britain-based": a place name fused into an adjective is no place of the event. */
  private static boolean isCompoundModifier(SentenceView s, int[] p) {
    return p[1] < s.tokens.size() && s.word(p[1]).startsWith("-");
  }
}
