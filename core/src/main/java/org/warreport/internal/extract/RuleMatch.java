package org.warreport.internal.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warreport.internal.rules.CompiledRule;

/** One match of one rule in one sentence: the matched tokens [start, end) and each named group's tokens. */
record RuleMatch(CompiledRule rule, int start, int end, Map<String, int[]> groups) {
  /** Tokens [start, end) of a named group, or null when the group did not take part. */
  int[] group(String name) {
    return groups.get(name);
  }

  String ruleId() {
    return rule.id();
  }

  /** Every match of {@code rule} in the sentence, left to right. */
  static List<RuleMatch> all(CompiledRule rule, SentenceView s) {
    List<RuleMatch> out = new ArrayList<>();
    if (rule.tokens() != null) {
      if (!rule.required().holds(s.texts())) {
        return out;
      }
      TokenSequenceMatcher m = rule.tokens().getMatcher(s.tokens);
      while (m.find()) {
        Map<String, int[]> groups = new LinkedHashMap<>();
        for (String name : List.of("trigger", "count", "victim", "attacker", "source", "cue", "place", "date")) {
          int b = m.start("$" + name);
          int e = m.end("$" + name);
          if (b >= 0 && e > b) {
            groups.put(name, new int[] {b, e});
          }
        }
        out.add(new RuleMatch(rule, m.start(), m.end(), groups));
      }
    } else {
      SemanticGraph g = s.graph();
      if (g == null) {
        return out;
      }
      SemgrexMatcher m = rule.semgrex().matcher(g);
      while (m.find()) {
        Map<String, int[]> groups = new LinkedHashMap<>();
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (String name : m.getNodeNames()) {
          IndexedWord w = m.getNode(name);
          if (w != null) {
            groups.put(name, new int[] {w.index() - 1, w.index()});
            lo = Math.min(lo, w.index() - 1);
            hi = Math.max(hi, w.index());
          }
        }
        out.add(new RuleMatch(rule, lo, hi, groups));
      }
    }
    return out;
  }
}
