package org.warreport.internal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.warreport.Attacker;
import org.warreport.Event;
import org.warreport.EventType;
import org.warreport.Incident;
import org.warreport.Location;
import org.warreport.Outcome;
import org.warreport.OutcomeKind;
import org.warreport.Qualifier;
import org.warreport.Scope;
import org.warreport.Side;
import org.warreport.Total;
import org.warreport.Totals;

/**
 * Groups a document's events into the incidents they tell, as a coder reads a story: each event joins the incident
 * before it unless something says it is another happening: a cue ("Meanwhile", "in a separate attack": the
 * {@code separate} rules), another day, another Syrian governorate, an attacker of another camp, another type of
 * violence with victims that cannot be the incident's own, or a toll far larger than the incident's. Headline events
 * always join the lead's incident. Aggregates belong to none.
 * The first incident is the lead ({@link #leadOf}). Every join and split names its reason as a rule id.
 */
final class IncidentGrouper {
  static final String HEADLINE = "incident.headline_and_lead";
  static final String RESTATED = "incident.same_toll_restated";
  static final String WITHIN = "incident.part_within_whole";
  static final String CONTINUED = "incident.same_telling_continued";
  static final String UPDATED = "incident.toll_updated";
  static final String PRESUMED_CIVILIAN = "incident.presumed_civilian";
  static final String OTHER_OUTCOME_SAME_SENTENCE = "incident.other_outcome_same_sentence";
  static final String OTHER_OUTCOME_TOLD = "incident.other_outcome_told";
  static final String OTHER_DAY = "incident.other_day";
  static final String OTHER_PLACE = "incident.other_first_level_division";
  static final String OTHER_TYPE = "incident.other_type_other_victims";
  static final String FAR_LARGER = "incident.far_larger_toll";
  static final String OTHER_ATTACKER = "incident.other_attacker";

  /** A telling with more than this many times an incident's toll, and not its update, tells another happening. */
  static final int FAR_LARGER_FACTOR = 5;

  /**
   * One event as the grouper sees it, in its story: whether it stands in the headline, the id of a {@code separate} rule that
   * marks it as another happening (or null), whether its counts are further victims ("another 12"), and the camps of
   * its attacker ({@link AttackerFiller#camps}).
   */
  record StoryEvent(Event event, boolean headline, String separatedBy, boolean added, Set<String> attackerCamps) {}

  /** Whether an event starts another incident, and the rule id that says why it starts one or joins one. */
  private record Decision(boolean starts, String rule) {
    static Decision join(String rule) {
      return new Decision(false, rule);
    }

    static Decision split(String rule) {
      return new Decision(true, rule);
    }
  }

  /** A document's incidents and their sum. */
  record Grouping(List<Incident> incidents, Totals totals) {}

  private static final class Group {
    final List<StoryEvent> members = new ArrayList<>();
    final Set<String> rules = new LinkedHashSet<>();

    boolean onlyHeadline() {
      return members.stream().allMatch(StoryEvent::headline);
    }

    List<Event> events() {
      return members.stream().map(StoryEvent::event).toList();
    }
  }

  private IncidentGrouper() {}

  static Grouping group(List<StoryEvent> story, Set<String> updates) {
    List<Group> groups = new ArrayList<>();
    Group current = null;
    for (StoryEvent t : story) {
      if (t.event().scope() == Scope.AGGREGATE) {
        continue;
      }
      Decision d = current == null ? Decision.split(null)
          : current.onlyHeadline() ? Decision.join(HEADLINE) : decide(current, t, updates);
      if (d.starts()) {
        current = new Group();
        groups.add(current);
      }
      if (d.rule() != null) {
        current.rules.add(d.rule());
      }
      current.members.add(t);
    }
    List<Incident> incidents = new ArrayList<>();
    Total killed = Total.NONE;
    Total injured = Total.NONE;
    Total displaced = Total.NONE;
    int lead = leadOf(groups);
    for (int i = 0; i < groups.size(); i++) {
      Incident inc = incident("i" + (i + 1), i == lead, groups.get(i), updates);
      incidents.add(inc);
      killed = killed.plus(inc.killed());
      injured = injured.plus(inc.injured());
      displaced = displaced.plus(inc.displaced());
    }
    return new Grouping(incidents, new Totals(killed, injured, displaced));
  }

