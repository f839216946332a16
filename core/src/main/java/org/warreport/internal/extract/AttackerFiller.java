package org.warreport.internal.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.warreport.ActorType;
import org.warreport.Attacker;
import org.warreport.Basis;
import org.warreport.RuleKind;
import org.warreport.Side;
import org.warreport.TextMention;
import org.warreport.internal.lexicon.Lexicons;
import org.warreport.internal.lexicon.PeopleNouns;
import org.warreport.internal.rules.CompiledRule;

/**
 * Fills an event's attacker from the attacker rules (Semgrex from the trigger), with the rule that found it: the
 * actors of the lexicon its phrase names (a generic one, "the army", as the story's theatre has it), or, where the
 * lexicon knows none, a phrase whose head denotes people or an organisation, named by its own words.
 */
final class AttackerFiller {
  /** Dependents that belong to a noun phrase naming an actor; clauses and places hanging off it do not. */
  private static final Pattern PHRASE_RELATIONS =
      Pattern.compile("compound.*|amod|nmod:poss|conj.*|cc|det|flat.*|case|nummod|appos|nmod:of|nmod:from");
  /** Nouns of an attack: their "of" names the target ("shelling of rebel areas"), not the attacker. */
  private static final Pattern ATTACK_NOUN = Pattern.compile(
      "shelling|bombardment|bombing|strike|airstrike|raid|attack|assault|siege|offensive|targeting|capture|blockade");
  /** Nouns of a place: "killed in the rebel stronghold" names where, not who. */
  private static final Pattern PLACE_NOUN = Pattern.compile("town|city|village|district|area|neighbou?rhood|"
      + "stronghold|bastion|enclave|pocket|province|region|territory|part|east|west|north|south|camp|market|zone|"
      + "suburb|countryside|outskirts|quarter|hospital|school|base|position|held|controlled|side|border|frontline");
  /** "rebel-held", "Houthi-controlled": the actor names a place's master, not an attacker. */
  private static final Pattern HELD = Pattern.compile("(?i)held|controlled|run|occupied|besieged|dominated|ruled");
  /** Words that make a named attacker a suspicion rather than a statement. */
  private static final Pattern SUSPECTED = Pattern.compile("(?i)suspected|alleged|presumed|purported|likely");
  /** Determiners and the like that an unknown actor's name drops ("the Fulani herdsmen": "Fulani herdsmen"). */
  private static final Pattern LEADING = Pattern.compile("(?i)^((the|a|an|some|several|suspected|alleged|presumed|"
      + "purported|armed|heavily armed)\\s+)+");

  private final RulesByKind rules;
  private final Lexicons lexicons;
  private final Map<String, Lexicons.Actor> byName = new HashMap<>();

  AttackerFiller(RulesByKind rules, Lexicons lexicons) {
    this.rules = rules;
    this.lexicons = lexicons;
    for (String phrase : lexicons.actors.phrases()) {
      Lexicons.Actor a = lexicons.actors.lookup(phrase);
      byName.putIfAbsent(a.name(), a);
    }
  }

  /**
   * The attacker of the event with trigger tokens {@code trigger}: the first attacker rule, in file order, whose
   * trigger is the event's and whose phrase names an actor ({@code theatre}, if known, resolving generic ones), or a
   * phrase of people or an organisation; never one of the event's victims ({@code victims}: their token ranges);
   * an unidentified one ("gunmen") unless a later rule of claim, suspicion or blame names someone; null where none does.
   */
  Attacker attacker(SentenceView s, int[] trigger, String text, Lexicons.Theatre theatre, List<int[]> victims) {
    return fromRules(RuleKind.ATTACKER, s, trigger, text, theatre, victims);
  }

