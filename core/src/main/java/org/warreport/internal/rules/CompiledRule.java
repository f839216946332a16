package org.warreport.internal.rules;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import org.warreport.Rule;

/** A rule with its pattern compiled once: exactly one of {@code tokens} and {@code semgrex} is set. Shareable. */
public record CompiledRule(Rule rule, TokenSequencePattern tokens, SemgrexPattern semgrex) {
  public String id() {
    return rule.id();
  }
}
