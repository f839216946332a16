package org.warreport.rules;

import org.warreport.EventExtractor;

/** One real extractor (bundled rules, real CoreNLP models) per test JVM: the models take seconds to load. */
final class SharedExtractor {
  static final EventExtractor EXTRACTOR = EventExtractor.builder().rules(BundledRules.load()).build();

  private SharedExtractor() {}
}
