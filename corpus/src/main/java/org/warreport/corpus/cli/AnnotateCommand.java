package org.warreport.corpus.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.warreport.EventExtractor;
import org.warreport.corpus.batch.BatchAnnotator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warreport annotate}: documents in, one JSONL line of events per document out. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Extract events from .txt files, directories of them, or JSONL ({\"id\",\"text\",\"date\"}); '-' reads JSONL from stdin.")
final class AnnotateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT")
  List<String> inputs;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
      description = "output JSONL; if it exists, documents already in it are skipped (resume)")
  Path out;

  @Option(names = "--threads", defaultValue = "2", description = "worker threads sharing one pipeline (default: ${DEFAULT-VALUE})")
  int threads;

  @Mixin
  RulesOption rules = new RulesOption();

  @Override
  public Integer call() throws Exception {
    EventExtractor extractor = EventExtractor.builder().rules(rules.load()).build();
    boolean terminal = System.console() != null;
    BatchAnnotator.Summary s = new BatchAnnotator(extractor, threads, terminal).run(inputs, out);
    System.err.printf("annotate: %d written, %d already done, %d errors -> %s%n", s.written(), s.skipped(), s.errors(), out);
    return 0;
  }
}