  /**
   * Whether {@code t} starts another incident than {@code g} or joins it, and why. A cue or another Syrian governorate
   * always splits; another day or type splits only a telling whose victims cannot be among the incident's (more of
   * them, of a side it does not name, or fighters where it names none), since a summary's parts often carry a day or
   * weapon of their own; a telling
   * of deaths the incident has not told joins it, and one far larger than its toll, not capped, starts another.
   */
  private static Decision decide(Group g, StoryEvent t, Set<String> updates) {
    if (t.separatedBy() != null) {
      return Decision.split(t.separatedBy());
    }
    Event e = t.event();
    String division = firstDivision(g.events());
    String own = firstDivision(List.of(e));
    if (division != null && own != null && !division.equalsIgnoreCase(own)) {
      return Decision.split(OTHER_PLACE);
    }
    Set<OutcomeKind> sentenceKinds = EnumSet.noneOf(OutcomeKind.class);
    g.members.stream().map(StoryEvent::event).filter(m -> m.sentenceIndex() == e.sentenceIndex())
        .forEach(m -> sentenceKinds.addAll(kindsOf(m)));
    if (!sentenceKinds.isEmpty() && java.util.Collections.disjoint(sentenceKinds, kindsOf(e))) {
      return Decision.join(OTHER_OUTCOME_SAME_SENTENCE);   // "13 were killed and four wounded": one happening's harms
    }
    if (e.outcomes().stream().anyMatch(o -> updates.contains(o.id()))) {
      return Decision.join(UPDATED);   // "the death toll rose to 31": a later figure of the toll told before, whatever its day
    }
    boolean fits = true;
    boolean same = true;
    boolean farLarger = false;
    boolean untold = true;
    for (OutcomeKind kind : kindsOf(e)) {
      Total whole = reckon(g, kind, updates);
      untold &= whole.best() == 0 && whole.high() != null && whole.high() == 0;
      Total told = TotalsCalculator.telling(List.of(e), g.events(), kind, updates);
      same &= told.best() == whole.best();
      long room = whole.high() != null ? whole.high() : (long) Math.ceil(whole.best() * TotalsCalculator.OPEN_BOUND_SLACK);
      fits &= told.best() <= room && sidesWithin(told, whole);
      farLarger |= whole.best() > 0 && told.best() > FAR_LARGER_FACTOR * whole.best() && !capped(e.outcomes().stream()
          .filter(o -> o.outcome() == kind && o.partOf() == null).toList());
    }
    if (fits && same) {
      return Decision.join(RESTATED);   // the same toll told again, even where its attacker is read otherwise
    }
    if (otherAttacker(g, t)) {
      // "IS shelling killed 30 ... Coalition strikes killed 12 civilians": not a part of the same happening
      return Decision.split(OTHER_ATTACKER);
    }
    if (fits && combatantsOfAnotherType(g, e)) {
      return Decision.split(OTHER_TYPE);
    }
    if (fits) {
      return Decision.join(WITHIN);
    }
    LocalDate day = firstDate(g.events());
    if (e.date() != null && day != null && !e.date().value().equals(day)) {
      return Decision.split(OTHER_DAY);
    }
    if (untold) {
      // "12 wounded in rocket attacks" then "two were killed and 12 wounded": deaths the incident has not yet told
      // cannot contradict its victims
      return Decision.join(OTHER_OUTCOME_TOLD);
    }
    EventType type = type(g.events());
    if (type != EventType.OTHER && e.type() != EventType.OTHER && e.type() != type && !t.added()) {
      return Decision.split(OTHER_TYPE);
    }
    if (farLarger && !t.added()) {
      return Decision.split(FAR_LARGER);   // four killed on Monday, then a city's toll of the whole siege
    }
    return Decision.join(CONTINUED);
  }

  /**
   * Whether {@code t} names an attacker of another camp than every attacker the incident names, outside a clash (where
   * each side attacks the other).
   */
  private static boolean otherAttacker(Group g, StoryEvent t) {
    Set<String> camps = new java.util.HashSet<>();
    g.members.forEach(m -> camps.addAll(m.attackerCamps()));
    return !camps.isEmpty() && !t.attackerCamps().isEmpty() && java.util.Collections.disjoint(camps, t.attackerCamps())
        && t.event().type() != EventType.CLASH && type(g.events()) != EventType.CLASH;
  }

  /**
   * Whether {@code e} tells fighters killed in another kind of happening than the incident's, whose wholes name no
   * fighters: "air strikes killed 22 people, mostly children" and then "two rebel fighters were killed" in an attack
   * are two happenings, though two is within 22.
   */
  private static boolean combatantsOfAnotherType(Group g, Event e) {
    EventType type = type(g.events());
    return type != EventType.OTHER && e.type() != EventType.OTHER && e.type() != type
        && wholes(List.of(e)).anyMatch(IncidentGrouper::combatants)
        && wholes(g.events()).noneMatch(IncidentGrouper::combatants);
  }

