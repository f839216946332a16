package org.warreport.internal.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.warreport.ActorType;
import org.warreport.Attacker;
import org.warreport.Basis;
import org.warreport.DocumentResult;
import org.warreport.Event;
import org.warreport.EventDate;
import org.warreport.EventType;
import org.warreport.Location;
import org.warreport.Outcome;
import org.warreport.OutcomeKind;
import org.warreport.Provenance;
import org.warreport.RuleKind;
import org.warreport.Scope;
import org.warreport.Source;
import org.warreport.TextMention;
import org.warreport.internal.lexicon.Lexicons;
import org.warreport.internal.rules.CompiledRule;

/**
 * Reads events out of one annotated document with a compiled rule set: claims each sentence's counts, places each
 * in an event (a subset or conjunct with the outcome it leans on), has each slot filled by its filler (count,
 * victim, attacker, places, day, source, each with the rule that filled it), assembles the events with every
 * contributing rule, and groups them into incidents. Stateless between documents; one instance is shared by all
 * threads (each call works on its own document).
 */
public final class Extraction {
  private static final Pattern END_PUNCTUATION = Pattern.compile(".*[.!?\"'\u201d\u2019:]$");

  private final RulesByKind rules;
  private final CountFiller counts;
  private final VictimFiller victims;
  private final TypeFiller types;
  private final ScopeFiller scopes;
  private final AttackerFiller attackers;
  private final PlaceFiller places;
  private final DateFiller dates;
  private final SourceFiller sources;
  private final Lexicons lexicons;

  public Extraction(List<CompiledRule> rules, Lexicons lexicons) {
    this.rules = new RulesByKind(rules);
    this.counts = new CountFiller(this.rules, lexicons);
    this.victims = new VictimFiller(lexicons);
    this.types = new TypeFiller(this.rules);
    this.scopes = new ScopeFiller(this.rules);
    this.attackers = new AttackerFiller(this.rules, lexicons);
    this.places = new PlaceFiller(this.rules, lexicons);
    this.dates = new DateFiller(this.rules);
    this.sources = new SourceFiller(this.rules, lexicons);
    this.lexicons = lexicons;
  }

