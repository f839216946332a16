package org.warreport.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warreport.EventExtractor;
import org.warreport.rules.BundledRules;

/** Every kind of bad input in one batch run: each becomes an error line (or a warning) and the rest is intact. */
class BadInputTest {
  static final EventExtractor EXTRACTOR = EventExtractor.builder().rules(BundledRules.load()).build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD_A = "Shelling killed four civilians in the village on Monday, a war monitor said.";
  private static final String GOOD_B = "Two soldiers died when a roadside bomb hit their patrol near the border.";

  @TempDir
  Path dir;

  private static Map<String, JsonNode> byId(Path out) throws IOException {
    Map<String, JsonNode> lines = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      JsonNode n = JSON.readTree(line);
      assertFalse(lines.containsKey(n.get("doc_id").asText()), "written twice: " + n.get("doc_id"));
      lines.put(n.get("doc_id").asText(), n);
    }
    return lines;
  }

  private static String error(Map<String, JsonNode> lines, String id) {
    JsonNode n = lines.get(id);
    assertTrue(n != null && n.has("error"), id + " should be an error line: " + n);
    return n.get("error").asText();
  }

  @Test
  void everyBadInputIsAnErrorLineAndTheGoodOnesAreIntact() throws Exception {
    Path stories = Files.createDirectories(dir.resolve("stories"));
    Files.writeString(stories.resolve("good-a.txt"), GOOD_A);
    Files.write(stories.resolve("empty.txt"), new byte[0]);
    Files.write(stories.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x14, (byte) 0xff, 0});
    Files.write(stories.resolve("latin1.txt"), "Raids hit Ma\u00e2rrat al-Nu\u00e2man.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(stories.resolve("blob.txt"), "x".repeat(5 * 1024 * 1024));
    Files.writeString(stories.resolve("run-on.txt"), "word ".repeat(2000) + "\n\n" + GOOD_B);
    Path jsonl = dir.resolve("more.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"id\": \"good-b\", \"text\": \"" + GOOD_B + "\", \"date\": \"2019-06-03\"}",
        "{\"id\": \"broken\", \"text\": \"unterminated",
        "{\"id\": \"no-text\"}",
        "{\"id\": \"bad-date\", \"text\": \"" + GOOD_B + "\", \"date\": \"next Tuesday\"}") + "\n");
    Path out = dir.resolve("out.jsonl");

    BatchAnnotator.Summary s = BatchAnnotator.builder(EXTRACTOR).threads(2).build()
        .run(List.of(stories.toString(), jsonl.toString()), out);

    Map<String, JsonNode> lines = byId(out);
    String broken = jsonl + ":2";   // a line whose id cannot be read is named by its file and line
    assertEquals(List.of("binary", "blob", "empty", "good-a", "latin1", "run-on", "good-b", broken, "no-text", "bad-date")
        .stream().sorted().toList(), lines.keySet().stream().sorted().toList());
    assertEquals(new BatchAnnotator.Summary(10, 0, 7), s);
    assertTrue(error(lines, "empty").endsWith("empty.txt: empty document"), error(lines, "empty"));
    assertTrue(error(lines, "binary").contains("binary"), error(lines, "binary"));
    assertTrue(error(lines, "latin1").contains("UTF-8"), error(lines, "latin1"));
    assertTrue(error(lines, "blob").contains("over the limit of 1000000 characters"), error(lines, "blob"));
    assertTrue(error(lines, broken).startsWith(broken + ": "), error(lines, broken));
    assertTrue(error(lines, "no-text").contains("text"), error(lines, "no-text"));
    assertTrue(error(lines, "bad-date").contains("next Tuesday"), error(lines, "bad-date"));

    assertEquals(4, lines.get("good-a").at("/totals/killed/best").asInt());
    assertEquals(2, lines.get("good-b").at("/totals/killed/best").asInt());
    JsonNode runOn = lines.get("run-on");   // the run-on "sentence" is not parsed; the rest of the document is read
    assertEquals("sentence 0 has 2000 tokens, over the limit of 250: not tagged or parsed", runOn.at("/warnings/0").asText());
    assertEquals(2, runOn.at("/totals/killed/best").asInt());
  }

  @Test
  void aDocumentOverItsTimeIsStoppedAndTheNextStartsClean() throws Exception {
    Path jsonl = dir.resolve("in.jsonl");
    String longStory = (GOOD_A + " ").repeat(40);
    Files.writeString(jsonl, "{\"id\": \"slow\", \"text\": \"" + longStory + "\"}\n");
    Path out = dir.resolve("out.jsonl");
    BatchAnnotator.builder(EXTRACTOR).threads(1).maxDocumentTime(Duration.ofMillis(50)).build()
        .run(List.of(jsonl.toString()), out);
    // stopped in CoreNLP, or in whichever rule was matching when the time ran out
    String stopped = error(byId(out), "slow");
    assertTrue(stopped.matches("took longer than the limit of 50 ms: stopped( in rule [a-z_]+\\.[a-z_]+ \\(.+:\\d+\\))?"), stopped);

    Files.writeString(jsonl, "{\"id\": \"quick\", \"text\": \"" + GOOD_A + "\"}\n", java.nio.file.StandardOpenOption.APPEND);
    BatchAnnotator.builder(EXTRACTOR).threads(1).build().run(List.of(jsonl.toString()), out);
    assertEquals(4, byId(out).get("quick").at("/totals/killed/best").asInt());
  }
}
