package org.warreport.internal.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.warreport.Attacker;
import org.warreport.Count;
import org.warreport.CountMention;
import org.warreport.DocumentResult;
import org.warreport.Event;
import org.warreport.EventDate;
import org.warreport.EventType;
import org.warreport.Location;
import org.warreport.Outcome;
import org.warreport.OutcomeKind;
import org.warreport.Precision;
import org.warreport.Provenance;
import org.warreport.RuleKind;
import org.warreport.Scope;
import org.warreport.Side;
import org.warreport.Source;
import org.warreport.SourceKind;
import org.warreport.Span;
import org.warreport.TextMention;
import org.warreport.Victim;
import org.warreport.internal.lexicon.Lexicons;
import org.warreport.internal.lexicon.PeopleNouns;
import org.warreport.internal.lexicon.PhraseIndex;
import org.warreport.internal.rules.CompiledRule;

/**
 * Reads events out of one annotated document with a compiled rule set. Stateless between documents; one instance
 * is shared by all threads (each call works on its own document).
 */
public final class Extraction {
  /** Dependents that belong to a noun phrase naming an actor; clauses and places hanging off it do not. */
  private static final Pattern PHRASE_RELATIONS =
      Pattern.compile("compound.*|amod|nmod:poss|conj.*|cc|det|flat.*|case|nummod|appos|nmod:of");
  /** Prepositions that put something at a place. */
  private static final String LOCATIVE = "in|near|at|on|around|outside|inside|across|into|throughout|toward|towards|of";
  private static final Pattern END_PUNCTUATION = Pattern.compile(".*[.!?\"'\u201d\u2019:]$");

  private final Map<RuleKind, List<CompiledRule>> rulesByKind = new EnumMap<>(RuleKind.class);
  private final Lexicons lexicons;
  private final CountReader counts;

  public Extraction(List<CompiledRule> rules, Lexicons lexicons) {
    for (RuleKind k : RuleKind.values()) {
      rulesByKind.put(k, new ArrayList<>());
    }
    for (CompiledRule r : rules) {
      rulesByKind.get(r.rule().kind()).add(r);
    }
    this.lexicons = lexicons;
    this.counts = new CountReader(lexicons);
  }

  /** A count found by an outcome, subset or conjunct rule, before it is placed in an event. */
  private static final class Mention {
    final RuleMatch match;
    final SentenceView sentence;
    final Count count;
    final int[] countTokens;
    OutcomeKind outcome;
    int[] trigger;
    Mention antecedent;      // the outcome a subset or conjunct leans on
    boolean part;            // a part of its antecedent: a subset, or a group joined to one ("... and 3 women")
    Draft event;
    String id;

    Mention(RuleMatch match, SentenceView sentence, Count count) {
      this.match = match;
      this.sentence = sentence;
      this.count = count;
      this.countTokens = implied() ? match.group("victim") : match.group("count");
    }

    RuleKind kind() {
      return match.rule().rule().kind();
    }

    /** Whether the count is read from the victim, not a number: "a soldier was killed" is one. */
    boolean implied() {
      return match.rule().rule().impliesCount();
    }
  }

  /** An event while it is assembled. */
  private static final class Draft {
    final SentenceView sentence;
    final int[] trigger;
    final List<Mention> mentions = new ArrayList<>();
    final Set<String> rules = new LinkedHashSet<>();
    Draft carriedFrom;       // a subset opening its sentence leans on this event of the sentence before

    Draft(SentenceView sentence, int[] trigger) {
      this.sentence = sentence;
      this.trigger = trigger;
    }
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
    List<Attributed> sourceBySentence = new ArrayList<>();
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
      Attributed attributed = attribution(s, text, lastSource);
      sourceBySentence.add(attributed);
      if (attributed != null) {
        lastSource = attributed.source();
      }
      for (Mention m : mentions(s)) {
        if (m.kind() == RuleKind.OUTCOME) {
          m.trigger = m.match.group("trigger");
          m.outcome = OutcomeKind.fromCode(m.match.rule().rule().attribute("outcome"));
          m.event = drafts.stream().filter(d -> d.sentence == s && sameTokens(d.trigger, m.trigger)).findFirst()
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
        m.event.rules.add(m.match.ruleId());
      }
    }

