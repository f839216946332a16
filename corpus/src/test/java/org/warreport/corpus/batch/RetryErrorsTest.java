package org.warreport.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --retry-errors}: a document whose line says it ran past its time or out of memory is done once more and its
 * line replaced; other error lines (an unreadable input) stay, as they would fail the same way.
 */
class RetryErrorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static Map<String, String> byId(Path out) throws IOException {
    Map<String, String> lines = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      String id = JSON.readTree(line).get("doc_id").asText();
      assertEquals(null, lines.put(id, line), "written twice: " + id);
    }
    return lines;
  }

  @Test
  void timeoutsAndMemoryErrorsAreRetriedOnceAndReplaced() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.write(in, List.of(
        JSON.writeValueAsString(Map.of("id", "a", "text", "Shelling killed four civilians in the village on Monday.")),
        JSON.writeValueAsString(Map.of("id", "b", "text", "Two soldiers died when a roadside bomb hit their patrol.")),
        JSON.writeValueAsString(Map.of("id", "c", "text", "")),
        JSON.writeValueAsString(Map.of("id", "d", "text", "A car bomb wounded nine people in the town."))),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    BatchAnnotator.builder(BadInputTest.EXTRACTOR).build().run(List.of(in.toString()), out);
    Map<String, String> first = byId(out);

    // as a run would have left them had a and b run past their time and out of memory
    String timeout = "{\"doc_id\":\"a\",\"error\":\"took longer than the limit of 120 s: stopped\"}";
    String memory = "{\"doc_id\":\"b\",\"error\":\"ran out of memory (57 characters): Java heap space\"}";
    List<String> damaged = new ArrayList<>(List.of(timeout, memory, first.get("c"), first.get("d")));
    Files.write(out, damaged, StandardCharsets.UTF_8);

    assertEquals(new BatchAnnotator.Summary(0, 4, 0), BatchAnnotator.builder(BadInputTest.EXTRACTOR).build()
        .run(List.of(in.toString()), out), "without --retry-errors an error line is final");
    assertEquals(damaged, Files.readAllLines(out, StandardCharsets.UTF_8));

    assertEquals(new BatchAnnotator.Summary(2, 2, 0, 2), BatchAnnotator.builder(BadInputTest.EXTRACTOR).retryErrors(true)
        .build().run(List.of(in.toString()), out));
    Map<String, String> retried = byId(out);
    assertEquals(4, Files.readAllLines(out).size());
    assertEquals(new java.util.TreeMap<>(first), new java.util.TreeMap<>(retried),
        "a and b as a first run writes them; c's error line and d kept");
    assertEquals(first.get("c"), retried.get("c"));
    assertEquals("{\"doc_id\":\"c\",\"error\":\"" + in + ":3: empty document\"}", first.get("c"));
  }

  @Test
  void aRetryNeedsInputsThatCanBeReadTwice() throws Exception {
    Path out = dir.resolve("out.jsonl");
    IOException e = assertThrows(IOException.class, () -> BatchAnnotator.builder(BadInputTest.EXTRACTOR).retryErrors(true)
        .build().run(List.of("-"), out));
    assertEquals("--retry-errors reads its inputs twice (first for the ids to retry): standard input cannot be; "
        + "save it to a file", e.getMessage());
  }
}
