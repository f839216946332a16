package org.warreport.corpus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.warreport.AnnotatedDocument;
import org.warreport.EventExtractor;
import org.warreport.RuleSet;
import org.warreport.corpus.batch.InputReader;
import org.warreport.corpus.batch.OutputFile;
import org.warreport.corpus.cache.AnnotationCache;
import org.warreport.corpus.compare.OutputComparison;
import org.warreport.corpus.eval.GoldEvaluator;
import org.warreport.json.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warreport compare}: two outputs, or two rule directories over the same documents, side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compare two outputs (A.jsonl B.jsonl), or two rule directories run over the documents of --input "
        + "(each document parsed once, with every sentence parsed, so both rule sets read the same parses).",
        "Prints the extractions only one side has ('-' A, '+' B) and, with --gold and --texts, each figure's change."})
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "an output JSONL, or a rule directory")
  Path a;

  @Parameters(index = "1", paramLabel = "B", description = "an output JSONL, or a rule directory")
  Path b;

  @Option(names = "--input", paramLabel = "INPUT", description = "documents to run two rule directories over")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--cache", paramLabel = "DIR", description = "annotation cache (see annotate --cache)")
  Path cacheDir;

  @Option(names = "--gold", paramLabel = "DIR", description = "gold directory: also compare the scorer's figures")
  Path gold;

  @Option(names = "--texts", paramLabel = "DIR", description = "the gold's text directory (with --gold)")
  Path texts;

  @Override
  public Integer call() throws Exception {
    List<JsonNode> docsA = new ArrayList<>();
    List<JsonNode> docsB = new ArrayList<>();
    if (Files.isDirectory(a) && Files.isDirectory(b)) {
      if (inputs.isEmpty()) {
        throw new IOException("comparing rule directories needs documents: --input FILE_OR_DIR");
      }
      runBoth(docsA, docsB);
    } else if (Files.isRegularFile(a) && Files.isRegularFile(b)) {
      docsA = read(a);
      docsB = read(b);
    } else {
      throw new IOException("A and B must be two output files or two rule directories: " + a + ", " + b);
    }
    System.out.print(OutputComparison.of(docsA, docsB).render(a.toString(), b.toString()));
    if (gold != null) {
      if (texts == null) {
        throw new IOException("--gold needs --texts, the directory of the gold's texts");
      }
      System.out.println();
      System.out.print(OutputComparison.renderFigures(GoldEvaluator.evaluate(docsA, gold, texts),
          GoldEvaluator.evaluate(docsB, gold, texts)));
    }
    return 0;
  }

  private void runBoth(List<JsonNode> docsA, List<JsonNode> docsB) throws IOException {
    EventExtractor withA = EventExtractor.builder().rules(RuleSet.load(a)).screenSentences(false).build();
    EventExtractor withB = EventExtractor.builder().rules(RuleSet.load(b)).screenSentences(false).build();
    AnnotationCache cache = cacheDir == null ? null : new AnnotationCache(cacheDir);
    for (String input : inputs) {
      InputReader.read(input, item -> {
        if (item.document() == null) {
          System.err.println("compare: skipped " + item.id() + ": " + item.error());
          return;
        }
        AnnotatedDocument parsed = cache == null ? withA.annotate(item.document()) : cache.annotate(withA, item.document());
        docsA.add(EventJson.toTree(withA.extract(parsed)));
        docsB.add(EventJson.toTree(withB.extract(parsed)));
      });
    }
  }

  private static List<JsonNode> read(Path output) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    OutputFile.forEachDocument(output, docs::add);
    return docs;
  }
}
