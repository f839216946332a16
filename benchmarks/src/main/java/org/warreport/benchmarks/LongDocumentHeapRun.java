package org.warreport.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warreport.Document;
import org.warreport.EventExtractor;
import org.warreport.corpus.batch.BatchAnnotator;
import org.warreport.rules.BundledRules;

/**
 * What one 300 KB document costs the heap with the bounds on what CoreNLP reads in place (issue 12): a synthetic
 * story of {@link StoryGenerator}'s wire stories run together (tolls, places and sources all through it) goes through
 * the batch annotator with 2 workers, as {@code annotate} runs it; prints the heap in use before (models loaded), the
 * peak heap during the run (the sum of the heap pools' peaks, as {@link ThroughputRun} reports it), the document's
 * time and the warnings its line carries.
 *
 * <p>Run: {@code mvn -q -B -DskipTests package -pl benchmarks -am && java -Xmx3g
 * -Dorg.slf4j.simpleLogger.log.edu.stanford.nlp=warn -cp "benchmarks/target/classes:$(cat
 * benchmarks/target/classpath.txt)" org.warreport.benchmarks.LongDocumentHeapRun [characters, default 300000]
 * [work dir, default benchmarks/target/long-document]}.
 */
public final class LongDocumentHeapRun {
  private LongDocumentHeapRun() {}

  public static void main(String[] args) throws Exception {
    int chars = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "benchmarks/target/long-document"));
    EventExtractor extractor = EventExtractor.builder().rules(BundledRules.load()).build();
    StoryGenerator generator = new StoryGenerator(42);
    for (Document d : generator.stories(5)) {   // warm-up: models, lexicons and the gazetteer loaded
      extractor.extract(d);
    }

    StringBuilder text = new StringBuilder();
    int stories = 0;
    while (text.length() < chars) {
      text.append(generator.story("part-" + stories++).text());
    }
    text.setLength(chars);
    ObjectMapper json = new ObjectMapper();
    Map<String, String> line = new LinkedHashMap<>();
    line.put("id", "long");
    line.put("text", text.toString());
    line.put("date", "2019-06-03");
    Path in = Files.writeString(work.resolve("long.jsonl"), json.writeValueAsString(line) + "\n", StandardCharsets.UTF_8);
    Path out = work.resolve("long-out.jsonl");
    Files.deleteIfExists(out);

    long before = Heap.usedAfterGc();
    Heap.resetPeaks();
    long start = System.nanoTime();
    BatchAnnotator.Summary s = BatchAnnotator.builder(extractor).threads(2).build().run(List.of(in.toString()), out);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = Heap.peak();
    long after = Heap.usedAfterGc();
    JsonNode result = json.readTree(Files.readString(out, StandardCharsets.UTF_8));
    if (s.written() != 1 || result.has("error")) {
      throw new IllegalStateException("the long document was not read: " + s + " " + result);
    }
    System.out.printf("document: %,d characters (%d generated stories run together), max heap %,d MB%n", chars, stories,
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf("| heap before (MB, after GC) | peak heap during the run (MB) | heap after (MB, after GC) | seconds | events |%n");
    System.out.printf("|---:|---:|---:|---:|---:|%n");
    System.out.printf("| %,d | %,d | %,d | %.1f | %d |%n", before >> 20, peak >> 20, after >> 20, seconds,
        result.path("events").size());
    System.out.println("warnings:");
    result.path("warnings").forEach(w -> System.out.println("  " + w.asText()));
  }
}
