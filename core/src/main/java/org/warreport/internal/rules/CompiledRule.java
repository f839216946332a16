package org.warreport.internal.rules;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import org.warreport.Rule;

/**
 * A rule with its pattern compiled once: exactly one of {@code tokens} and {@code semgrex} is set; {@code required}
 * is what a sentence must hold for the token pattern to match (checked first, it is far cheaper). Shareable.
 */
public record CompiledRule(Rule rule, TokenSequencePattern tokens, SemgrexPattern semgrex,
                           RequiredTokens.Condition required, Env env) {
  public String id() {
    return rule.id();
  }
}
