package org.warreport.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warreport.corpus.cli.Main;

/** A batch run killed with SIGKILL part way, then run again: every document ends up written exactly once. */
class KillResumeTest {
  private static final int DOCUMENTS = 16;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void killedRunResumedWritesEveryDocumentExactlyOnce() throws Exception {
    Path in = dir.resolve("in.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      String text = "Shelling killed " + (i + 2) + " civilians in the village on Monday, a war monitor said. "
          + "Rescue workers said " + (i + 1) + " more people were wounded and the market was destroyed.";
      lines.add(JSON.writeValueAsString(Map.of("id", "doc-" + i, "text", text)));
    }
    Files.write(in, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");

    annotateInChildAndKill(in, out, () -> lineCount(out) >= 3);   // SIGKILL: no shutdown hook, no flush
    int before = lineCount(out);
    assertTrue(before >= 3 && before < DOCUMENTS, "killed part way, with " + before + " lines");

    BatchAnnotator.Summary s = BatchAnnotator.builder(BadInputTest.EXTRACTOR).threads(2).build()
        .run(List.of(in.toString()), out);

    Map<String, Integer> times = timesWritten(out);
    assertEquals(DOCUMENTS, times.size(), times.toString());
    assertTrue(times.values().stream().allMatch(n -> n == 1), times.toString());
    assertEquals(0, s.errors());
    assertEquals(DOCUMENTS, s.written() + s.skipped());
    assertEquals(before, s.skipped(), "every whole line kept, a line cut by the kill redone");
  }

  @Test
  void killedRetryRunResumedWritesEveryDocumentExactlyOnce() throws Exception {
    Path in = dir.resolve("in.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      String text = "Shelling killed " + (i + 2) + " civilians in the village on Monday, a war monitor said.";
      lines.add(JSON.writeValueAsString(Map.of("id", "doc-" + i, "text", text)));
    }
    Files.write(in, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    // every document past a limit no document can keep: an output of error lines only
    BatchAnnotator.builder(BadInputTest.EXTRACTOR).threads(2).maxDocumentTime(java.time.Duration.ofMillis(1)).build()
        .run(List.of(in.toString()), out);
    assertEquals(DOCUMENTS, errorLines(out));

    // SIGKILL, part way through the retries
    annotateInChildAndKill(in, out, () -> lineCount(out) - errorLines(out) >= 3, "--retry-errors");
    int redone = lineCount(out) - errorLines(out);
    assertTrue(redone >= 3 && redone < DOCUMENTS, "killed part way, with " + redone + " documents redone");

    // a plain resume: the error lines the retry run took out are documents not yet done
    BatchAnnotator.Summary s = BatchAnnotator.builder(BadInputTest.EXTRACTOR).threads(2).build()
        .run(List.of(in.toString()), out);
    Map<String, Integer> times = timesWritten(out);
    assertEquals(DOCUMENTS, times.size(), times.toString());
    assertTrue(times.values().stream().allMatch(n -> n == 1), times.toString());
    assertEquals(0, errorLines(out));
    assertEquals(new BatchAnnotator.Summary(DOCUMENTS - redone, redone, 0), s);
  }

  /** A condition on the output that may read it. */
  private interface OutputCheck {
    boolean holds() throws java.io.IOException;
  }

  /**
   * Annotates {@code in} into {@code out} in a child JVM with one thread (and {@code extra} options), and kills it with
   * SIGKILL as soon as {@code killWhen} holds; fails if the child ended first.
   */
  private void annotateInChildAndKill(Path in, Path out, OutputCheck killWhen, String... extra) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "annotate", in.toString(), "-o", out.toString(), "--threads", "1"));
    command.addAll(List.of(extra));
    Process child = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (!killWhen.holds() && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(child.isAlive(), "the child ended before it could be killed: " + Files.readString(dir.resolve("child.log")));
    child.destroyForcibly().waitFor();
  }

  /** How many lines of {@code out} each document id has. */
  private static Map<String, Integer> timesWritten(Path out) throws java.io.IOException {
    Map<String, Integer> times = new TreeMap<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      times.merge(JSON.readTree(line).get("doc_id").asText(), 1, Integer::sum);
    }
    return times;
  }

  /** The complete lines of {@code out} (a child may be writing the last) that are error lines. */
  private static int errorLines(Path out) throws java.io.IOException {
    String text = Files.readString(out, StandardCharsets.UTF_8);
    int n = 0;
    for (String line : text.substring(0, text.lastIndexOf('\n') + 1).split("\n")) {
      if (!line.isBlank() && JSON.readTree(line).has("error")) {
        n++;
      }
    }
    return n;
  }

  private static int lineCount(Path out) throws java.io.IOException {
    if (!Files.exists(out)) {
      return 0;
    }
    byte[] bytes = Files.readAllBytes(out);
    int n = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
  }
}
