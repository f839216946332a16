package org.warreport.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.warreport.Document;
import org.warreport.EventExtractor;
import org.warreport.corpus.batch.BatchAnnotator;
import org.warreport.rules.BundledRules;

/**
 * Batch throughput as a user meets it: model load time, then the batch annotator over the seeds and N synthetic
 * stories with 1 and then 2 workers, each run from an empty output: documents/s, tokens/s, peak heap, and the
 * process's peak resident memory. A last run over a third of the corpus shows whether memory grows with length.
 * Usage: {@code ThroughputRun [documents=300] [workDir=target/throughput]}; prints a Markdown table.
 */
public final class ThroughputRun {
  private ThroughputRun() {}

  public static void main(String[] args) throws Exception {
    int synthetic = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/throughput"));

    long t0 = System.nanoTime();
    EventExtractor extractor = EventExtractor.builder().rules(BundledRules.load()).build();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;

    List<Document> docs = BenchmarkCorpus.documents(synthetic);
    Path all = write(work.resolve("corpus.jsonl"), docs);
    Path third = write(work.resolve("corpus-third.jsonl"), docs.subList(0, docs.size() / 3));
    long tokens = tokens(docs);
    long tokensThird = tokens(docs.subList(0, docs.size() / 3));
    for (Document d : docs.subList(0, Math.min(10, docs.size()))) {   // warm-up: JIT and lazy CoreNLP state
      extractor.extract(d);
    }

    System.out.printf("model load: %.1f s; corpus: %d documents (%d seeds), %d tokens%n%n", loadSeconds, docs.size(),
        BenchmarkCorpus.seeds().size(), tokens);
    System.out.println("| workers | documents | seconds | documents/s | tokens/s | peak heap (MB) | heap after GC (MB) | peak RSS so far (MB) |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    Map<Integer, Double> rate = new LinkedHashMap<>();
    for (int workers : new int[] {1, 2}) {
      rate.put(workers, run(extractor, workers, all, docs.size(), tokens, work));
    }
    run(extractor, 2, third, docs.size() / 3, tokensThird, work);
    System.out.printf("%n2 workers / 1 worker: %.2fx%n", rate.get(2) / rate.get(1));
  }

  private static double run(EventExtractor extractor, int workers, Path corpus, int n, long tokens, Path work)
      throws Exception {
    Path out = work.resolve("out-" + workers + "-" + n + ".jsonl");
    Files.deleteIfExists(out);
    System.gc();
    Heap.resetPeaks();
    long start = System.nanoTime();
    BatchAnnotator.Summary s = BatchAnnotator.builder(extractor).threads(workers).build().run(List.of(corpus.toString()), out);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peakHeap = Heap.peak();
    System.gc();
    long afterGc = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    if (s.written() != n || s.errors() != 0) {
      throw new IllegalStateException("run wrote " + s + " of " + n + " documents");
    }
    System.out.printf("| %d | %d | %.1f | %.2f | %.0f | %d | %d | %s |%n", workers, n, seconds, n / seconds,
        tokens / seconds, peakHeap >> 20, afterGc >> 20, peakRssMb());
    return n / seconds;
  }

  private static Path write(Path file, List<Document> docs) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (Document d : docs) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("id", d.id());
      m.put("text", d.text());
      m.put("date", d.date() == null ? "" : d.date().toString());
      lines.add(json.writeValueAsString(m));
    }
    return Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** Tokens as CoreNLP's tokenizer counts them. */
  private static long tokens(List<Document> docs) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize");
    StanfordCoreNLP tokenizer = new StanfordCoreNLP(p);
    long n = 0;
    for (Document d : docs) {
      Annotation a = new Annotation(d.text());
      tokenizer.annotate(a);
      n += a.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return n;
  }

  /** VmHWM of /proc/self/status: the most resident memory the process has had; "n/a" off Linux. */
  private static String peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) >> 10);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux
    }
    return "n/a";
  }
}