    carryIntoQuotations(sentences, sourceBySentence);
    List<Location> storyPlaces = storyPlaces(sentences, firstBodySentence, text);
    List<Event> events = new ArrayList<>();
    Map<Draft, Event> built = new java.util.HashMap<>();
    Set<String> updates = new java.util.HashSet<>();
    List<IncidentGrouper.StoryEvent> story = new ArrayList<>();
    int n = 0;
    for (Draft d : drafts) {
      n++;
      List<int[]> triggers = drafts.stream().filter(o -> o.sentence == d.sentence).map(o -> o.trigger).toList();
      Attributed attributed = sourceBySentence.get(d.sentence.index);
      if (attributed == null && d.carriedFrom != null) {
        attributed = sourceBySentence.get(d.carriedFrom.sentence.index);   // "Four of them were children."
        if (attributed != null) {
          attributed = attributed.filledBy(Provenance.CARRIED);
        }
      }
      Event carried = d.carriedFrom == null ? null : built.get(d.carriedFrom);
      Event e = toEvent("e" + n, d, text, docDate, attributed, carried, storyPlaces, triggers, updates);
      built.put(d, e);
      events.add(e);
      story.add(new IncidentGrouper.StoryEvent(e, d.sentence.index < firstBodySentence, separation(d),
          d.mentions.stream().filter(m -> !m.part).allMatch(Extraction::tellsFurtherVictims)));
    }
    IncidentGrouper.Grouping grouping = IncidentGrouper.group(story, updates);
    return new DocumentResult(docId, docDate, grouping.totals(), grouping.incidents(), events);
  }

  /** The id of a {@code separate} rule that marks the event as another happening than the one before, or null. */
  private String separation(Draft d) {
    for (CompiledRule r : rulesByKind.get(RuleKind.SEPARATE)) {
      for (RuleMatch m : d.sentence.matches(r)) {
        if (m.start() < d.trigger[1]) {
          return r.id();
        }
      }
    }
    return null;
  }

  /** "another 12", "five more", "three others": victims beyond those told before. */
  private static boolean tellsFurtherVictims(Mention m) {
    SentenceView s = m.sentence;
    int[] c = m.countTokens;
    return c[0] > 0 && s.word(c[0] - 1).equalsIgnoreCase("another") || s.word(c[0]).equalsIgnoreCase("another")
        || c[1] < s.tokens.size() && s.word(c[1]).toLowerCase(java.util.Locale.ROOT).matches("more|others?");
  }

