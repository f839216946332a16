package org.warreport.internal.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warreport.ExtractionInterruptedException;
import org.warreport.internal.rules.CompiledRule;
import org.warreport.internal.rules.RequiredTokens;

/** One match of one rule in one sentence: the matched tokens [start, end) and each named group's tokens. */
record RuleMatch(CompiledRule rule, int start, int end, Map<String, int[]> groups) {
  /** Tokens [start, end) of a named group, or null when the group did not take part. */
  int[] group(String name) {
    return groups.get(name);
  }

  String ruleId() {
    return rule.id();
  }

  /**
   * Every match of {@code rule} in the sentence, left to right. An interrupted thread gets no further: it is checked
   * before each rule and sentence, at every token a TokensRegex match reads, between Semgrex matches, and at every
   * character the required-token check's regexes read (for a Semgrex rule, its regexes that may backtrack for long),
   * so that one pattern that backtracks for minutes cannot hold a document past its time bound.
   * Throws {@link ExtractionInterruptedException}.
   */
  static List<RuleMatch> all(CompiledRule rule, SentenceView s) {
    if (Thread.currentThread().isInterrupted()) {
      throw new ExtractionInterruptedException(rule.rule(), false);
    }
    try {
      return find(rule, s);
    } catch (RequiredTokens.Interrupted | RuntimeInterruptedException e) {
      Thread.currentThread().interrupt();   // CoreNLP's matcher clears the flag when it sees it
      throw new ExtractionInterruptedException(rule.rule(), true);
    }
  }

  private static List<RuleMatch> find(CompiledRule rule, SentenceView s) {
    List<RuleMatch> out = new ArrayList<>();
    if (rule.tokens() != null) {
      if (!rule.required().holds(s.texts())) {
        return out;
      }
      TokenSequenceMatcher m = rule.tokens().getMatcher(new InterruptibleTokens(s.tokens, rule));
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
      rule.required().holds(s.texts());   // a regex that runs long is met here first, where it can be stopped
      SemgrexMatcher m = rule.semgrex().matcher(g);
      while (m.find()) {
        if (Thread.currentThread().isInterrupted()) {
          throw new ExtractionInterruptedException(rule.rule(), true);
        }
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

  /**
   * A sentence's tokens as the TokensRegex matcher reads them, one by one: reading one on an interrupted thread
   * stops the match (CoreNLP's matcher never checks for interrupts itself). The check is a flag read per token.
   */
  private static final class InterruptibleTokens extends java.util.AbstractList<CoreLabel> implements java.util.RandomAccess {
    private final List<CoreLabel> tokens;
    private final CompiledRule rule;

    InterruptibleTokens(List<CoreLabel> tokens, CompiledRule rule) {
      this.tokens = tokens;
      this.rule = rule;
    }

    @Override
    public CoreLabel get(int index) {
      if (Thread.currentThread().isInterrupted()) {
        throw new ExtractionInterruptedException(rule.rule(), true);
      }
      return tokens.get(index);
    }

    @Override
    public int size() {
      return tokens.size();
    }
  }
}
