package org.warreport.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every bundled rule fires on each of its examples and stays silent on each of its counter-examples. */
class RuleExamplesTest {
  @Test
  void everyRuleKeepsItsExamples() {
    List<String> failures = SharedExtractor.EXTRACTOR.exampleFailures();
    assertTrue(failures.isEmpty(), failures.size() + " rule example failures:\n" + String.join("\n", failures));
  }
}
