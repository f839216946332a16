package org.warreport.rules;

import org.warreport.RuleSet;

/** The rule set bundled with the library (Syria-focused lexicons, general English constructions). */
public final class BundledRules {
  /** The classpath folder holding {@code index.txt}, the rule files and the lexicons. */
  public static final String FOLDER = "org/warreport/rules";

  private BundledRules() {}

  /** Loads and validates the bundled rules; cheap next to the CoreNLP models (milliseconds). */
  public static RuleSet load() {
    return RuleSet.fromClasspath(FOLDER, BundledRules.class.getClassLoader());
  }
}
