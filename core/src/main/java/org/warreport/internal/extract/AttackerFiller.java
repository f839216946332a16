package org.warreport.internal.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.warreport.Attacker;
import org.warreport.RuleKind;
import org.warreport.TextMention;
import org.warreport.internal.lexicon.Lexicons;
import org.warreport.internal.rules.CompiledRule;

/** Fills an event's attacker from the attacker rules (Semgrex from the trigger), with the rule that found it. */
final class AttackerFiller {
  /** Dependents that belong to a noun phrase naming an actor; clauses and places hanging off it do not. */
  private static final Pattern PHRASE_RELATIONS =
      Pattern.compile("compound.*|amod|nmod:poss|conj.*|cc|det|flat.*|case|nummod|appos|nmod:of");

  private final RulesByKind rules;
  private final Lexicons lexicons;

  AttackerFiller(RulesByKind rules, Lexicons lexicons) {
    this.rules = rules;
    this.lexicons = lexicons;
  }

  /**
   * The attacker of the event with trigger tokens {@code trigger}: the first attacker rule, in file order, whose
   * trigger is the event's and whose phrase names an actor of the lexicon; null where none does.
   */
  Attacker attacker(SentenceView s, int[] trigger, String text) {
    for (CompiledRule r : rules.of(RuleKind.ATTACKER)) {
      for (RuleMatch m : s.matches(r)) {
        int[] t = m.group("trigger");
        if (t[0] < trigger[0] || t[0] >= trigger[1]) {
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
}
