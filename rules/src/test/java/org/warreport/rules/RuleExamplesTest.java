package org.warreport.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warreport.Rule;
import org.warreport.RuleHit;

/** Every bundled rule fires on each of its examples and stays silent on each of its counter-examples. */
class RuleExamplesTest {
  @Test
  void everyRuleKeepsItsExamples() {
    List<String> failures = new ArrayList<>();
    for (Rule rule : SharedExtractor.EXTRACTOR.rules().rules()) {
      for (String example : rule.examples()) {
        if (!fires(rule, example)) {
          failures.add(rule.id() + " (" + rule.location() + ") does not fire on: " + example);
        }
      }
      for (String counter : rule.counterExamples()) {
        if (fires(rule, counter)) {
          failures.add(rule.id() + " (" + rule.location() + ") fires on its counter-example: " + counter);
        }
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " rule example failures:\n" + String.join("\n", failures));
  }

  private static boolean fires(Rule rule, String sentence) {
    return SharedExtractor.EXTRACTOR.explain(sentence).stream().map(RuleHit::ruleId).anyMatch(rule.id()::equals);
  }
}
