package org.warreport;

import java.util.Map;

/** One rule firing on a text: the rule id, the matched words, and the words each named group bound. */
public record RuleHit(String ruleId, String text, Map<String, String> groups) {
  public RuleHit {
    groups = Map.copyOf(groups);
  }
}
