package org.warreport.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warreport.EventExtractor;
import org.warreport.corpus.batch.BatchAnnotator;
import org.warreport.corpus.eval.EvaluationReport;
import org.warreport.corpus.eval.GoldEvaluator;
import org.warreport.rules.BundledRules;

/**
 * The seed stories (read from ../shared, never copied) through the batch annotator and the gold evaluator. Figures
 * are pinned a little below what they are, so that a drop fails.
 */
class SeedAccuracyTest {
  private static final Path CORPUS = Path.of("../../shared/corpus");

  @Test
  void seedsScoreAtTheirPinnedFigures(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is beside the project in CI and on developer machines");
    EventExtractor extractor = EventExtractor.builder().rules(BundledRules.load()).build();
    Path out = tmp.resolve("seeds.jsonl");
    BatchAnnotator.Summary s = BatchAnnotator.builder(extractor).threads(2).build().run(List.of(CORPUS.resolve("seeds.jsonl").toString()), out);
    assertEquals(5, s.written());
    assertEquals(0, s.errors());
    EvaluationReport r = GoldEvaluator.evaluate(out, CORPUS.resolve("gold"), CORPUS.resolve("seeds"));
    assertTrue(r.f1() >= 0.99, "count F1 " + r.f1() + "\n" + r.renderLikeScorer());   // one count lost of 44 fails
    assertEquals(5, r.totalsRight(), r.renderLikeScorer());
    for (String slot : List.of("victim_side", "attacker", "location", "source", "scope", "qualifier", "date")) {
      assertTrue(r.slotAccuracy().get(slot) >= 0.95, slot + " " + r.slotAccuracy().get(slot) + "\n" + r.renderLikeScorer());
    }
  }

  /**
   * The shortcuts (sentence screening, no SUTime: the defaults) lose nothing on the seeds: the same output, byte for
   * byte, as every sentence annotated with SUTime, as plain CoreNLP does.
   */
  @Test
  void shortcutsChangeNoOutput(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is beside the project in CI and on developer machines");
    Path screened = tmp.resolve("screened.jsonl");
    Path full = tmp.resolve("full.jsonl");
    String seeds = CORPUS.resolve("seeds.jsonl").toString();
    BatchAnnotator.builder(EventExtractor.builder().rules(BundledRules.load()).build()).threads(1).build()
        .run(List.of(seeds), screened);
    BatchAnnotator.builder(EventExtractor.builder().rules(BundledRules.load()).screenSentences(false).useSUTime(true)
        .build()).threads(1).build().run(List.of(seeds), full);
    assertEquals(Files.readAllLines(full), Files.readAllLines(screened));
  }
}
