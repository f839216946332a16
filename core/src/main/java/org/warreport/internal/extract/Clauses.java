package org.warreport.internal.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Set;

/** Which event's clause a word belongs to, where a sentence tells several: the trigger it hangs off in the parse. */
final class Clauses {
  private Clauses() {}

  /** Whether token {@code t} hangs off another event's trigger than {@code trigger} in the dependency tree. */
  static boolean inOtherClause(SentenceView s, int t, int[] trigger, List<int[]> triggers) {
    if (triggers.size() < 2 || s.graph() == null) {
      return false;
    }
    int[] reached = governingTrigger(s, t, triggers);
    return reached != null && !TokenRanges.same(reached, trigger);
  }

  /** The first of {@code triggers} met climbing the dependency tree from token {@code t}, or null. */
  static int[] governingTrigger(SentenceView s, int t, List<int[]> triggers) {
    SemanticGraph g = s.graph();
    IndexedWord w = s.node(t);
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
}