  /**
   * The country the story is set in: the theatre its words (country names twice, demonyms and capitals once) and the
   * countries of the gazetteer's places it names point to most, the first named on a tie; null where none.
   */
  private Lexicons.Theatre theatre(List<SentenceView> sentences) {
    Map<String, Integer> votes = new java.util.LinkedHashMap<>();
    Map<String, Lexicons.Theatre> byCountry = new java.util.HashMap<>();
    for (SentenceView s : sentences) {
      for (SentenceView.Found<Lexicons.Theatre> f : s.find(lexicons.theatres)) {
        String said = String.join(" ", s.tokens.subList(f.start(), f.end()).stream().map(t -> t.word()).toList());
        byCountry.put(f.entry().country(), f.entry());
        votes.merge(f.entry().country(), said.equalsIgnoreCase(f.entry().country()) ? 2 : 1, Integer::sum);
      }
      for (SentenceView.Found<Lexicons.Place> f : s.find(lexicons.places)) {
        if (f.entry().country() != null) {
          votes.merge(f.entry().country(), 1, Integer::sum);
        }
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> v : votes.entrySet()) {
      if (byCountry.containsKey(v.getKey()) && (best == null || v.getValue() > votes.get(best))) {
        best = v.getKey();
      }
    }
    return best == null ? null : byCountry.get(best);
  }

  public DocumentResult run(String docId, String text, LocalDate metadataDate, Annotation annotation) {
    LocalDate docDate = metadataDate != null ? metadataDate : documentDateFromText(text);
    List<SentenceView> sentences = new ArrayList<>();
    List<CoreMap> maps = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    for (int i = 0; i < maps.size(); i++) {
      sentences.add(new SentenceView(i, maps.get(i)));
    }
    int firstBodySentence = firstBodySentence(sentences, text);

    List<Draft> drafts = new ArrayList<>();
    List<SourceFiller.Attributed> sourceBySentence = new ArrayList<>();
    Source lastSource = null;
    Mention lastWhole = null;
    Mention lastPart = null;
    Set<String> seenSentences = new java.util.HashSet<>();
    for (SentenceView s : sentences) {
      String said = s.span().textIn(text).replaceAll("\\s+", " ").strip();
      if (said.length() > 40 && !seenSentences.add(said)) {
        sourceBySentence.add(null);
        continue;   // a paragraph the page repeats word for word: one fact told twice is one fact
      }
      SourceFiller.Attributed attributed = sources.attribution(s, text, lastSource);
      sourceBySentence.add(attributed);
      if (attributed != null) {
        lastSource = attributed.source();
      }
      for (Mention m : counts.claims(s)) {
        if (m.kind() == RuleKind.OUTCOME) {
          m.trigger = m.match.group("trigger");
          m.outcome = OutcomeKind.fromCode(m.match.rule().rule().attribute("outcome"));
          m.event = drafts.stream().filter(d -> d.sentence == s && TokenRanges.same(d.trigger, m.trigger)).findFirst()
              .orElseGet(() -> { Draft d = new Draft(s, m.trigger); drafts.add(d); return d; });
          lastWhole = m;
        } else {
          if (!canLeanOn(lastWhole, lastPart, m)) {
            continue;   // a subset or conjunct with nothing before it to lean on
          }
          m.antecedent = lastWhole;
          // "including seven children and three women": a group joined to a part is a part, unless a comma closed
          // the part first ("nine civilians, including three children, and 12 rebels")
          m.part = m.kind() == RuleKind.SUBSET
              || lastPart != null && lastPart.sentence == s && lastPart.antecedent == lastWhole
                  && !(m.match.start() > 0 && s.word(m.match.start() - 1).equals(","));
          String own = m.match.rule().rule().attribute("outcome");
          m.outcome = own != null ? OutcomeKind.fromCode(own) : lastWhole.outcome;
          if (lastWhole.sentence == s) {
            m.trigger = lastWhole.trigger;
            m.event = lastWhole.event;
          } else {
            m.trigger = m.match.group("count");
            m.event = new Draft(s, m.trigger);
            m.event.carriedFrom = lastWhole.event;
            drafts.add(m.event);
          }
          if (m.part) {
            lastPart = m;
          } else {
            lastWhole = m;
          }
        }
        m.event.mentions.add(m);
      }
    }

    SourceFiller.carryIntoQuotations(sentences, sourceBySentence);
    PlaceResolver.Story geography = places.story(sentences, text);
    Lexicons.Theatre theatre = theatre(sentences);
    List<Location> storyPlaces = places.storyPlaces(sentences, firstBodySentence, text, geography);
    Location storyCountry = places.storyCountry(geography);
    List<Event> events = new ArrayList<>();
    Map<Draft, Event> built = new java.util.HashMap<>();
    Set<String> updates = new java.util.HashSet<>();
    List<IncidentGrouper.StoryEvent> story = new ArrayList<>();
    int n = 0;
    for (Draft d : drafts) {
      n++;
      List<int[]> triggers = drafts.stream().filter(o -> o.sentence == d.sentence).map(o -> o.trigger).toList();
      SourceFiller.Attributed attributed = SourceFiller.ofEvent(sourceBySentence, d);
      Event carried = d.carriedFrom == null ? null : built.get(d.carriedFrom);
      // the day of the story's last dated event before this one, from which "the following day" counts
      LocalDate previousDay = events.stream().filter(o -> o.date() != null && o.sentenceIndex() < d.sentence.index)
          .reduce((a, b) -> b).map(o -> o.date().value()).orElse(null);
      Event e = toEvent("e" + n, d, text, docDate, attributed, carried, storyPlaces, storyCountry, geography, triggers,
          updates, previousDay, theatre, sentences);
      built.put(d, e);
      events.add(e);
      story.add(new IncidentGrouper.StoryEvent(e, d.sentence.index < firstBodySentence, separation(d),
          d.mentions.stream().filter(m -> !m.part).allMatch(m -> tellsFurtherVictims(m, drafts)),
          attackers.camps(e.attacker())));
    }
    IncidentGrouper.Grouping grouping = IncidentGrouper.group(story, updates);
    // Refined after grouping: which incident an event joins rests on the places its own words give, not on a
    // division inferred from elsewhere in the story
    Map<String, Location> divisions = places.storyDivisions(sentences, text, geography);
    Map<String, Event> refined = new java.util.HashMap<>();
    List<Event> placed = events.stream().map(e -> {
      List<Location> locations = PlaceFiller.refined(e.locations(), divisions);
      Event r = locations.equals(e.locations()) ? e : new Event(e.id(), e.type(), e.scope(), e.sentenceIndex(),
          e.sentence(), e.trigger(), e.outcomes(), e.attacker(), locations, e.date(), e.source(), e.rules());
      refined.put(r.id(), r);
      return r;
    }).toList();
    List<org.warreport.Incident> incidents = grouping.incidents().stream().map(i -> {
      List<Location> of = i.events().stream().map(refined::get).flatMap(e -> e.locations().stream()).toList();
      Location location = of.stream().filter(l -> l.country() != null).findFirst()
          .orElse(of.stream().findFirst().orElse(null));
      return java.util.Objects.equals(location, i.location()) ? i : new org.warreport.Incident(i.id(), i.lead(),
          i.type(), i.date(), location, i.attacker(), i.sources(), i.killed(), i.injured(), i.displaced(), i.events(),
          i.rules());
    }).toList();
    return new DocumentResult(docId, docDate, grouping.totals(), incidents, placed);
  }

  /**
   * The event of a draft, each slot from its filler. Where its own sentence is silent, a subset carried over from
   * the sentence before ("Four of them were children.") takes the place and day of the event it belongs to
   * ({@code carried}), any other the story's lead. Its rules: each count's, then those behind type, scope, attacker,
   * every place of the sentence, the day and the attribution. The ids of outcomes that update an earlier toll go
   * into {@code updates}. Generic attackers ("the army") are those of the story's {@code theatre}; an attacker the
   * event's own rules miss may come from another toll of its sentence ({@code sentenceTriggers}), else from an attack
   * told in its sentence or the next one either side ({@code sentences}).
   */
  private Event toEvent(String id, Draft d, String text, LocalDate docDate, SourceFiller.Attributed attributed,
                        Event carried, List<Location> storyPlaces, Location storyCountry,
                        PlaceResolver.Story geography, List<int[]> sentenceTriggers, Set<String> updates,
                        LocalDate previousDay, Lexicons.Theatre theatre, List<SentenceView> sentences) {
    SentenceView s = d.sentence;
    Set<String> eventRules = new LinkedHashSet<>();
    List<Outcome> outcomes = new ArrayList<>();
    int k = 0;
    for (Mention m : d.mentions) {
      m.id = id + ".o" + (++k);
    }
    Set<OutcomeKind> kinds = new LinkedHashSet<>();
    // "126 people were killed, updating a previous toll of 112": an update cue makes the sentence's tolls the latest
    boolean sentenceUpdates = cued(s, RuleKind.UPDATE);
    for (Mention m : d.mentions) {
      kinds.add(m.outcome);
      String partOf = m.part && m.antecedent != null ? m.antecedent.id : null;
      if (m.kind() == RuleKind.OUTCOME && (sentenceUpdates || updatesAToll(m))) {
        updates.add(m.id);   // "the death toll rose to 76": the latest telling of a toll told before
      }
      Outcome o = new Outcome(m.id, m.outcome, counts.countOf(m, text), victims.victimOf(m, text), partOf);
      outcomes.add(o);
      eventRules.add(o.count().rule());
    }
    Filled<EventType> type = types.type(s, d.trigger, kinds);
    Filled<Scope> scope = scopes.scope(s, kinds);
    List<int[]> victimTokens = new ArrayList<>();
    for (Mention m : d.mentions) {
      victimTokens.add(m.countTokens);
      victimTokens.add(m.match.group("victim"));
    }
    Attacker attacker = attackers.attacker(s, d.trigger, text, theatre, victimTokens);
    for (int i = 0; attacker == null && i < sentenceTriggers.size(); i++) {
      // "two died and nine were hurt in a militia mortar attack": the attack one outcome's rules find is its sibling's
      if (sentenceTriggers.get(i) != d.trigger) {
        attacker = attackers.attacker(s, sentenceTriggers.get(i), text, theatre, victimTokens);
      }
    }
    boolean unidentified = attacker != null && attacker.types().stream().allMatch(t -> t == ActorType.UNIDENTIFIED);
    if (attacker == null || unidentified) {   // "Russian jets pounded the town. The raids killed seven."
      Attacker beside = attackers.toldBeside(sentences, sentences.indexOf(s), text, theatre,
          other -> cued(other, RuleKind.SEPARATE));
      if (beside != null && (attacker == null || beside.basis() != Basis.STATED)) {
        attacker = beside;   // "Suicide bombers killed 20. Daesh claimed the attack.": a claim names the unidentified
      }
    }
    List<Location> sentencePlaces = places.inSentence(s, text, geography);
    List<Location> locations = PlaceFiller.ofEvent(sentencePlaces, s, d.trigger, sentenceTriggers, carried,
        storyPlaces, storyCountry);
    EventDate date = dates.date(s, d.trigger, text, docDate, attributed, sentenceTriggers, carried, previousDay);

    addRule(eventRules, type.rule());
    addRule(eventRules, scope.rule());
    addRule(eventRules, attacker == null ? null : attacker.rule());
    sentencePlaces.forEach(l -> addRule(eventRules, l.rule()));
    addRule(eventRules, date == null ? null : date.rule());
    addRule(eventRules, attributed == null ? null : attributed.ruleId());   // carried or not, its rule contributed
    return new Event(id, type.value(), scope.value(), s.index, s.span(),
        TextMention.of(text, s.span(d.trigger[0], d.trigger[1])), outcomes, attacker, locations, date,
        attributed == null ? null : attributed.source(), List.copyOf(eventRules));
  }

  /** Adds {@code rule} to an event's rules where it is a rule's id (not null, the lexicon, a carry-over, the engine's). */
  private static void addRule(Set<String> eventRules, String rule) {
    if (rule != null && Provenance.isRule(rule)) {
      eventRules.add(rule);
    }
  }

  /** Whether a cue rule of {@code kind} (update, separate) matches anywhere in sentence {@code s}. */
  private boolean cued(SentenceView s, RuleKind kind) {
    return rules.of(kind).stream().anyMatch(r -> !s.matches(r).isEmpty());
  }

  /** The id of a {@code separate} rule that marks the event as another happening than the one before, or null. */
  private String separation(Draft d) {
    for (CompiledRule r : rules.of(RuleKind.SEPARATE)) {
      for (RuleMatch m : d.sentence.matches(r)) {
        if (m.start() < d.trigger[1] || "sentence".equals(r.rule().attribute("reach"))) {
          return r.id();   // a cue before the toll, or one that marks its whole sentence ("... in April")
        }
      }
    }
    return null;
  }

  /** "another 12", "five more", "three others": victims beyond those told before. */
  private static boolean tellsFurtherVictims(Mention m, List<Draft> drafts) {
    if (updatesAToll(m)) {
      return false;   // "the toll rose to 8 more ...": a toll that rises is the whole toll, never victims on top
    }
    SentenceView s = m.sentence;
    int[] c = m.countTokens;
    String after = c[1] < s.tokens.size() ? s.word(c[1]).toLowerCase(java.util.Locale.ROOT) : "";
    // "six were killed and 38 others injured", "killed one and wounded another": others than the dead, not more
    // of the wounded
    boolean otherKindBefore = drafts.stream().filter(o -> o.sentence == s).flatMap(o -> o.mentions.stream())
        .anyMatch(o -> o.outcome != m.outcome && o.countTokens[0] < c[0]);
    boolean another = s.word(c[0]).equalsIgnoreCase("another") || furtherDeterminer(s, c[0]);
    // "the three others were killed by snipers": the rest of a group told before, a part of it, not more victims
    boolean theRest = c[0] > 0 && s.word(c[0] - 1).equalsIgnoreCase("the");
    return after.equals("more") || (another || after.matches("others?") && !theRest) && !otherKindBefore
        || m.implied() && alsoOrLater(s, c[1], m.match.group("trigger"));
  }

  /** Whether a mention's rule reads a toll's later figure ("the death toll rose to 76"). */
  private static boolean updatesAToll(Mention m) {
    return m.match.rule().rule().attribute("updates") != null;
  }

  /**
   * Whether "also" or "later" stands between a named victim and its verb or right after it: "His bodyguard was also
   * killed", "The mayor later died of his wounds", "killed also his driver" tell one person more than the toll before.
   */
  private static boolean alsoOrLater(SentenceView s, int victimEnd, int[] trigger) {
    if (trigger == null) {
      return false;
    }
    if (trigger[1] < s.tokens.size() && s.word(trigger[1]).matches("(?i)also|later")) {
      return true;
    }
    boolean cue = false;
    for (int t = victimEnd; t < trigger[0]; t++) {
      String tag = s.tokens.get(t).tag();
      boolean apposedName = tag.equals(",") || s.ner(t).equals("PERSON");   // "His driver, NAME, was also killed"
      if (!(tag.startsWith("RB") || tag.equals("MD") || s.lemma(t).matches("be|have") || apposedName)) {
        return false;   // only the verb's own words: "who also worked as ..., was killed" is no such cue
      }
      cue |= s.word(t).matches("(?i)also|later");
    }
    return cue;
  }

  /**
   * Whether the words before token {@code t}, past its modifiers, open with "another" or "a" and an ordinal: "another
   * 12", "Another Iraqi protester", "a third child", "a sixth victim" are victims beyond those told.
   */
  private static boolean furtherDeterminer(SentenceView s, int t) {
    int i = t - 1;
    while (i >= 0 && s.tokens.get(i).tag() != null && s.tokens.get(i).tag().matches("JJ|NNP|VBN|HYPH")
        && !ORDINAL.matcher(s.word(i)).matches()) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    if (s.word(i).equalsIgnoreCase("another")) {
      return true;
    }
    return ORDINAL.matcher(s.word(i)).matches() && i > 0 && s.word(i - 1).equalsIgnoreCase("a");
  }

  private static final Pattern ORDINAL =
      Pattern.compile("(?i)second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth");

  /** Every match of every rule in the document, in rule order: what a rule author looks at to see why. */
  public List<org.warreport.RuleHit> explain(String text, Annotation annotation) {
    List<org.warreport.RuleHit> hits = new ArrayList<>();
    List<CoreMap> maps = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<SentenceView> sentences = new ArrayList<>();
    for (int i = 0; i < maps.size(); i++) {
      sentences.add(new SentenceView(i, maps.get(i)));
    }
    for (RuleKind kind : RuleKind.values()) {
      for (CompiledRule r : rules.of(kind)) {
        for (SentenceView s : sentences) {
          for (RuleMatch m : s.matches(r)) {
            Map<String, String> groups = new java.util.LinkedHashMap<>();
            m.groups().forEach((name, g) -> groups.put(name, s.span(g[0], g[1]).textIn(text)));
            hits.add(new org.warreport.RuleHit(r.id(), s.span(m.start(), Math.max(m.end(), m.start() + 1)).textIn(text), groups));
          }
        }
      }
    }
    return hits;
  }


  /**
   * A subset or conjunct leans on the outcome before it in its own sentence; only a subset that opens the next
   * sentence ("The remaining 38 were ...") may lean across the sentence boundary, or the sentence after another
   * part of the same whole ("Forty of them were insurgents. The remaining 20 were ...").
   */
  private static boolean canLeanOn(Mention whole, Mention lastPart, Mention m) {
    if (whole == null || m.structures && whole.outcome != OutcomeKind.DAMAGED) {
      return false;   // "five people were killed and several houses burnt": buildings are no part of the dead
    }
    boolean partOfWhole = lastPart != null && lastPart.antecedent == whole;
    if (whole.sentence == m.sentence || partOfWhole && lastPart.sentence == m.sentence) {
      return true;   // its own sentence, or after a part of the same whole that leaned across ("... and six civilians")
    }
    int previous = partOfWhole ? lastPart.sentence.index : whole.sentence.index;
    return m.kind() == RuleKind.SUBSET && previous == m.sentence.index - 1 && m.match.start() <= 1;
  }


  /** Sentences before the first one that ends like a sentence are headlines and captions of the story's top. */
  private static int firstBodySentence(List<SentenceView> sentences, String text) {
    for (SentenceView s : sentences) {
      if (END_PUNCTUATION.matcher(s.span().textIn(text).strip()).matches()) {
        return s.index;
      }
    }
    return 0;
  }

  /** The publication date a story states of itself ("11th Jul, 2019"), looked for in its first and last lines. */
  static LocalDate documentDateFromText(String text) {
    String head = text.length() > 400 ? text.substring(0, 400) : text;
    LocalDate d = DateResolver.explicitDate(head, null);
    if (d == null) {
      String tail = text.length() > 300 ? text.substring(text.length() - 300) : text;
      d = DateResolver.explicitDate(tail, null);
    }
    return d;
  }
}
