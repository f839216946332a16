package org.warreport.corpus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.warreport.corpus.eval.EvaluationReport;
import org.warreport.corpus.eval.GoldEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warreport evaluate}: the reference scorer's figures, plus per-rule counts on request. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score an annotate output against a gold directory (prints what ../shared/tools/score.py prints).")
final class EvaluateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "OUTPUT.jsonl")
  Path system;

  @Parameters(index = "1", paramLabel = "GOLD_DIR")
  Path gold;

  @Parameters(index = "2", paramLabel = "TEXT_DIR")
  Path texts;

  @Option(names = "--json", description = "print the figures as one JSON line")
  boolean json;

  @Option(names = "--per-rule", description = "also print right and wrong extractions per rule")
  boolean perRule;

  @Option(names = "--findings", description = "also print each missed gold fact and each extra extraction, with its sentence")
  boolean findings;

  @Override
  public Integer call() throws Exception {
    EvaluationReport r = GoldEvaluator.evaluate(system, gold, texts);
    System.out.print(json ? r.renderJsonLikeScorer() : r.renderLikeScorer());
    if (perRule) {
      System.out.print(r.renderPerRule());
    }
    if (findings) {
      System.out.print(r.renderFindings());
    }
    return 0;
  }
}
