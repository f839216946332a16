package org.warreport.internal.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.warreport.RuleKind;
import org.warreport.internal.rules.CompiledRule;

/** A rule set's compiled rules by kind, each kind's in file order; shared read-only by the slot fillers. */
final class RulesByKind {
  private final Map<RuleKind, List<CompiledRule>> byKind = new EnumMap<>(RuleKind.class);

  RulesByKind(List<CompiledRule> rules) {
    for (RuleKind k : RuleKind.values()) {
      byKind.put(k, new ArrayList<>());
    }
    for (CompiledRule r : rules) {
      byKind.get(r.rule().kind()).add(r);
    }
  }

  List<CompiledRule> of(RuleKind kind) {
    return byKind.get(kind);
  }

  /** The match of a kind's rules nearest to the trigger (tokens {@code trigger}) that {@code allowed} lets by. */
  RuleMatch nearest(SentenceView s, int[] trigger, RuleKind kind, Predicate<RuleMatch> allowed) {
    RuleMatch best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (CompiledRule r : byKind.get(kind)) {
      for (RuleMatch m : s.matches(r)) {
        if (!allowed.test(m)) {
          continue;
        }
        int distance = m.start() >= trigger[1] ? m.start() - trigger[1] : Math.max(0, trigger[0] - m.end());
        if (distance < bestDistance) {
          best = m;
          bestDistance = distance;
        }
      }
    }
    return best;
  }
}
