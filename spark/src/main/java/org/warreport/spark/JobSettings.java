package org.warreport.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import org.warreport.EventExtractor;
import org.warreport.corpus.batch.DocumentLines;
import org.warreport.corpus.cli.RulesOption;

/**
 * What an executor needs to build its extractor, sent with the job: the rules (a directory every executor can read,
 * or null for the bundled set), a GeoNames export (or null), whether rules from a directory are checked against their
 * examples, and the settings that change results or bound a document, as {@code annotate} takes them.
 */
public record JobSettings(String rulesDir, String geonames, boolean checkExamples, boolean everySentence,
                          boolean sutime, long maxDocumentMillis) implements Serializable {
  public JobSettings {
    if (maxDocumentMillis <= 0) {
      throw new IllegalArgumentException("the time bound per document must be positive, was " + maxDocumentMillis + " ms");
    }
  }

  /** The bundled rules, {@code annotate}'s defaults: sentence screening, no SUTime, 120 s per document. */
  public static JobSettings defaults() {
    return new JobSettings(null, null, true, false, false, Duration.ofSeconds(120).toMillis());
  }

  /** The same settings with another time bound per document. */
  public JobSettings withMaxDocumentTime(Duration limit) {
    return new JobSettings(rulesDir, geonames, checkExamples, everySentence, sutime, limit.toMillis());
  }

  /** Builds what turns a document into its line, as {@code annotate} does: loads the rules and CoreNLP (seconds). */
  DocumentLines build() {
    RulesOption rules = RulesOption.of(rulesDir == null ? null : Path.of(rulesDir),
        geonames == null ? null : Path.of(geonames), checkExamples);
    EventExtractor extractor = rules.extractor(b -> b.screenSentences(!everySentence).useSUTime(sutime));
    return new DocumentLines(extractor, null, Duration.ofMillis(maxDocumentMillis));
  }
}