  private static java.util.stream.Stream<Outcome> wholes(List<Event> events) {
    return events.stream().flatMap(e -> e.outcomes().stream()).filter(o -> o.partOf() == null);
  }

  private static boolean combatants(Outcome o) {
    return o.victim().side() == Side.GOVERNMENT || o.victim().side() == Side.OPPOSITION
        || COMBATANT_GROUPS.contains(o.victim().group());
  }

  /** Whether the victims of {@code part} can be among those of {@code whole}: its named sides are the whole's. */
  private static boolean sidesWithin(Total part, Total whole) {
    if (whole.bySide().getOrDefault(Side.UNKNOWN, 0L) > 0) {
      return true;
    }
    for (Map.Entry<Side, Long> e : part.bySide().entrySet()) {
      if (e.getKey() != Side.UNKNOWN && e.getValue() > 0 && whole.bySide().getOrDefault(e.getKey(), 0L) == 0) {
        return false;
      }
    }
    return true;
  }

  private static Set<OutcomeKind> kindsOf(Event e) {
    Set<OutcomeKind> kinds = EnumSet.noneOf(OutcomeKind.class);
    for (Outcome o : e.outcomes()) {
      if (o.partOf() == null && (o.outcome() == OutcomeKind.KILLED || o.outcome() == OutcomeKind.INJURED
          || o.outcome() == OutcomeKind.DISPLACED)) {
        kinds.add(o.outcome());
      }
    }
    return kinds;
  }

  /**
   * The lead: the first incident, unless it tells no dead ("a number of people were injured") or tells them only in
   * words ("hundreds were killed") and a later one puts a number on its dead, which a coder codes instead.
   */
  private static int leadOf(List<Group> groups) {
    if (groups.isEmpty() || !killedOnlyInWords(groups.get(0)) && wholesKilled(groups.get(0)).findAny().isPresent()) {
      return 0;
    }
    for (int i = 1; i < groups.size(); i++) {
      if (wholesKilled(groups.get(i)).anyMatch(o -> o.count().count().qualifier() != Qualifier.VAGUE)) {
        return i;
      }
    }
    return 0;
  }

  private static boolean killedOnlyInWords(Group g) {
    List<Outcome> killed = wholesKilled(g).toList();
    return !killed.isEmpty() && killed.stream().allMatch(o -> o.count().count().qualifier() == Qualifier.VAGUE);
  }

  private static java.util.stream.Stream<Outcome> wholesKilled(Group g) {
    return g.events().stream().flatMap(e -> e.outcomes().stream())
        .filter(o -> o.outcome() == OutcomeKind.KILLED && o.partOf() == null);
  }

  /** A group's reckoning of one outcome: its tellings are its sentences. */
  private static Total reckon(Group g, OutcomeKind kind, Set<String> updates) {
    Map<Integer, List<StoryEvent>> bySentence = new LinkedHashMap<>();
    for (StoryEvent t : g.members) {
      bySentence.computeIfAbsent(t.event().sentenceIndex(), k -> new ArrayList<>()).add(t);
    }
    List<TotalsCalculator.Telling> tellings = new ArrayList<>();
    // a headline sums up the story: it counts only where the body tells no such toll of the incident
    boolean bodyTells = g.members.stream().anyMatch(t -> !t.headline() && kindsOf(t.event()).contains(kind));
    for (List<StoryEvent> sentence : bySentence.values()) {
      if (bodyTells && sentence.get(0).headline()) {
        continue;
      }
      List<Event> events = sentence.stream().map(StoryEvent::event).toList();
      List<Outcome> wholes = events.stream().flatMap(e -> e.outcomes().stream())
          .filter(o -> o.outcome() == kind && o.partOf() == null).toList();
      tellings.add(new TotalsCalculator.Telling(TotalsCalculator.telling(events, g.events(), kind, updates),
          addedOf(sentence, kind), wholes.stream().anyMatch(o -> updates.contains(o.id())),
          !wholes.isEmpty() && wholes.stream().allMatch(o -> o.count().count().qualifier() == Qualifier.VAGUE),
          capped(wholes)));
    }
    return TotalsCalculator.incident(tellings);
  }

  /** Whether outcomes give only the most their toll can be: "up to 19", "killed or wounded 19". */
  private static boolean capped(List<Outcome> wholes) {
    return !wholes.isEmpty() && wholes.stream().allMatch(o -> o.count().count().qualifier() == Qualifier.NEARLY
        && o.count().count().low() == null);
  }

