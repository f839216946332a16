package org.warreport.corpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Stack;
import java.util.concurrent.Callable;
import org.warreport.corpus.eval.DocumentGoldEvaluator;
import org.warreport.corpus.eval.DocumentGoldReport;
import org.warreport.corpus.eval.EvaluationReport;
import org.warreport.corpus.eval.GoldEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warreport evaluate}: the reference scorers' figures (fact-level or document-level gold), plus per-rule counts. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Score an annotate output against gold.",
        "OUTPUT.jsonl GOLD_DIR TEXT_DIR: fact-level gold (a directory of .json files and the texts they cite); "
            + "prints what ../shared/tools/score.py prints.",
        "OUTPUT.jsonl SET.jsonl: document-level gold, one {\"id\", \"text\", \"date\", \"gold\"} line per document "
            + "(../shared/corpus/dev/wad.jsonl, fakes.jsonl); prints the JSON line ../shared/tools/totals_score.py "
            + "prints, the kind of set (wad, fakes, wiki) read from the ids' prefix. An error line of the output "
            + "counts as a document without events."})
final class EvaluateCommand implements Callable<Integer> {
  /** --findings given without a number: every finding. */
  private static final int EVERY_FINDING = -1;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUTPUT.jsonl", description = "what annotate wrote")
  Path system;

  @Parameters(index = "1", paramLabel = "GOLD_DIR|SET.jsonl",
      description = "a gold directory, or a JSONL set with document-level gold")
  Path gold;

  @Parameters(index = "2", arity = "0..1", paramLabel = "TEXT_DIR", description = "the gold directory's texts")
  Path texts;

  @Option(names = "--json", description = "print the figures as one JSON line (with SET.jsonl they always are)")
  boolean json;

  @Option(names = "--per-rule", description = {"also print right and wrong extractions per rule;",
      "with SET.jsonl, per rule the documents whose counted events carry it (FA-KES: the lead incident's events) "
          + "with the set's main figure right and wrong (WAD deaths, FA-KES lead_killed, wiki deaths)"})
  boolean perRule;

  @Option(names = "--findings", arity = "0..1", paramLabel = "N", parameterConsumer = OptionalCount.class,
      description = {"also print each missed gold fact and each extra extraction, with its sentence;",
          "with SET.jsonl, up to N misses of each figure (every miss without N) with the document's text (its first "
              + "600 characters): the first N by document id, where totals_score.py draws them at random"})
  Integer findings;

  /** Takes the next argument as N only when it is a number, so "--findings OUTPUT.jsonl ..." still reads as before. */
  static final class OptionalCount implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec option, CommandSpec command) {
      boolean number = !args.isEmpty() && args.peek().matches("\\d{1,9}");
      option.setValue(number ? Integer.parseInt(args.pop()) : EVERY_FINDING);
    }
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(system)) {
      throw new IOException("no such output file: " + system);
    }
    if (Files.isDirectory(gold)) {
      return againstGoldDirectory();
    }
    if (Files.isRegularFile(gold)) {
      return againstDocumentSet();
    }
    throw new IOException("no such gold directory or set file: " + gold);
  }

  private int againstGoldDirectory() throws IOException {
    if (texts == null) {
      throw new ParameterException(spec.commandLine(),
          "a gold directory needs the directory of its texts: evaluate OUTPUT.jsonl GOLD_DIR TEXT_DIR");
    }
    if (findings != null && findings != EVERY_FINDING) {
      throw new ParameterException(spec.commandLine(),
          "--findings N is for a set with document-level gold; with a gold directory --findings lists every finding");
    }
    EvaluationReport r = GoldEvaluator.evaluate(system, gold, texts);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? r.renderJsonLikeScorer() : r.renderLikeScorer());
    if (perRule) {
      out.print(r.renderPerRule());
    }
    if (findings != null) {
      out.print(r.renderFindings());
    }
    out.flush();
    return 0;
  }

  private int againstDocumentSet() throws IOException {
    if (texts != null) {
      throw new ParameterException(spec.commandLine(),
          gold + " is a set file with document-level gold, which carries its texts: no TEXT_DIR");
    }
    DocumentGoldReport r = DocumentGoldEvaluator.evaluate(system, gold);
    PrintWriter out = spec.commandLine().getOut();
    out.print(r.renderLikeScorer());
    if (perRule) {
      out.print(r.renderPerRule());
    }
    if (findings != null) {
      out.print(r.renderFindings(findings == EVERY_FINDING ? Integer.MAX_VALUE : findings));
    }
    out.flush();
    return 0;
  }
}
