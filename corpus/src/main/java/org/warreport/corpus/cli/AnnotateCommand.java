package org.warreport.corpus.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.warreport.EventExtractor;
import org.warreport.corpus.batch.BatchAnnotator;
import org.warreport.corpus.cache.AnnotationCache;
import org.warreport.corpus.export.CsvExport;
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
      description = "output JSONL; if it exists, documents already in it are skipped (resume), if written under the "
          + "same rules and settings (recorded in FILE.fingerprint)")
  Path out;

  @Option(names = "--restart", description = "annotate the output again from the start, whatever it holds "
      + "(needed to write it under other rules or settings than the ones that began it)")
  boolean restart;

  @Option(names = "--retry-errors", description = "do once more the documents whose line in the output says they ran "
      + "past --max-seconds or out of memory, and replace their line")
  boolean retryErrors;

  @Option(names = "--threads", defaultValue = "2", description = "worker threads sharing one pipeline (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--max-seconds", defaultValue = "120", paramLabel = "S",
      description = "a document taking longer is stopped and written as an error line (default: ${DEFAULT-VALUE})")
  long maxSeconds;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "keep CoreNLP's annotations here and reuse them: later runs, with any rules, skip parsing")
  Path cacheDir;

  @Option(names = "--csv", paramLabel = "FILE",
      description = "also write one CSV row per outcome (ACLED/UCDP style), from the whole output, at the end")
  Path csv;

  @Option(names = "--incidents-csv", paramLabel = "FILE",
      description = "also write one CSV row per incident (date, type, actors, place, best/low/high, sources), at the end")
  Path incidentsCsv;

  @Option(names = "--every-sentence", description = "give every sentence NER and the parse, as plain CoreNLP does "
      + "(by default a sentence gets only what its words earn by cues.tsv)")
  boolean everySentence;

  @Option(names = "--sutime", description = "run CoreNLP's SUTime in NER (off by default: the rules read numbers and "
      + "dates without it)")
  boolean sutime;

  @Mixin
  RulesOption rules = new RulesOption();

  @Override
  public Integer call() throws Exception {
    EventExtractor extractor = rules.extractor(b -> b.screenSentences(!everySentence).useSUTime(sutime));
    AnnotationCache cache = cacheDir == null ? null : new AnnotationCache(cacheDir);
    BatchAnnotator.Summary s = BatchAnnotator.builder(extractor).threads(threads).progress(System.console() != null)
        .maxDocumentTime(Duration.ofSeconds(maxSeconds)).cache(cache).restart(restart).retryErrors(retryErrors).build()
        .run(inputs, out);
    System.err.printf("annotate: %d written%s, %d already done, %d errors -> %s%n", s.written(),
        s.retried() == 0 ? "" : " (" + s.retried() + " of them retried error lines)", s.skipped(), s.errors(), out);
    if (cache != null) {
      System.err.printf("annotate: cache %s: %d read, %d parsed and stored%n", cacheDir, cache.hits(), cache.misses());
    }
    if (csv != null) {
      System.err.printf("annotate: %d outcome rows -> %s%n", CsvExport.write(out, csv), csv);
    }
    if (incidentsCsv != null) {
      System.err.printf("annotate: %d incident rows -> %s%n", CsvExport.writeIncidents(out, incidentsCsv), incidentsCsv);
    }
    return 0;
  }
}
