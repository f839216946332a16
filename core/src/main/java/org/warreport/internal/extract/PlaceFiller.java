package org.warreport.internal.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warreport.Event;
import org.warreport.Location;
import org.warreport.Precision;
import org.warreport.Provenance;
import org.warreport.RuleKind;
import org.warreport.Span;
import org.warreport.TextMention;
import org.warreport.internal.lexicon.Lexicons;
import org.warreport.internal.lexicon.PhraseIndex;
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

  /**
   * The places a sentence names, in the order found: the place rules' (rule by rule, in file order), then the
   * gazetteer's; see {@link #mostPreciseFirst} for the order an event lists them in.
   */
  List<Location> inSentence(SentenceView s, String text) {
    List<Location> out = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    for (CompiledRule r : rules.of(RuleKind.PLACE)) {
      for (RuleMatch m : s.matches(r)) {
        int[] p = m.group("place");
        if (taken.stream().anyMatch(x -> TokenRanges.overlaps(x, p))) {
          continue;
        }
        Precision precision = Precision.fromCode(r.rule().attribute("precision"));
        TextMention words = TextMention.of(text, s.span(p[0], p[1]));
        List<SentenceView.Found<Lexicons.Place>> inner = s.find(lexicons.places, p[0], p[1]);
        boolean named = precision == Precision.PLACE || precision == Precision.GOVERNORATE;   // "X province"
        if (named && s.find(lexicons.places).stream().anyMatch(f -> TokenRanges.overlaps(new int[] {f.start(), f.end()}, p))) {
          continue;   // a town or province the gazetteer knows: its entry stands (below)
        }
        if (inner.isEmpty() && !named && !namesOnlyLocations(s, p)) {
          continue;   // a region of somewhere neither the gazetteer nor CoreNLP places
        }
        Lexicons.Place within = inner.isEmpty() ? null : inner.get(0).entry();
        out.add(new Location(words, words.text(), precision,
            within == null ? null : within.precision() == Precision.GOVERNORATE ? within.name() : within.admin1(),
            within == null ? null : within.country(), null, null, r.id()));
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
      if (taken.stream().anyMatch(x -> TokenRanges.overlaps(x, p)) || isCompoundModifier(s, p) || isDateline(s, p)) {
        continue;
      }
      Lexicons.Place e = f.entry();
      out.add(new Location(TextMention.of(text, s.span(p[0], p[1])), e.name(), e.precision(),
          e.precision() == Precision.GOVERNORATE ? e.name() : e.admin1(), e.country(), e.lat(), e.lon(),
          Provenance.LEXICON));
      taken.add(p);
    }
    return out;
  }

  /** The most precise first ("the Idlib town of Saraqib": Saraqib), then in text order. */
  static List<Location> mostPreciseFirst(List<Location> places) {
    List<Location> out = new ArrayList<>(places);
    out.sort(Comparator.comparing(Location::precision).thenComparingInt(l -> l.words().span().begin()));
    return out;
  }

  /**
   * The places of an event, most precise first: those of its own clause among {@code sentencePlaces}; where the
   * sentence names none, those of the event it leans on ({@code carried}, of the sentence before), else the story's.
   */
  static List<Location> ofEvent(List<Location> sentencePlaces, SentenceView s, int[] trigger, List<int[]> triggers,
                                Event carried, List<Location> storyPlaces) {
    List<Location> locations = ownClause(mostPreciseFirst(sentencePlaces), s, trigger, triggers);
    if (locations.isEmpty()) {   // the clause names no place
      String by = carried != null ? Provenance.CARRIED : Provenance.STORY_PLACE;
      locations = (carried != null ? carried.locations() : storyPlaces).stream().map(l -> l.withRule(by)).toList();
    }
    return locations;
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
  List<Location> storyPlaces(List<SentenceView> sentences, int firstBody, String text) {
    for (SentenceView s : sentences.subList(Math.min(firstBody, sentences.size()), sentences.size())) {
      List<Location> found = mostPreciseFirst(inSentence(s, text));
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** "BEIRUT:" or "Beirut, (Agency)" opening the story: where the reporter files from, not where it happened. */
  private static boolean isDateline(SentenceView s, int[] p) {
    return p[0] <= 1 && s.index <= 2 && p[1] < s.tokens.size() && s.word(p[1]).matches("[:,(\u2014-]|--|-LRB-")
        && (p[0] == 0 || !s.tokens.get(0).tag().equals("IN"));   // "In Saraqib, ..." is a place of the story
  }

  /** "Russia-backed", "Britain-based": a place name fused into an adjective is no place of the event. */
  private static boolean isCompoundModifier(SentenceView s, int[] p) {
    return p[1] < s.tokens.size() && s.word(p[1]).startsWith("-");
  }
}
