package org.warreport.internal.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.warreport.Count;
import org.warreport.CountMention;
import org.warreport.RuleKind;
import org.warreport.TextMention;
import org.warreport.internal.lexicon.Lexicons;
import org.warreport.internal.lexicon.PeopleNouns;
import org.warreport.internal.rules.CompiledRule;

/**
 * Fills each outcome's count: claims a sentence's counts for the outcome, subset and conjunct rules (one rule per
 * count, excluded numbers left out) and states each with the rule that claimed it.
 */
final class CountFiller {
  private final RulesByKind rules;
  private final Lexicons lexicons;
  private final CountReader counts;

  CountFiller(RulesByKind rules, Lexicons lexicons) {
    this.rules = rules;
    this.lexicons = lexicons;
    this.counts = new CountReader(lexicons);
  }

  /** The count of a claimed mention as written, found by the rule that claimed it. */
  CountMention countOf(Mention m, String text) {
    return new CountMention(m.count, TextMention.of(text, m.sentence.span(m.countTokens[0], m.countTokens[1])),
        m.implied(), m.match.ruleId());
  }

  /** Outcome, subset and conjunct matches of one sentence, minus excluded numbers, one per count, in text order. */
  List<Mention> claims(SentenceView s) {
    List<int[]> excluded = new ArrayList<>();
    for (CompiledRule r : rules.of(RuleKind.EXCLUDE)) {
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
    rules.of(RuleKind.OUTCOME).stream().filter(r -> r.semgrex() == null).forEach(order::add);
    order.addAll(rules.of(RuleKind.SUBSET));
    order.addAll(rules.of(RuleKind.CONJUNCT));
    rules.of(RuleKind.OUTCOME).stream().filter(r -> r.semgrex() != null).forEach(order::add);
    for (CompiledRule r : order) {
      boolean graph = r.semgrex() != null;
      boolean implied = r.rule().impliesCount();
      for (RuleMatch raw : s.matches(r)) {
        RuleMatch m = graph && raw.group("count") != null ? widened(s, raw) : raw;
        if (graph && m.group("victim") != null && !denotesPeople(s, m.group("victim")[1] - 1)) {
          continue;   // "killed 83 cows": the graph finds any counted noun; only people are victims
        }
        if (r.rule().kind() == RuleKind.OUTCOME && m.group("count") != null && introducesPart(s, m.group("count")[0])) {
          continue;   // "... including 8 civilians were killed": a part, whichever rule reaches it; the subset rules read it
        }
        if (!graph && !implied && countsOtherThanPeople(s, m)) {
          continue;   // "the killing of about 200 pigs": the word-order rules leave the victim open; it is no person
        }
        int[] c = implied ? m.group("victim") : m.group("count");
        if (implied && !graph && m.start() > 0 && victimBeforeTrigger(m, c)
            && s.word(m.start() - 1).toLowerCase(java.util.Locale.ROOT).matches("including|includes|among|and|or|plus")) {
          continue;   // "seven people including a baby were killed": a part of a counted group, or joined to one
        }
        if (implied && graph && countBetween(s, found, c, m.group("trigger"))) {
          continue;   // "NAME At least 70 fighters have been killed": a headline's tag run into the counted subject
        }
        if (implied && namesArmedGroup(s, c[1] - 1)) {
          continue;   // "Boko Haram insurgents killed ...", mis-parsed: the name of an armed group is no one person
        }
        if (implied && found.stream().anyMatch(f -> f.implied() && (sameNounPhrase(s, f.countTokens, c)
            || samePerson(s, f.countTokens[1] - 1, c[1] - 1)))) {
          continue;   // "the deputy governor", "X, the party's deputy leader": two rules naming one person
        }
        if (excluded.stream().anyMatch(x -> TokenRanges.overlaps(x, c))
            || found.stream().anyMatch(f -> TokenRanges.overlaps(f.countTokens, c) && !(graph && leansOnNothing(f, found)))) {
          continue;
        }
        Count count = implied ? (isOnePerson(s, c[0]) ? Count.exactly(1) : null) : counts.read(s, c[0], c[1]);
        if (count != null && count.value() != null && "upper".equals(r.rule().attribute("bound"))) {
          count = Count.nearly(count.value());   // "killed or wounded 53": at most 53 dead
        }
        if (count != null) {
          found.removeIf(f -> TokenRanges.overlaps(f.countTokens, c));
          Mention claimed = new Mention(m, s, count);
          claimed.structures = namesStructures(s, m.group("victim"));
          found.add(claimed);
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
      groups.put("victim", new int[] {end, Math.max(v[1], sharedHeadEnd(s, v[1] - 1))});
    }
    return new RuleMatch(m.rule(), Math.min(m.start(), start), Math.max(m.end(), end), groups);
  }

  /**
   * Where a counted noun that names no people ends its phrase when it is the first of two joined modifiers of one
   * noun of people ("40 regime and rebel fighters", read by the parse as "regime" and "fighters"): after that noun;
   * else the token after {@code head}.
   */
  private int sharedHeadEnd(SentenceView s, int head) {
    edu.stanford.nlp.ling.IndexedWord w = s.node(head);
    if (w == null || denotesPeople(s, head)) {
      return head + 1;
    }
    for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : s.graph().outgoingEdgeList(w)) {
      int dep = e.getDependent().index() - 1;
      if (e.getRelation().toString().equals("conj:and") && dep > head && dep <= head + 3 && denotesPeople(s, dep)
          && s.tokens.get(dep).tag().equals("NNS")) {
        return dep + 1;
      }
    }
    return head + 1;
  }

  /** Nouns of kin: "a husband and wife", "a mother and son" are two people. */
  private static final java.util.regex.Pattern KIN = java.util.regex.Pattern.compile(
      "husband|wife|mother|father|son|daughter|brother|sister|uncle|aunt|nephew|niece|cousin|grandfather|grandmother");

  /**
   * Whether nouns {@code a} and {@code b} name one person: a name in apposition ("Omar Haddad, the town's deputy
   * mayor", also where the parse reads the title as a second object), or joined without a determiner of the second's
   * own ("a prominent elder and party worker"), where "and his driver", "and a government employee", "bass player X
   * and accordion player Y", "a husband and wife" name two.
   */
  private static boolean samePerson(SentenceView s, int a, int b) {
    if (a == b) {
      return true;
    }
    edu.stanford.nlp.ling.IndexedWord first = s.node(Math.min(a, b));
    edu.stanford.nlp.ling.IndexedWord second = s.node(Math.max(a, b));
    if (first == null || second == null) {
      return false;
    }
    edu.stanford.nlp.semgraph.SemanticGraph g = s.graph();
    boolean ownDeterminer = g.outgoingEdgeList(second).stream()
        .anyMatch(d -> d.getRelation().toString().matches("det|nmod:poss|nummod"));
    boolean twoOfAKind = first.lemma() != null && first.lemma().equalsIgnoreCase(second.lemma())   // "player and player"
        || KIN.matcher(first.word().toLowerCase(java.util.Locale.ROOT)).matches()               // "husband and wife"
        || "PERSON".equals(first.ner()) && "PERSON".equals(second.ner());                        // two names
    boolean named = "PERSON".equals(first.ner()) || "PERSON".equals(second.ner());   // not a list read as appos
    if (named && commaApposition(s, Math.min(a, b), Math.max(a, b))) {
      return true;
    }
    return g.getAllEdges(first, second).stream().map(e -> e.getRelation().toString())
        .anyMatch(r -> r.equals("appos") && named || r.startsWith("conj") && !ownDeterminer && !twoOfAKind);
  }

  /**
   * Whether the words from noun {@code a} to noun {@code b} are one comma and the opening of {@code b}'s own phrase
   * (no "and", no second comma, no verb): "NAME, the party's deputy leader", "the mayor, NAME".
   */
  private static boolean commaApposition(SentenceView s, int a, int b) {
    if (b <= a + 1 || !s.word(a + 1).equals(",")) {
      return false;
    }
    for (int t = a + 2; t < b; t++) {
      String tag = s.tokens.get(t).tag();
      if (tag == null || tag.matches("CC|VB|VBD|VBP|VBZ|MD|,|IN")) {
        return false;
      }
    }
    return true;
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

  /** Whether the match names its victim before its trigger ("a baby were killed"), or has no trigger. */
  private static boolean victimBeforeTrigger(RuleMatch m, int[] victim) {
    int[] trigger = m.group("trigger");
    return trigger == null || trigger[0] > victim[0];
  }

  /** Whether the words before token {@code t} make the count there a part of another ("including"). */
  private static boolean introducesPart(SentenceView s, int t) {
    String before = t > 0 ? s.word(t - 1).toLowerCase(java.util.Locale.ROOT) : "";
    return before.matches(PART_INTRO)
        || t > 1 && before.matches("them|whom") && s.word(t - 2).equalsIgnoreCase("among")
        || t > 1 && before.matches("remaining|other") && s.word(t - 2).equalsIgnoreCase("the")   // "the remaining 45"
        || before.equals("and") && partListBefore(s, t - 1);   // "including nine soldiers and five civilians, ..."
  }

  private static final String PART_INTRO = "including|includes|include|notably|namely|mostly|mainly|:|\\(|-lrb-";

  /** Whether the "and" at {@code and} joins a group to a part: a part's opening word shortly before, no verb between. */
  private static boolean partListBefore(SentenceView s, int and) {
    for (int i = and - 1; i >= Math.max(0, and - 8); i--) {
      String w = s.word(i).toLowerCase(java.util.Locale.ROOT);
      if (w.matches(PART_INTRO)) {
        return true;
      }
      if (w.matches("[,;.]") || s.tokens.get(i).tag().startsWith("VB")) {
        return false;
      }
    }
    return false;
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

  /**
   * Whether a count claimed already stands between a named victim and its trigger, not joined to the victim: the
   * count's group is the subject ("..., while twenty people were injured"); "A guard and three porters were shot
   * dead" keeps the guard.
   */
  private static boolean countBetween(SentenceView s, List<Mention> found, int[] victim, int[] trigger) {
    return trigger != null && found.stream().anyMatch(f -> !f.implied()
        && f.countTokens[0] >= victim[1] && f.countTokens[1] <= trigger[0]
        && java.util.stream.IntStream.range(victim[1], f.countTokens[0]).noneMatch(t -> s.tokens.get(t).tag().equals("CC")));
  }

  /** Whether proper noun {@code t} is part of a name of the actor lexicon ("Boko Haram fighters", "Hezbollah"). */
  private boolean namesArmedGroup(SentenceView s, int t) {
    return s.tokens.get(t).tag().startsWith("NNP")
        && s.find(lexicons.actors, Math.max(0, t - 4), Math.min(s.tokens.size(), t + 5)).stream()
            .anyMatch(f -> f.start() <= t && t < f.end());
  }

  /** Whether a victim phrase's head is a structure of the victim lexicon ("houses", "schools"), not people. */
  private boolean namesStructures(SentenceView s, int[] victim) {
    if (victim == null) {
      return false;
    }
    List<SentenceView.Found<Lexicons.VictimClass>> heads = s.find(lexicons.victims, victim[1] - 1, victim[1]);
    return !heads.isEmpty() && heads.stream().allMatch(f -> f.entry().structure());
  }

  private static boolean isNumberToken(SentenceView s, int t) {
    return s.tokens.get(t).tag().equals("CD") || s.ner(t).equals("NUMBER") && !s.word(t).matches("[,.;:]");
  }

  /** Whether token {@code t} is a noun of people: the victim lexicon's, WordNet's, a person's name or a title. */
  private boolean denotesPeople(SentenceView s, int t) {
    return s.tokens.get(t).get(PeopleNouns.DenotesAnnotation.class) != null || s.ner(t).equals("PERSON")
        || s.find(lexicons.victims, t, t + 1).stream().anyMatch(f -> !f.entry().structure())
        || s.tokens.get(t).tag().equals("NNP") && isTitle(s, t);
  }

  /**
   * Whether token {@code t} names one person: a singular noun that denotes people (the victim lexicon or WordNet:
   * "the village chief", "a candidate"), a name CoreNLP tags as a person, "him", "her" or "another", or a plural one
   * of them ("one of his bodyguards").
   */
  private boolean isOnePerson(SentenceView s, int t) {
    String tag = s.tokens.get(t).tag();
    if (tag.equals("PRP") || tag.equals("DT")) {
      return s.word(t).matches("(?i)him|her|another");   // "killed him and three other guards", "wounded another"
    }
    if (tag.equals("NNS")) {
      return oneOf(s, t) && denotesPeople(s, t);   // "one of his bodyguards"
    }
    if (tag.equals("JJ")) {   // "a civilian", "the village chief" that the tagger took for an adjective
      return t > 0 && s.tokens.get(t - 1).tag().matches("DT|NN|JJ") && denotesPeople(s, t);
    }
    return tag.equals("NNP") ? s.ner(t).equals("PERSON") || isTitle(s, t) : tag.equals("NN") && denotesPeople(s, t);
  }

  /**
   * Whether proper noun {@code t} is a title written in capitals ("The Ward Chairman of the village", "the Traditional
   * Ruler"): a noun of people to WordNet, under a determiner or with an "of" of its own, as names never are.
   */
  private static boolean isTitle(SentenceView s, int t) {
    edu.stanford.nlp.ling.IndexedWord w = s.node(t);
    boolean titled = w != null && s.graph().outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals("nmod:of")
        || e.getRelation().toString().equals("det") && e.getDependent().word().matches("(?i)the|a|an"));
    return titled && PeopleNouns.shared().denotesPeople(s.word(t));
  }

  /** Whether plural noun {@code t} is quantified by "one" ("one of the poets": det:qmod in enhanced++). */
  private static boolean oneOf(SentenceView s, int t) {
    edu.stanford.nlp.ling.IndexedWord w = s.node(t);
    return w != null && s.graph().outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals("det:qmod")
        && e.getDependent().word().equalsIgnoreCase("one"));
  }
}