  /**
   * Whether a sentence's telling of {@code kind} tells further victims: every event of it that counts that kind does
   * ("five more were shot dead and dozens wounded": the wounded do not make the five a restatement).
   */
  private static boolean addedOf(List<StoryEvent> sentence, OutcomeKind kind) {
    List<StoryEvent> telling = sentence.stream().filter(t -> kindsOf(t.event()).contains(kind)).toList();
    return !telling.isEmpty() && telling.stream().allMatch(StoryEvent::added);
  }

  private static Incident incident(String id, boolean lead, Group g, Set<String> updates) {
    List<Event> events = g.events();
    Location location = events.stream().flatMap(e -> e.locations().stream()).filter(l -> l.country() != null)
        .findFirst().orElse(events.stream().flatMap(e -> e.locations().stream()).findFirst().orElse(null));
    Attacker attacker = events.stream().map(Event::attacker).filter(Objects::nonNull).findFirst().orElse(null);
    List<String> sources = events.stream().filter(e -> e.source() != null).map(e -> e.source().name()).distinct()
        .toList();
    List<String> rules = new ArrayList<>(g.rules.isEmpty() ? List.of("incident.single_telling") : g.rules);
    EventType type = type(events);
    Total killed = reckon(g, OutcomeKind.KILLED, updates);
    Total injured = reckon(g, OutcomeKind.INJURED, updates);
    if (presumesCivilians(type, events, killed.best())) {
      killed = unknownAsCivilian(killed);
      injured = unknownAsCivilian(injured);
      rules.add(PRESUMED_CIVILIAN);
    }
    return new Incident(id, lead, type, firstDate(events), location, attacker, sources, killed, injured,
        reckon(g, OutcomeKind.DISPLACED, updates), events.stream().map(Event::id).toList(), List.copyOf(rules));
  }

  /**
   * Whether the people of unknown side an incident counts are presumed civilians, as UCDP and FA-KES coders count
   * them: the incident is no clash between armed parties (nor a seizure of ground) and no telling of its whole toll
   * names its dead as fighters of either side or of none ("mercenaries"; a smaller telling, "nine of the dead were
   * rebels", names a part), so "12 people were killed in air strikes on the market" and
   * "a car bomb killed 20 people" are civilians, and of "17 people, among them 13 policemen" the other four are,
   * while "clashes killed 30" presume nothing; nor does a toll that says which of its dead were civilians ("20 people,
   * including 13 civilians": the other seven are not presumed civilians; "more than 50 ...: 15 civilians and 27
   * fighters"). The victims keep side
   * {@code unknown}; only the incident's reckoning moves.
   */
  private static boolean presumesCivilians(EventType type, List<Event> events, long toll) {
    return type != EventType.CLASH && type != EventType.TERRITORY_SEIZED
        && wholes(events).filter(o -> o.outcome() != OutcomeKind.KILLED || o.count().count().value() == null
            || o.count().count().value() >= toll).noneMatch(IncidentGrouper::combatants)
        && events.stream().flatMap(e -> e.outcomes().stream())
            .noneMatch(o -> o.partOf() != null && "civilians".equals(o.victim().group()))
        && events.stream().noneMatch(e -> e.outcomes().stream().anyMatch(o -> "civilians".equals(o.victim().group()))
            && e.outcomes().stream().anyMatch(IncidentGrouper::combatants));
  }

  /** Victim groups of fighters whose side the text leaves open ("foreign mercenaries", "combatants"). */
  private static final Set<String> COMBATANT_GROUPS = Set.of("fighters", "combatants");

  private static Total unknownAsCivilian(Total t) {
    Long unknown = t.bySide().get(Side.UNKNOWN);
    if (unknown == null || unknown == 0) {
      return t;
    }
    Map<Side, Long> bySide = new EnumMap<>(t.bySide());
    bySide.merge(Side.CIVILIAN, unknown, Long::sum);
    bySide.put(Side.UNKNOWN, 0L);
    return new Total(t.best(), t.low(), t.high(), bySide);
  }

  private static EventType type(List<Event> events) {
    return events.stream().map(Event::type).filter(t -> t != EventType.OTHER).findFirst().orElse(EventType.OTHER);
  }

  private static LocalDate firstDate(List<Event> events) {
    return events.stream().filter(e -> e.date() != null).map(e -> e.date().value()).findFirst().orElse(null);
  }

  /**
   * The first-level division of the first event place the gazetteer knows in Syria. The split was tuned on the Syrian
   * gazetteer alone; the world's divisions are left out of it until it is measured on stories of other countries.
   */
  private static String firstDivision(List<Event> events) {
    return events.stream().flatMap(e -> e.locations().stream()).filter(l -> "Syria".equals(l.country()))
        .map(Location::admin1).filter(Objects::nonNull).findFirst().orElse(null);
  }
}
