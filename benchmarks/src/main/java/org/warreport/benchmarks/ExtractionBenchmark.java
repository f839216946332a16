package org.warreport.benchmarks;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.warreport.AnnotatedDocument;
import org.warreport.Document;
import org.warreport.EventExtractor;
import org.warreport.internal.nlp.NlpPipeline;
import org.warreport.rules.BundledRules;

/**
 * What a user pays, against the anchor: plain CoreNLP with the same annotators and settings on the same texts (a),
 * our full extraction (b; with sentence screening, the default, and without it), and the rules alone over
 * annotations read back from the cache's gzipped protobuf (c). One operation is one pass over the corpus:
 * {@code mixed}, the five seed stories (when ../shared is beside the project) and 20 synthetic stories, or
 * {@code seeds}, the seed stories alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dorg.slf4j.simpleLogger.log.edu.stanford.nlp=warn"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 4, time = 10)
public class ExtractionBenchmark {
  /** "seeds"; "mixed": the seeds and 20 generated stories; "fakes": 120 whole FA-KES development articles (real text). */
  @Param({"mixed", "seeds", "fakes"})
  public String corpus;

  private List<Document> documents;
  private StanfordCoreNLP plain;
  private EventExtractor screened;
  private EventExtractor unscreened;
  private List<AnnotatedDocument> annotated;
  private List<byte[]> cached;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    documents = switch (corpus) {
      case "seeds" -> BenchmarkCorpus.seeds();
      case "fakes" -> BenchmarkCorpus.realArticles(120);
      default -> BenchmarkCorpus.documents(20);
    };
    if (documents.isEmpty()) {
      throw new IllegalStateException("no documents for corpus " + corpus + ": the seeds are read from "
          + BenchmarkCorpus.SEEDS + ", the real articles from " + BenchmarkCorpus.REAL_ARTICLES);
    }
    plain = new StanfordCoreNLP(NlpPipeline.defaultProperties(250, true));
    screened = EventExtractor.builder().rules(BundledRules.load()).build();
    unscreened = EventExtractor.builder().rules(BundledRules.load()).screenSentences(false).useSUTime(true).build();
    annotated = new ArrayList<>();
    cached = new ArrayList<>();
    for (Document d : documents) {
      AnnotatedDocument a = screened.annotate(d);
      annotated.add(a);
      cached.add(gzip(a.toBytes()));
    }
  }

  /** (a) The anchor: CoreNLP alone, every annotator on every sentence, as a user would run it. */
  @Benchmark
  public void plainCoreNlp(Blackhole bh) {
    for (Document d : documents) {
      Annotation a = new Annotation(d.text());
      if (d.date() != null) {
        a.set(edu.stanford.nlp.ling.CoreAnnotations.DocDateAnnotation.class, d.date().toString());
      }
      plain.annotate(a);
      bh.consume(a);
    }
  }

  /** (b) Our extraction as shipped: each sentence gets the annotators its words earn (cues.tsv), SUTime off. */
  @Benchmark
  public void fullExtraction(Blackhole bh) {
    for (Document d : documents) {
      bh.consume(screened.extract(d));
    }
  }

  /** (b') Our extraction with every sentence annotated and SUTime on, as plain CoreNLP does: the rules' own cost. */
  @Benchmark
  public void fullExtractionEverySentence(Blackhole bh) {
    for (Document d : documents) {
      bh.consume(unscreened.extract(d));
    }
  }

  /** (c) The rules alone over cached annotations, reading the gzipped protobuf back included. */
  @Benchmark
  public void rulesOverCache(Blackhole bh) {
    for (int i = 0; i < documents.size(); i++) {
      bh.consume(screened.extract(AnnotatedDocument.fromBytes(documents.get(i), gunzip(cached.get(i)))));
    }
  }

  /** (c') The rules alone over annotations held in memory. */
  @Benchmark
  public void rulesInMemory(Blackhole bh) {
    for (AnnotatedDocument a : annotated) {
      bh.consume(screened.extract(a));
    }
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    }
    return out.toByteArray();
  }

  static byte[] gunzip(byte[] bytes) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
