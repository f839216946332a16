package org.warreport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warreport.corpus.batch.BatchAnnotator;
import org.warreport.corpus.export.CsvExport;

/**
 * The Spark job in local mode against the local batch: the same lines for the same documents (sorted by id, as a
 * job's parts come in any order), the same figures in its Parquet tables as in the CSV export, bad documents as the
 * same error lines, and every document exactly once when a task fails and is retried.
 */
class SparkExtractionTest {
  private static final Path SAMPLE = Path.of("../samples/stories.jsonl");
  private static final Path SEEDS = Path.of("../../shared/corpus/seeds.jsonl");
  private static final JobSettings SETTINGS = JobSettings.defaults();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD_A = "Shelling killed four civilians in the village on Monday, a war monitor said.";
  private static final String GOOD_B = "Two soldiers died when a roadside bomb hit their patrol near the border.";

  /** Task attempts that the failing hook saw, and the failures it caused (the hook runs in this JVM: local mode). */
  private static final Map<Long, AtomicInteger> DOCUMENTS_PER_ATTEMPT = new ConcurrentHashMap<>();
  private static final AtomicInteger FAILURES = new AtomicInteger();

  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void startSpark() {
    // two cores, and each task may fail once (local[N,F]: F attempts in all)
    spark = SparkSession.builder().master("local[2,2]").appName("warreport test")
        .config("spark.ui.enabled", "false").getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void theSampleGivesTheLocalBatchsLinesAndTables() throws Exception {
    assertSameAsLocalBatch(SAMPLE, 3);
  }

  @Test
  void theSeedsGiveTheLocalBatchsLinesAndTables() throws Exception {
    assumeTrue(Files.isRegularFile(SEEDS), "../shared/corpus is beside the project in CI and on developer machines");
    assertSameAsLocalBatch(SEEDS, 5);
  }

  private void assertSameAsLocalBatch(Path input, int documents) throws Exception {
    Path local = local(input);
    Path out = dir.resolve("spark");
    SparkExtraction.Summary s = new SparkExtraction(spark, SETTINGS).run(input.toString(), out.toString());
    assertEquals(new SparkExtraction.Summary(documents, 0, csvRows(local, false).size(), csvRows(local, true).size()), s);
    assertEquals(sortedById(Files.readAllLines(local)), sortedById(sparkLines(out)));
    assertEquals(csvRows(local, false), tableRows(out, SparkExtraction.OUTCOMES));
    assertEquals(csvRows(local, true), tableRows(out, SparkExtraction.INCIDENTS));
    assertEquals(CsvExport.COLUMNS, Arrays.asList(Tables.OUTCOMES.fieldNames()));
    assertEquals(CsvExport.INCIDENT_COLUMNS, Arrays.asList(Tables.INCIDENTS.fieldNames()));
  }

  @Test
  void aParquetInputGivesTheSameLines() throws Exception {
    Path table = dir.resolve("stories.parquet");
    spark.read().json(SAMPLE.toString()).select("id", "text", "date").write().parquet(table.toString());
    Path out = dir.resolve("spark");
    new SparkExtraction(spark, SETTINGS).run(table.toString(), out.toString());
    assertEquals(sortedById(Files.readAllLines(local(SAMPLE))), sortedById(sparkLines(out)));
  }

  @Test
  void badDocumentsAreTheLocalBatchsErrorLines() throws Exception {
    Path input = dir.resolve("bad.jsonl");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(String.join("\n",
        "{\"id\": \"a\", \"text\": \"" + GOOD_A + "\", \"date\": \"2019-06-03\"}",
        "{\"id\": \"a\", \"text\": \"" + GOOD_B + "\"}",
        "",
        "{\"id\": \"empty\", \"text\": \"   \"}",
        "{\"id\": \"baddate\", \"text\": \"" + GOOD_B + "\", \"date\": \"3 June\"}",
        "{\"id\": \"notext\"}",
        "{\"text\": \"" + GOOD_B + "\"} {\"id\": \"second\", \"text\": \"" + GOOD_A + "\"}",
        "{\"id\": \"broken\", \"text\": ",
        "").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', 'x', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"',
        (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});   // not UTF-8
    Files.write(input, bytes.toByteArray());
    Path out = dir.resolve("spark");
    SparkExtraction.Summary s = new SparkExtraction(spark, SETTINGS).run(input.toString(), out.toString());
    List<String> expected = sortedById(Files.readAllLines(local(input)));
    assertEquals(expected, sortedById(sparkLines(out)));
    assertEquals(9, expected.size());
    assertEquals(6, s.errors());
    assertTrue(expected.contains("{\"doc_id\":\"" + input + ":2\",\"error\":\"" + input + ":2: the id 'a' was already used by "
        + input + ":1; this document is not read\"}"), String.join("\n", expected));
    List<String> errorRows = spark.read().parquet(out.resolve(SparkExtraction.ERRORS).toString()).collectAsList()
        .stream().map(r -> r.getString(0) + ": " + r.getString(1)).sorted().toList();
    assertEquals(expected.stream().map(SparkExtractionTest::node).filter(n -> n.has("error"))
        .map(n -> n.get("doc_id").asText() + ": " + n.get("error").asText()).sorted().toList(), errorRows);
  }

  @Test
  void aDocumentPastItsTimeBoundIsAnErrorLineAndTheJobGoesOn() throws Exception {
    Path out = dir.resolve("spark");
    SparkExtraction.Summary s = new SparkExtraction(spark, SETTINGS.withMaxDocumentTime(Duration.ofMillis(1)))
        .run(SAMPLE.toString(), out.toString());
    assertEquals(new SparkExtraction.Summary(3, 3, 0, 0), s);
    for (String line : sparkLines(out)) {
      assertTrue(JSON.readTree(line).get("error").asText().startsWith("took longer than the limit of 1 ms: stopped"), line);
    }
  }

  @Test
  void aTaskFailingOnceLeavesEveryDocumentExactlyOnce() throws Exception {
    Path out = dir.resolve("spark");
    // one partition: its task writes the first document, then fails at the second, and is run again
    SparkExtraction.Summary s = new SparkExtraction(spark, SETTINGS).partitions(1).hook(id -> {
      TaskContext task = TaskContext.get();
      int seen = DOCUMENTS_PER_ATTEMPT.computeIfAbsent(task.taskAttemptId(), k -> new AtomicInteger()).incrementAndGet();
      if (task.attemptNumber() == 0 && seen == 2) {
        FAILURES.incrementAndGet();
        throw new IllegalStateException("a task failing once, on purpose");
      }
    }).run(SAMPLE.toString(), out.toString());
    assertEquals(1, FAILURES.get(), "the task failed once");
    Path local = local(SAMPLE);
    List<String> ids = sparkLines(out).stream().map(l -> node(l).get("doc_id").asText()).sorted().toList();
    assertEquals(List.of("sample-01", "sample-02", "sample-03"), ids);
    assertEquals(sortedById(Files.readAllLines(local)), sortedById(sparkLines(out)));
    assertEquals(csvRows(local, false), tableRows(out, SparkExtraction.OUTCOMES));
    assertEquals(new SparkExtraction.Summary(3, 0, csvRows(local, false).size(), csvRows(local, true).size()), s);
  }

  /** The local batch's output for {@code input}, with the extractor the job's tasks use in this JVM. */
  private Path local(Path input) throws Exception {
    Path out = Files.createTempFile(dir, "local", ".jsonl");
    Files.delete(out);
    BatchAnnotator.builder(ExecutorLines.get(SETTINGS).extractor()).threads(2).build().run(List.of(input.toString()), out);
    return out;
  }

  private static List<String> sparkLines(Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out.resolve(SparkExtraction.DOCUMENTS))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  private static List<String> sortedById(List<String> lines) {
    return lines.stream().sorted(Comparator.comparing((String l) -> node(l).get("doc_id").asText())
        .thenComparing(Comparator.naturalOrder())).toList();
  }

  /** The rows of the CSV export of a local output, header left out, sorted. */
  private List<List<String>> csvRows(Path local, boolean incidents) throws IOException {
    Path csv = Files.createTempFile(dir, "table", ".csv");
    if (incidents) {
      CsvExport.writeIncidents(local, csv);
    } else {
      CsvExport.write(local, csv);
    }
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .readerFor(String[].class).readValues(csv.toFile())) {
      it.next();   // the header
      it.forEachRemaining(r -> rows.add(Arrays.asList(r)));
    }
    return sorted(rows);
  }

  private static List<List<String>> tableRows(Path out, String table) {
    List<List<String>> rows = new ArrayList<>();
    for (Row r : spark.read().parquet(out.resolve(table).toString()).collectAsList()) {
      rows.add(Tables.cells(r));
    }
    return sorted(rows);
  }

  private static List<List<String>> sorted(List<List<String>> rows) {
    return rows.stream().sorted(Comparator.comparing((List<String> r) -> String.join("\u0001", r))).toList();
  }

  private static JsonNode node(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