  /** Every match of every rule in the document, in rule order: what a rule author looks at to see why. */
  public List<org.warreport.RuleHit> explain(String text, Annotation annotation) {
    List<org.warreport.RuleHit> hits = new ArrayList<>();
    List<CoreMap> maps = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<SentenceView> sentences = new ArrayList<>();
    for (int i = 0; i < maps.size(); i++) {
      sentences.add(new SentenceView(i, maps.get(i)));
    }
    for (RuleKind kind : RuleKind.values()) {
      for (CompiledRule r : rulesByKind.get(kind)) {
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
    if (whole == null) {
      return false;
    }
    boolean partOfWhole = lastPart != null && lastPart.antecedent == whole;
    if (whole.sentence == m.sentence || partOfWhole && lastPart.sentence == m.sentence) {
      return true;   // its own sentence, or after a part of the same whole that leaned across ("... and six civilians")
    }
    int previous = partOfWhole ? lastPart.sentence.index : whole.sentence.index;
    return m.kind() == RuleKind.SUBSET && previous == m.sentence.index - 1 && m.match.start() <= 1;
  }

  /** Outcome, subset and conjunct matches of one sentence, minus excluded numbers, one per count, in text order. */
  private List<Mention> mentions(SentenceView s) {
    List<int[]> excluded = new ArrayList<>();
    for (CompiledRule r : rulesByKind.get(RuleKind.EXCLUDE)) {
      for (RuleMatch m : s.matches(r)) {
        excluded.add(m.group("count"));
      }
    }
    List<Mention> found = new ArrayList<>();
    // A count with a trigger of its own beats one that leans on another: outcome rules claim first. Graph outcome
    // rules claim last, since the word-order rules of subsets and conjuncts read their groups better ("and 19
    // gunmen from the rebels' own ranks"); but a subset or conjunct with no outcome before it in the
    // sentence ("was among at least 15 people killed") yields its count to a graph outcome.
    List<CompiledRule> order = new ArrayList<>();
    rulesByKind.get(RuleKind.OUTCOME).stream().filter(r -> r.semgrex() == null).forEach(order::add);
    order.addAll(rulesByKind.get(RuleKind.SUBSET));
    order.addAll(rulesByKind.get(RuleKind.CONJUNCT));
    rulesByKind.get(RuleKind.OUTCOME).stream().filter(r -> r.semgrex() != null).forEach(order::add);
    for (CompiledRule r : order) {
      boolean graph = r.semgrex() != null;
      boolean implied = r.rule().impliesCount();
      for (RuleMatch raw : s.matches(r)) {
        RuleMatch m = graph && raw.group("count") != null ? widened(s, raw) : raw;
        if (graph && m.group("victim") != null && !denotesPeople(s, m.group("victim")[1] - 1)) {
          continue;   // "killed 83 cows": the graph finds any counted noun; only people are victims
        }
        if (graph && m.group("count") != null && introducesPart(s, m.group("count")[0])) {
          continue;   // "... including 8 civilians": the graph reaches a part too; the subset rules read it
        }
        if (!graph && !implied && countsOtherThanPeople(s, m)) {
          continue;   // "the killing of about 200 pigs": the word-order rules leave the victim open; it is no person
        }
        int[] c = implied ? m.group("victim") : m.group("count");
        if (implied && !graph && m.start() > 0
            && s.word(m.start() - 1).toLowerCase(java.util.Locale.ROOT).matches("including|includes|among|and|or|plus")) {
          continue;   // "seven people including a baby were killed": a part of a counted group, or joined to one
        }
        if (implied && found.stream().anyMatch(f -> f.implied() && sameNounPhrase(s, f.countTokens, c))) {
          continue;   // "the deputy governor": two rules naming the two nouns of one person
        }
        if (excluded.stream().anyMatch(x -> overlaps(x, c))
            || found.stream().anyMatch(f -> overlaps(f.countTokens, c) && !(graph && leansOnNothing(f, found)))) {
          continue;
        }
        Count count = implied ? (isOnePerson(s, c[0]) ? Count.exactly(1) : null) : counts.read(s, c[0], c[1]);
        if (count != null) {
          found.removeIf(f -> overlaps(f.countTokens, c));
          found.add(new Mention(m, s, count));
        }
      }
    }
    found.sort(Comparator.comparingInt(f -> f.countTokens[0]));
    return found;
  }

  /**
   * A graph match with its one-token count widened to the number as written, hedge included ("at least" "1.2"
   * "million"), and its victim to the words from the number to the noun ("33 local loggers").
   */
  private RuleMatch widened(SentenceView s, RuleMatch m) {
    int[] c = m.group("count");
    int start = c[0];
    int end = c[1];
    while (start > 0 && isNumberToken(s, start - 1)) {
      start--;
    }
    while (end < s.tokens.size() && isNumberToken(s, end)) {
      end++;
    }
    for (SentenceView.Found<?> q : s.find(lexicons.qualifiers, Math.max(0, start - 4), start)) {
      if (q.end() == start) {
        start = q.start();
        break;
      }
    }
    Map<String, int[]> groups = new java.util.LinkedHashMap<>(m.groups());
    groups.put("count", new int[] {start, end});
    int[] v = m.group("victim");
    if (v != null && end <= v[0]) {
      groups.put("victim", new int[] {end, v[1]});
    }
    return new RuleMatch(m.rule(), Math.min(m.start(), start), Math.max(m.end(), end), groups);
  }

  /** Whether tokens {@code a} and {@code b} are nouns of one phrase: adjacent, nothing but nouns between them. */
  private static boolean sameNounPhrase(SentenceView s, int[] a, int[] b) {
    int from = Math.min(a[0], b[0]);
    int to = Math.max(a[1], b[1]);
    for (int t = from; t < to; t++) {
      if (!s.tokens.get(t).tag().startsWith("NN")) {
        return false;
      }
    }
    return true;
  }

  /** Whether a subset or conjunct has no outcome before it in its sentence to lean on. */
  private static boolean leansOnNothing(Mention m, List<Mention> found) {
    return m.kind() != RuleKind.OUTCOME && m.match.start() > 1
        && found.stream().noneMatch(f -> f.kind() == RuleKind.OUTCOME && f.countTokens[0] < m.countTokens[0]);
  }

  /** Whether the words before token {@code t} make the count there a part of another ("including"). */
  private static boolean introducesPart(SentenceView s, int t) {
    return t > 0 && s.word(t - 1).toLowerCase(java.util.Locale.ROOT).matches("including|includes|include|:");
  }

  /**
   * Whether a word-order match that names no victim counts a common noun that is not people: the noun right after
   * the number ("of" skipped), outside the match's trigger.
   */
  private boolean countsOtherThanPeople(SentenceView s, RuleMatch m) {
    int[] c = m.group("count");
    if (c == null || m.group("victim") != null) {
      return false;
    }
    int t = c[1] < s.tokens.size() && s.word(c[1]).equalsIgnoreCase("of") ? c[1] + 1 : c[1];
    int[] trigger = m.group("trigger");
    if (t >= s.tokens.size() || trigger != null && t >= trigger[0] && t < trigger[1]) {
      return false;
    }
    return s.tokens.get(t).tag().matches("NNS?") && !denotesPeople(s, t);
  }

  private static boolean isNumberToken(SentenceView s, int t) {
    return s.tokens.get(t).tag().equals("CD") || s.ner(t).equals("NUMBER") && !s.word(t).matches("[,.;:]");
  }

  /** Whether token {@code t} is a noun of people: the victim lexicon's, WordNet's, or a person's name. */
  private boolean denotesPeople(SentenceView s, int t) {
    return s.tokens.get(t).get(PeopleNouns.DenotesAnnotation.class) != null || s.ner(t).equals("PERSON")
        || s.find(lexicons.victims, t, t + 1).stream().anyMatch(f -> !f.entry().structure());
  }

  /**
   * Whether token {@code t} names one person: a singular noun that denotes people (the victim lexicon or WordNet:
   * "the village chief", "a candidate") or a name CoreNLP tags as a person.
   */
  private boolean isOnePerson(SentenceView s, int t) {
    String tag = s.tokens.get(t).tag();
    return tag.equals("NNP") ? s.ner(t).equals("PERSON") : tag.equals("NN") && denotesPeople(s, t);
  }


  /**
   * The event of a draft. Where its own sentence is silent, a subset carried over from the sentence before
   * ("Four of them were children.") takes the place and day of the event it belongs to, any other the story's lead.
   * The ids of outcomes that update an earlier toll go into {@code updates}.
   */
  private Event toEvent(String id, Draft d, String text, LocalDate docDate, Attributed attributed, Event carried,
                        List<Location> storyPlaces, List<int[]> sentenceTriggers, Set<String> updates) {
    SentenceView s = d.sentence;
    Set<String> rules = new LinkedHashSet<>(d.rules);
    List<Outcome> outcomes = new ArrayList<>();
    int k = 0;
    for (Mention m : d.mentions) {
      m.id = id + ".o" + (++k);
    }
    Set<OutcomeKind> kinds = new LinkedHashSet<>();
    for (Mention m : d.mentions) {
      kinds.add(m.outcome);
      String partOf = m.part && m.antecedent != null ? m.antecedent.id : null;
      if (m.kind() == RuleKind.OUTCOME && m.match.rule().rule().attribute("updates") != null) {
        updates.add(m.id);   // "the death toll rose to 76": the latest telling of a toll told before
      }
      outcomes.add(new Outcome(m.id, m.outcome,
          new CountMention(m.count, TextMention.of(text, s.span(m.countTokens[0], m.countTokens[1])), m.implied(),
              m.match.ruleId()),
          victim(m, text), partOf));
    }
    EventType type = eventType(d, kinds, rules);
    Scope scope = scope(s, kinds, rules);
    Attacker attacker = attacker(d, text, rules);
    List<Location> locations = ownClause(locations(s, text, rules), s, d.trigger, sentenceTriggers);
    if (locations.isEmpty()) {   // the clause names no place
      String by = carried != null ? Provenance.CARRIED : Provenance.STORY_PLACE;
      locations = (carried != null ? carried.locations() : storyPlaces).stream().map(l -> l.withRule(by)).toList();
    }
    EventDate date = date(d, text, docDate, rules, attributed, sentenceTriggers);
    if (date == null && carried != null && carried.date() != null) {
      date = carried.date().withRule(Provenance.CARRIED);
    }
    Source source = null;
    if (attributed != null) {
      source = attributed.source();
      rules.add(attributed.ruleId());
    }
    return new Event(id, type, scope, s.index, s.span(), TextMention.of(text, s.span(d.trigger[0], d.trigger[1])),
        outcomes, attacker, locations, date, source, List.copyOf(rules));
  }

  private Victim victim(Mention m, String text) {
    int[] v = m.match.group("victim");
    SentenceView s = m.sentence;
    if (v == null && m.part && m.antecedent != null) {
      Victim whole = victim(m.antecedent, text);   // "two children ..., one in ...": a part of the same group
      return new Victim(whole.group(), whole.side(), null, Provenance.VICTIM_OF_WHOLE);
    }
    if (v == null) {
      return new Victim("people", Side.UNKNOWN, null, Provenance.UNNAMED_VICTIM);
    }
    String group = "people";
    Side side = Side.UNKNOWN;
    List<SentenceView.Found<Lexicons.VictimClass>> heads = s.find(lexicons.victims, v[0], v[1]);
    if (!heads.isEmpty()) {
      Lexicons.VictimClass head = heads.get(heads.size() - 1).entry();
      group = head.group();
      side = head.side();
      for (SentenceView.Found<Lexicons.VictimClass> h : heads) {
        if (h.entry().side() != Side.UNKNOWN) {   // "jihadists and Islamist fighters": the named side wins
          side = h.entry().side();
          break;
        }
      }
    }
    if (heads.isEmpty()) {
      for (int t = v[1] - 1; t >= v[0]; t--) {
        if (s.tokens.get(t).get(PeopleNouns.DenotesAnnotation.class) != null) {
          group = s.word(t).toLowerCase(java.util.Locale.ROOT);   // a noun of people the lexicon lacks: "observers"
          break;
        }
      }
    }
    if (side == Side.UNKNOWN || side == null) {
      for (SentenceView.Found<Lexicons.Actor> a : s.find(lexicons.actors, v[0], v[1])) {
        if (a.entry().side() != Side.UNKNOWN) {   // "regime fighters", "pro-government forces"
          side = a.entry().side();
          break;
        }
      }
    }
    return new Victim(group, side, TextMention.of(text, s.span(v[0], v[1])), m.match.ruleId());
  }

  private EventType eventType(Draft d, Set<OutcomeKind> kinds, Set<String> rules) {
    if (kinds.contains(OutcomeKind.DISPLACED) && kinds.size() == 1) {
      return EventType.DISPLACEMENT;
    }
    RuleMatch best = nearest(d, RuleKind.TYPE);
    if (best != null) {
      rules.add(best.ruleId());
      return EventType.fromCode(best.rule().rule().attribute("type"));
    }
    return kinds.contains(OutcomeKind.DAMAGED) ? EventType.DAMAGE : EventType.OTHER;
  }

  private Scope scope(SentenceView s, Set<OutcomeKind> kinds, Set<String> rules) {
    for (CompiledRule r : rulesByKind.get(RuleKind.SCOPE)) {
      String applies = r.rule().attribute("applies");
      if (applies != null && java.util.Arrays.stream(applies.split("\\s+")).map(OutcomeKind::fromCode).noneMatch(kinds::contains)) {
        continue;
      }
      if (!s.matches(r).isEmpty()) {
        rules.add(r.id());
        return Scope.fromCode(r.rule().attribute("scope"));
      }
    }
    return Scope.INCIDENT;
  }

  private Attacker attacker(Draft d, String text, Set<String> rules) {
    SentenceView s = d.sentence;
    for (CompiledRule r : rulesByKind.get(RuleKind.ATTACKER)) {
      for (RuleMatch m : s.matches(r)) {
        int[] t = m.group("trigger");
        if (t[0] < d.trigger[0] || t[0] >= d.trigger[1]) {
          continue;
        }
        int[] phrase = phrase(s, m.group("attacker")[0]);
        if (phrase == null || containsWord(s, phrase, "between")) {
          continue;   // "clashes between X and Y" names no single attacker
        }
        List<String> actors = new ArrayList<>();
        for (SentenceView.Found<Lexicons.Actor> a : s.find(lexicons.actors, phrase[0], phrase[1])) {
          if (!actors.contains(a.entry().name())) {
            actors.add(a.entry().name());
          }
        }
        if (!actors.isEmpty()) {
          rules.add(r.id());
          return new Attacker(TextMention.of(text, s.span(phrase[0], phrase[1])), actors, r.id());
        }
      }
    }
    return null;
  }

  /** Tokens [start, end) of the noun phrase headed by token {@code head}, following phrase-internal relations. */
  private static int[] phrase(SentenceView s, int head) {
    SemanticGraph g = s.graph();
    IndexedWord root = g == null ? null : g.getNodeByIndexSafe(head + 1);
    if (root == null) {
      return null;
    }
    int lo = head;
    int hi = head;
    java.util.ArrayDeque<IndexedWord> todo = new java.util.ArrayDeque<>(List.of(root));
    Set<IndexedWord> seen = new java.util.HashSet<>(todo);
    while (!todo.isEmpty()) {
      IndexedWord w = todo.pop();
      for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
        IndexedWord dep = e.getDependent();
        String relation = e.getRelation().toString();
        boolean preposition = relation.equals("case") && w.equals(root);   // "after a rebel advance": not the actor
        if (PHRASE_RELATIONS.matcher(relation).matches() && !preposition && seen.add(dep)) {
          lo = Math.min(lo, dep.index() - 1);
          hi = Math.max(hi, dep.index() - 1);
          todo.push(dep);
        }
      }
    }
    while (lo >= 2 && s.word(lo - 1).equals("-")) {
      lo -= 2;   // "Saudi-led coalition": the tokenizer splits the hyphen and the parse hangs "Saudi" elsewhere
    }
    return new int[] {lo, hi + 1};
  }

  private static boolean containsWord(SentenceView s, int[] span, String word) {
    for (int t = span[0]; t < span[1]; t++) {
      if (s.word(t).equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private List<Location> locations(SentenceView s, String text, Set<String> rules) {
    List<Location> out = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    for (CompiledRule r : rulesByKind.get(RuleKind.PLACE)) {
      for (RuleMatch m : s.matches(r)) {
        int[] p = m.group("place");
        if (taken.stream().anyMatch(x -> overlaps(x, p))) {
          continue;
        }
        Precision precision = Precision.fromCode(r.rule().attribute("precision"));
        TextMention words = TextMention.of(text, s.span(p[0], p[1]));
        List<SentenceView.Found<Lexicons.Place>> inner = s.find(lexicons.places, p[0], p[1]);
        boolean named = precision == Precision.PLACE || precision == Precision.GOVERNORATE;   // "X province"
        if (named && s.find(lexicons.places).stream().anyMatch(f -> overlaps(new int[] {f.start(), f.end()}, p))) {
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
        rules.add(r.id());
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
      if (taken.stream().anyMatch(x -> overlaps(x, p)) || isCompoundModifier(s, p) || isDateline(s, p)) {
        continue;
      }
      Lexicons.Place e = f.entry();
      out.add(new Location(TextMention.of(text, s.span(p[0], p[1])), e.name(), e.precision(),
          e.precision() == Precision.GOVERNORATE ? e.name() : e.admin1(), e.country(), e.lat(), e.lon(),
          Provenance.LEXICON));
      taken.add(p);
    }
    // the most precise first ("the Idlib town of Saraqib": Saraqib), then in text order
    out.sort(Comparator.comparing(Location::precision).thenComparingInt(l -> l.words().span().begin()));
    return out;
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
          reached = governingTrigger(s, t, triggers);
        }
      }
      if (reached != null && sameTokens(reached, trigger)) {
        own.add(l);
      }
    }
    return own.isEmpty() ? places : own;
  }

  /** Whether token {@code t} hangs off another event's trigger than {@code trigger} in the dependency tree. */
  private static boolean inOtherClause(SentenceView s, int t, int[] trigger, List<int[]> triggers) {
    if (triggers.size() < 2 || s.graph() == null) {
      return false;
    }
    int[] reached = governingTrigger(s, t, triggers);
    return reached != null && !sameTokens(reached, trigger);
  }

  /** The first of {@code triggers} met climbing the dependency tree from token {@code t}, or null. */
  private static int[] governingTrigger(SentenceView s, int t, List<int[]> triggers) {
    SemanticGraph g = s.graph();
    IndexedWord w = g.getNodeByIndexSafe(t + 1);
    Set<IndexedWord> seen = new java.util.HashSet<>();
    while (w != null && seen.add(w)) {
      int i = w.index() - 1;
      for (int[] trigger : triggers) {
        if (i >= trigger[0] && i < trigger[1]) {
          return trigger;
        }
      }
      w = g.getParent(w);
    }
    return null;
  }

  /** The places of the story's lead: the first body sentence that names any, its dateline left out. */
  private List<Location> storyPlaces(List<SentenceView> sentences, int firstBody, String text) {
    for (SentenceView s : sentences.subList(Math.min(firstBody, sentences.size()), sentences.size())) {
      List<Location> found = locations(s, text, new LinkedHashSet<>());
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

  private EventDate date(Draft d, String text, LocalDate docDate, Set<String> rules, Attributed attributed,
                         List<int[]> sentenceTriggers) {
    // "the monitor said on Wednesday": the day of the claim, not of the event
    java.util.function.Predicate<RuleMatch> notClaimDay = m -> attributed == null
        || attributed.sentence() != d.sentence.index
        || !onlyWordsBetween(d.sentence, attributed.cueEnd(), m.start(), "on|late|early|,");
    // the day of the event's own clause first: "... on Sunday, and strikes killed two on Tuesday"
    RuleMatch best = nearest(d, RuleKind.DATE, notClaimDay.and(m -> !inOtherClause(d.sentence, m.start(), d.trigger,
        sentenceTriggers)));
    if (best == null) {
      best = nearest(d, RuleKind.DATE, notClaimDay);
    }
    if (best == null) {
      return null;
    }
    int[] g = best.group("date");
    TextMention words = TextMention.of(text, d.sentence.span(g[0], g[1]));
    LocalDate value = DateResolver.resolve(words.text(), docDate);
    if (value == null) {
      return null;
    }
    rules.add(best.ruleId());
    return new EventDate(words, value, best.ruleId());
  }

  /** The match of a kind's rules nearest to the event's trigger. */
  private RuleMatch nearest(Draft d, RuleKind kind) {
    return nearest(d, kind, m -> true);
  }

  private RuleMatch nearest(Draft d, RuleKind kind, java.util.function.Predicate<RuleMatch> allowed) {
    RuleMatch best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (CompiledRule r : rulesByKind.get(kind)) {
      for (RuleMatch m : d.sentence.matches(r)) {
        if (!allowed.test(m)) {
          continue;
        }
        int distance = m.start() >= d.trigger[1] ? m.start() - d.trigger[1] : Math.max(0, d.trigger[0] - m.end());
        if (distance < bestDistance) {
          best = m;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  /**
   * A sentence's source, the rule that found it (in sentence {@code sentence}, where its cue ends at token
   * {@code cueEnd}); the source's own {@code rule} says how it came to this sentence.
   */
  private record Attributed(Source source, String ruleId, int sentence, int cueEnd) {
    /** The same attribution, taken into another sentence by {@code rule}. */
    Attributed filledBy(String rule) {
      return new Attributed(source.withRule(rule), ruleId, sentence, cueEnd);
    }
  }

  /** Whether tokens [from, to) are all among {@code words} (a regular expression); true when there are none. */
  private static boolean onlyWordsBetween(SentenceView s, int from, int to, String words) {
    if (from > to) {
      return false;
    }
    for (int t = from; t < to; t++) {
      if (!s.word(t).toLowerCase(java.util.Locale.ROOT).matches(words)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A quotation over several sentences is attributed where it closes ("... Three more died," he said.): its earlier
   * sentences, which name no source of their own, take that attribution.
   */
  private static void carryIntoQuotations(List<SentenceView> sentences, List<Attributed> sourceBySentence) {
    boolean open = false;
    int openedAt = -1;
    for (int i = 0; i < sentences.size(); i++) {
      SentenceView s = sentences.get(i);
      boolean wasOpen = open;
      for (int t = 0; t < s.tokens.size(); t++) {
        String w = s.tokens.get(t).originalText();
        if (w.equals("\u201c") || w.equals("``")) {
          open = true;
        } else if (w.equals("\u201d") || w.equals("''")) {
          open = false;
        } else if (w.equals("\"")) {
          open = !open;   // a straight quote opens or closes by turns
        }
      }
      if (open && !wasOpen) {
        openedAt = i;
      } else if (!open && wasOpen && openedAt >= 0 && sourceBySentence.get(i) != null) {
        for (int k = openedAt; k < i; k++) {
          if (sourceBySentence.get(k) == null) {
            sourceBySentence.set(k, sourceBySentence.get(i).filledBy(Provenance.CLOSING_ATTRIBUTION));
          }
        }
      }
      if (!open) {
        openedAt = -1;
      }
    }
  }

  /** Who the sentence's claims are attributed to; "it" and "he" refer back to {@code previous}. */
  private Attributed attribution(SentenceView s, String text, Source previous) {
    for (CompiledRule r : rulesByKind.get(RuleKind.SOURCE)) {
      for (RuleMatch m : s.matches(r)) {
        int[] src = m.group("source");
        int[] cue = m.group("cue");
        TextMention words = TextMention.of(text, s.span(src[0], src[1]));
        String cueText = s.span(cue[0], cue[1]).textIn(text);
        List<SentenceView.Found<Lexicons.SourceEntry>> known = s.find(lexicons.sources, src[0], src[1]);
        if (!known.isEmpty()) {
          Lexicons.SourceEntry e = known.get(0).entry();
          return new Attributed(new Source(words, e.name(), e.kind(), cueText, m.ruleId()), m.ruleId(), s.index,
              cue[1]);
        }
        if (src[1] - src[0] == 1 && s.lemma(src[0]).matches("it|he|she|they") && previous != null) {
          return new Attributed(new Source(words, previous.name(), previous.kind(), cueText, m.ruleId()), m.ruleId(),
              s.index, cue[1]);
        }
        if (s.ner(src[1] - 1).matches("ORGANIZATION|PERSON")) {
          String name = words.text().replaceFirst("^(?i)(the|a|an)\\s+", "");   // "the Joint Command": "Joint Command"
          return new Attributed(new Source(words, name, SourceKind.OTHER, cueText, m.ruleId()), m.ruleId(), s.index,
              cue[1]);
        }
      }
    }
    return null;
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

  private static boolean overlaps(int[] a, int[] b) {
    return a[0] < b[1] && b[0] < a[1];
  }

  private static boolean sameTokens(int[] a, int[] b) {
    return a[0] == b[0] && a[1] == b[1];
  }
}
