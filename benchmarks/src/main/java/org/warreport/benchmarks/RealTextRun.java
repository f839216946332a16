package org.warreport.benchmarks;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.warreport.Document;
import org.warreport.EventExtractor;
import org.warreport.ParsedSentence;
import org.warreport.internal.nlp.NlpPipeline;
import org.warreport.rules.BundledRules;

/**
 * Plain CoreNLP against our extraction on real text: the FA-KES and WAD development texts, read at run time from
 * {@code ../shared/corpus/dev} (never copied). Each round times one pass of each side over a set, alternating the two
 * in one JVM so that the machine's noise falls on both, with 1 and then 2 workers; the table gives the median of the
 * rounds in documents/s and tokens/s, the peak heap, the share of sentences NER'd and parsed, and the rules alone over
 * annotations read back from gzipped protobuf (as {@code --cache} stores them).
 * Usage: {@code RealTextRun [rounds=3] [sets=fakes,wad] [documents per set=all]}; prints a Markdown table.
 */
public final class RealTextRun {
  /** Where the development sets are read; set -Dwarreport.dev=... for another folder of {@code <set>.jsonl}. */
  static final Path DEV = Path.of(System.getProperty("warreport.dev", "../shared/corpus/dev"));

  private RealTextRun() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    List<String> sets = Arrays.asList((args.length > 1 ? args[1] : "fakes,wad").split(","));
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;

    StanfordCoreNLP plain = new StanfordCoreNLP(NlpPipeline.defaultProperties(250, true));
    EventExtractor extractor = EventExtractor.builder().rules(BundledRules.load()).build();
    System.out.println("extraction: " + extractor.pipelineSignature().replaceAll(" screened by .*", " (screened)"));
    System.out.printf("rounds: %d, median reported; heap -Xmx%d MB%n%n", rounds, Runtime.getRuntime().maxMemory() >> 20);
    System.out.println("| set | documents | tokens | workers | plain docs/s | extraction docs/s | speed-up | plain tokens/s "
        + "| extraction tokens/s | peak heap plain / extraction (MB) |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    List<String> after = new ArrayList<>();
    for (String set : sets) {
      List<Document> docs = BenchmarkCorpus.read(DEV.resolve(set + ".jsonl"), limit);
      if (docs.isEmpty()) {
        throw new IllegalStateException("no documents in " + DEV.resolve(set + ".jsonl"));
      }
      long tokens = 0;
      for (Document d : docs.subList(0, Math.min(10, docs.size()))) {   // warm-up: JIT and lazy CoreNLP state
        plainAnnotate(plain, d);
        extractor.extract(d);
      }
      Shares shares = new Shares();
      for (Document d : docs) {
        tokens += plainAnnotate(plain, d).get(CoreAnnotations.TokensAnnotation.class).size();
        shares.add(extractor.parsed(extractor.annotate(d)));
      }
      double oneWorkerExtraction = 0;
      for (int workers : new int[] {1, 2}) {
        double[] plainRate = new double[rounds];
        double[] extractionRate = new double[rounds];
        long[] plainHeap = new long[1];
        long[] extractionHeap = new long[1];
        for (int r = 0; r < rounds; r++) {
          plainRate[r] = docs.size() / seconds(docs, workers, d -> plainAnnotate(plain, d), plainHeap);
          extractionRate[r] = docs.size() / seconds(docs, workers, extractor::extract, extractionHeap);
        }
        double p = median(plainRate);
        double e = median(extractionRate);
        if (workers == 1) {
          oneWorkerExtraction = e;
        } else {
          after.add(String.format("%s: 2 workers / 1 worker, extraction: %.2fx", set, e / oneWorkerExtraction));
        }
        System.out.printf("| %s | %d | %d | %d | %.2f | %.2f | %.2fx | %.0f | %.0f | %d / %d |%n", set, docs.size(), tokens,
            workers, p, e, e / p, p * tokens / docs.size(), e * tokens / docs.size(), plainHeap[0] >> 20,
            extractionHeap[0] >> 20);
      }
      after.add(set + ": " + shares);
      after.add(set + ": " + rulesOverCache(extractor, docs, rounds, oneWorkerExtraction));
    }
    System.out.println();
    after.forEach(System.out::println);
  }

  private static Annotation plainAnnotate(StanfordCoreNLP plain, Document d) {
    Annotation a = new Annotation(d.text());
    if (d.date() != null) {
      a.set(CoreAnnotations.DocDateAnnotation.class, d.date().toString());
    }
    plain.annotate(a);
    return a;
  }

  /** The seconds one pass over {@code docs} takes with {@code workers} threads; the pass's peak heap raises heap[0]. */
  private static double seconds(List<Document> docs, int workers, Consumer<Document> work, long[] heap) throws Exception {
    System.gc();
    Heap.resetPeaks();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Document d : docs) {
        done.add(pool.submit(() -> work.accept(d)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double s = (System.nanoTime() - start) / 1e9;
    heap[0] = Math.max(heap[0], Heap.peak());
    return s;
  }

  /** The rules over annotations read back from gzipped protobuf, one worker, against extraction from scratch. */
  private static String rulesOverCache(EventExtractor extractor, List<Document> docs, int rounds, double fromScratch)
      throws Exception {
    List<byte[]> stored = new ArrayList<>();
    for (Document d : docs) {
      stored.add(ExtractionBenchmark.gzip(extractor.annotate(d).toBytes()));
    }
    double[] rate = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      for (int i = 0; i < docs.size(); i++) {
        extractor.extract(extractor.annotationsFromBytes(docs.get(i), ExtractionBenchmark.gunzip(stored.get(i))));
      }
      rate[r] = docs.size() / ((System.nanoTime() - start) / 1e9);
    }
    double cached = median(rate);
    return String.format("rules over the cache %.1f docs/s, %.0fx extraction from scratch (1 worker)", cached,
        cached / fromScratch);
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** How many sentences the extraction tagged, NER'd and parsed. */
  private static final class Shares {
    private long sentences;
    private long tagged;
    private long nerd;
    private long parsed;

    void add(List<ParsedSentence> document) {
      for (ParsedSentence s : document) {
        sentences++;
        tagged += s.tokens().get(0).pos() != null ? 1 : 0;
        nerd += s.tokens().get(0).ner() != null ? 1 : 0;
        parsed += s.dependencies().isEmpty() ? 0 : 1;
      }
    }

    @Override
    public String toString() {
      return String.format("%d sentences: %.0f%% tagged, %.0f%% NER'd, %.0f%% parsed", sentences,
          100.0 * tagged / sentences, 100.0 * nerd / sentences, 100.0 * parsed / sentences);
    }
  }
}