  /**
   * The attacker of an event whose attacker rules name none, from an attack rule's match: in the event's own sentence
   * ({@code at} in {@code sentences}), else the one before it, else the one after ("Russian jets pounded the town.
   * The raids killed seven."), an actor of the lexicon only; a sentence that {@code separate} says tells another
   * happening is not read ("Meanwhile, ..."), and the one before not when the event's own sentence is such.
   */
  Attacker toldBeside(List<SentenceView> sentences, int at, String text, Lexicons.Theatre theatre,
                      java.util.function.Predicate<SentenceView> separate) {
    SentenceView own = sentences.get(at);
    List<SentenceView> beside = new ArrayList<>(List.of(own));
    if (at > 0 && !separate.test(own)) {
      beside.add(sentences.get(at - 1));
    }
    if (at + 1 < sentences.size() && !separate.test(sentences.get(at + 1))) {
      beside.add(sentences.get(at + 1));
    }
    for (SentenceView s : beside) {
      Attacker found = fromRules(RuleKind.ATTACK, s, new int[] {0, s.tokens.size()}, text, theatre, List.of());
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The first attacker the rules of {@code kind} name with a trigger inside {@code trigger}; see {@link #attacker}. */
  private Attacker fromRules(RuleKind kind, SentenceView s, int[] trigger, String text, Lexicons.Theatre theatre,
                             List<int[]> victims) {
    Attacker unidentified = null;   // "suicide bombers struck ..., in an attack claimed by X": the named one wins
    for (CompiledRule r : rules.of(kind)) {
      if (unidentified != null && r.rule().attribute("basis") == null) {
        continue;   // past the unidentified attacker, only a claim, a suspicion or a blame names someone else
      }
      for (RuleMatch m : s.matches(r)) {
        int[] t = m.group("trigger");
        if (t[0] < trigger[0] || t[0] >= trigger[1]) {
          continue;
        }
        int[] group = m.group("attacker");
        int head = group[0];
        // a word-order rule that binds the whole phrase ("claimed by the Islamic State") gives it as bound; one
        // that binds a single word gives the phrase the parse builds around it, save an attack rule (its sentence
        // may have no parse)
        boolean asBound = !r.rule().semgrex() && (group[1] - group[0] > 1 || kind == RuleKind.ATTACK);
        int[] phrase = asBound ? group : phrase(s, head);
        if (phrase == group) {
          head = group[1] - 1;
        }
        if (phrase == null || containsWord(s, phrase, "between")
            || !r.rule().semgrex() && containsWord(s, new int[] {Math.max(0, group[0] - 6), group[0]}, "between")) {
          continue;   // "clashes between X and Y" names no single attacker
        }
        if (overlapsAny(phrase, victims)) {
          continue;   // "12 soldiers killed in Israeli raids": a headline's victims read as the verb's subject
        }
        String basisCode = r.rule().attribute("basis");
        Basis basis = basisCode != null ? Basis.fromCode(basisCode) : suspected(s, phrase) ? Basis.SUSPECTED : Basis.STATED;
        List<String> actors = new ArrayList<>();
        List<ActorType> types = new ArrayList<>();
        List<SentenceView.Found<Lexicons.Actor>> named = s.find(lexicons.actors, phrase[0], phrase[1]);
        for (int i = 0; i < named.size(); i++) {
          SentenceView.Found<Lexicons.Actor> a = named.get(i);
          if (mastersAPlace(s, a.end()) || placeNotActor(s, a, phrase)) {
            continue;   // "the rebel-held district", "a car bomb in Damascus"
          }
          if (insideLongerSource(s, a)) {
            continue;   // "the Syrian Coalition": a political body that speaks, holding an actor's word
          }
          if (peopleOfNamedActor(s, named, i)) {
            continue;   // "Islamic State militants", "militants of Jaish al-Islam": that group, not also the generic rebels
          }
          if (basisCode == null && a.end() + 1 < s.tokens.size() && s.word(a.end()).equals("-")
              && s.word(a.end() + 1).equalsIgnoreCase("claimed")) {
            basis = Basis.CLAIMED;   // "an IS-claimed bombing"
          }
          Lexicons.Actor actor = resolve(a.entry(), theatre);
          if (!actors.contains(actor.name())) {
            actors.add(actor.name());
            types.add(actor.type());
          }
        }
        if (types.contains(ActorType.UNIDENTIFIED) && !types.stream().allMatch(type -> type == ActorType.UNIDENTIFIED)) {
          for (int i = types.size() - 1; i >= 0; i--) {   // "terrorist attacks by Jaish al-Islam": the one it names
            if (types.get(i) == ActorType.UNIDENTIFIED) {
              types.remove(i);
              actors.remove(i);
            }
          }
        }
        if (!actors.isEmpty()) {
          if (phrase != group && PLACE_NOUN.matcher(s.lemma(head)).matches() && !s.lemma(head).matches("base|position")) {
            continue;   // "killed in the rebel stronghold of X": where, not who
          }
          Attacker found = new Attacker(TextMention.of(text, s.span(phrase[0], phrase[1])), actors, types, basis, r.id());
          if (!types.stream().allMatch(type -> type == ActorType.UNIDENTIFIED)) {
            return found;
          }
          if (unidentified == null) {
            unidentified = found;
          }
          continue;
        }
        // a rule saying "actor: lexicon" binds a weapon or a place as often as an agent: only a known actor will do
        String unknown = kind == RuleKind.ATTACK || "lexicon".equals(r.rule().attribute("actor")) ? null
            : unknownActor(s, head, phrase, text);
        if (unknown != null) {
          return new Attacker(TextMention.of(text, s.span(phrase[0], phrase[1])), List.of(unknown),
              List.of(ActorType.UNKNOWN), basis, r.id());
        }
      }
    }
    return unidentified;
  }

  /**
   * The camps of an attacker's actors, for telling one happening from another: "government" or "opposition" for an
   * actor of that side (the regime and Russia are one camp), "foreign" for the other foreign states and coalitions
   * (reports name the US-led coalition and the US for the same raid), else the actor itself (the Islamic State); only
   * actors of the lexicon that it identifies ("gunmen" and names it lacks may be anyone's). Empty for no attacker.
   */
  Set<String> camps(Attacker attacker) {
    Set<String> camps = new java.util.TreeSet<>();
    for (String name : attacker == null ? List.<String>of() : attacker.actors()) {
      Lexicons.Actor a = byName.get(name);
      if (a == null || a.type() == ActorType.UNIDENTIFIED) {
        continue;
      }
      boolean foreign = a.type() == ActorType.FOREIGN_STATE || a.type() == ActorType.COALITION;
      camps.add(a.side() == Side.GOVERNMENT || a.side() == Side.OPPOSITION ? a.side().code() : foreign ? "foreign" : name);
    }
    return camps;
  }

  /** A generic actor ("Government forces") as the story's theatre names it ("Syrian government"), else itself. */
  private Lexicons.Actor resolve(Lexicons.Actor a, Lexicons.Theatre theatre) {
    if (theatre == null) {
      return a;
    }
    String own = theatre.generic().get(a.name());
    return own == null ? a : byName.getOrDefault(own, a);
  }

  /**
   * The name of an actor the lexicon lacks: the phrase's words, where its head denotes people ("herdsmen",
   * "vigilantes") or an organisation, and it counts no one; else null.
   */
  private String unknownActor(SentenceView s, int head, int[] phrase, String text) {
    boolean people = s.tokens.get(head).get(PeopleNouns.DenotesAnnotation.class) != null;
    boolean organisation = s.ner(head).equals("ORGANIZATION") && s.tokens.get(head).tag().startsWith("NNP");
    if (!people && !organisation || !s.tokens.get(head).tag().startsWith("NN")) {
      return null;
    }
    if (lexicons.victims.lookup(s.word(head)) != null || lexicons.victims.lookup(s.lemma(head)) != null
        || !s.find(lexicons.sources, phrase[0], phrase[1]).isEmpty()) {
      return null;   // "residents", "children", "the monitor": victims and speakers, not attackers
    }
    for (int t = phrase[0]; t < phrase[1]; t++) {
      if (s.tokens.get(t).tag().equals("CD") || s.tokens.get(t).tag().startsWith("PRP")
          || s.tokens.get(t).tag().equals("WP") || s.ner(t).matches("DATE|TIME|NUMBER")) {
        return null;   // "seven people", "they", "who": counted victims and stand-ins, not names
      }
    }
    String name = LEADING.matcher(s.span(phrase[0], phrase[1]).textIn(text).replaceAll("\\s+", " ")).replaceFirst("");
    name = name.replaceFirst("(?i)\\s*(['\u2019]s?)$", "");
    return name.isBlank() ? null : name;
  }

  /**
   * Whether actor {@code i} of {@code found} is a common noun for the people of the actor named beside it: right after
   * it ("Islamic State militants") or before "of" or "from" and it ("militants of the Jaish al-Islam group").
   */
  private static boolean peopleOfNamedActor(SentenceView s, List<SentenceView.Found<Lexicons.Actor>> found, int i) {
    SentenceView.Found<Lexicons.Actor> a = found.get(i);
    if (!commonNouns(s, a.start(), a.end())) {
      return false;
    }
    boolean afterNamed = i > 0 && found.get(i - 1).end() == a.start();
    boolean beforeNamed = i + 1 < found.size() && a.end() < s.tokens.size()
        && s.word(a.end()).matches("(?i)of|from") && !commonNouns(s, found.get(i + 1).start(), found.get(i + 1).end());
    return afterNamed || beforeNamed;
  }

  /** Whether tokens [start, end) are common nouns: lower case, save the sentence's first word ("Militants of ..."). */
  private static boolean commonNouns(SentenceView s, int start, int end) {
    for (int t = start; t < end; t++) {
      boolean lower = t == 0 || Character.isLowerCase(s.word(t).charAt(0));
      if (!s.tokens.get(t).tag().startsWith("NN") || !lower) {
        return false;
      }
    }
    return true;
  }

  private static boolean overlapsAny(int[] phrase, List<int[]> victims) {
    for (int[] victim : victims) {
      if (victim != null && TokenRanges.overlaps(victim, phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name of the source lexicon longer than the actor's covers it ("Syrian Coalition" over "Coalition"). */
  private boolean insideLongerSource(SentenceView s, SentenceView.Found<Lexicons.Actor> a) {
    for (SentenceView.Found<?> source : s.find(lexicons.sources, Math.max(0, a.start() - 4), Math.min(s.tokens.size(), a.end() + 4))) {
      if (source.start() <= a.start() && source.end() >= a.end()
          && words(s, source.start(), source.end()) > words(s, a.start(), a.end())) {
        return true;
      }
    }
    return false;
  }

  /** The tokens of [start, end) but determiners ("the military" is the word "military"). */
  private static int words(SentenceView s, int start, int end) {
    int n = 0;
    for (int t = start; t < end; t++) {
      n += s.tokens.get(t).tag().equals("DT") ? 0 : 1;
    }
    return n;
  }

  /** Whether the actor ending at token {@code end} is followed by "-held", "-controlled" ... */
  private static boolean mastersAPlace(SentenceView s, int end) {
    return end + 1 < s.tokens.size() && s.word(end).equals("-") && HELD.matcher(s.word(end + 1)).matches()
        || end < s.tokens.size() && s.word(end).toLowerCase(java.util.Locale.ROOT).matches(".*-(held|controlled|run|occupied)");
  }

  /**
   * Whether an actor named by a place's name ("Damascus", "Ankara") stands for the place: after a preposition of place
   * or "capital" ("in Damascus", "the capital Damascus"), or modifying a noun that follows it ("Damascus car bomb"),
   * inside the phrase or just after it ("Damascus bombing", where a word rule bound only the name).
   */
  private boolean placeNotActor(SentenceView s, SentenceView.Found<Lexicons.Actor> a, int[] phrase) {
    String words = String.join(" ", s.tokens.subList(a.start(), a.end()).stream().map(t -> t.word()).toList());
    if (lexicons.places.lookup(words) == null) {
      return false;
    }
    // "in Damascus", and "of Old Damascus" where the phrase a word rule bound starts after the preposition
    boolean afterLocative = locative(s, a.start() - 1) || a.start() > phrase[0] && locative(s, phrase[0] - 1);
    boolean modifier = a.end() < s.tokens.size() && s.tokens.get(a.end()).tag().startsWith("NN");
    return afterLocative || modifier;
  }

  private static boolean locative(SentenceView s, int t) {
    return t >= 0 && s.word(t).toLowerCase(java.util.Locale.ROOT).matches("in|of|near|around|outside|across|capital|to|from|at|on");
  }

  /** Whether "suspected", "alleged" ... qualify the phrase, inside it or just before it. */
  private static boolean suspected(SentenceView s, int[] phrase) {
    for (int t = Math.max(0, phrase[0] - 2); t < phrase[1]; t++) {
      if (SUSPECTED.matcher(s.word(t)).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Tokens [start, end) of the noun phrase headed by token {@code head}, following phrase-internal relations. */
  private static int[] phrase(SentenceView s, int head) {
    SemanticGraph g = s.graph();
    IndexedWord root = s.node(head);
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
        boolean attackNoun = w.lemma() != null && ATTACK_NOUN.matcher(w.lemma().toLowerCase(java.util.Locale.ROOT)).matches();
        boolean target = relation.equals("nmod:of") && attackNoun;   // "shelling of X"
        boolean agent = relation.equals("nmod:by") && attackNoun;    // "mortar attacks by X"
        if ((PHRASE_RELATIONS.matcher(relation).matches() || agent) && !preposition && !target && seen.add(dep)) {
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
}
