package org.warreport.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's bar: hostile documents (generated here, not committed) with good ones between them, annotated with two
 * threads and the test heap, three runs in a row: every good document is written exactly once with the very line a
 * run of the good documents alone writes, and each hostile one gets an error line or a warning.
 */
@Timeout(240)
class HostileCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> GOOD = List.of(
      "Shelling killed four civilians in the village on Monday, a war monitor said.",
      "Two soldiers died when a roadside bomb hit their patrol near the border.",
      "A car bomb wounded eleven people outside a bakery in the old town on Friday, police said.",
      "Gunmen shot dead three farmers in their fields overnight, residents said.",
      "An air strike on a school killed nine children and injured twenty others, rescuers said.",
      "At least six fighters were killed in clashes near the river crossing on Sunday.");

  @TempDir
  Path dir;

  private static String line(String id, String text) {
    ObjectNode n = JSON.createObjectNode();
    if (id != null) {
      n.put("id", id);
    }
    n.put("text", text);
    return n.toString();
  }

  private static Map<String, String> byId(Path out) throws IOException {
    Map<String, String> lines = new TreeMap<>();
    for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      String id = JSON.readTree(l).get("doc_id").asText();
      assertFalse(lines.containsKey(id), "written twice: " + id);
      lines.put(id, l);
    }
    return lines;
  }

  @Test
  void hostileDocumentsNeverHarmTheGoodOnes() throws Exception {
    Path alone = dir.resolve("good.jsonl");
    List<String> goodLines = new ArrayList<>();
    for (int i = 0; i < GOOD.size(); i++) {
      goodLines.add(line("good-" + i, GOOD.get(i)));
    }
    Files.writeString(alone, String.join("\n", goodLines) + "\n");
    Path aloneOut = dir.resolve("good-out.jsonl");
    BatchAnnotator.builder(BadInputTest.EXTRACTOR).threads(2).build().run(List.of(alone.toString()), aloneOut);
    Map<String, String> expected = byId(aloneOut);

    Map<String, String> hostile = new LinkedHashMap<>();   // id -> what its line must say
    List<String> lines = new ArrayList<>();
    lines.add(goodLines.get(0));   // after a byte-order mark
    lines.add(line("huge-token", GOOD.get(1) + " " + "y".repeat(50_000)));
    hostile.put("huge-token", "a token of 50000 characters at character 73 was not read");
    lines.add(goodLines.get(1) + " " + goodLines.get(2));   // two objects on one line
    lines.add(line("long", ("Traders sold fruit in the market after the holiday.\n\n").repeat(6000)));
    hostile.put("long", "characters 50000 to 318000 were not read");
    lines.add(line("good-0", GOOD.get(5)));   // an id already used
    hostile.put(alone.getFileName() + ":5", "the id 'good-0' was already used by");
    lines.add(line("many", "Nine men died in the raid.\n\n".repeat(700)));
    hostile.put("many", "the 200 sentences after the first 500 were not tagged for names or parsed");
    lines.add(goodLines.get(3));
    lines.add("{\"id\": \"broken\", \"text\": \"no end");
    hostile.put(alone.getFileName() + ":8", "not JSON");
    lines.add(line("empty", "   "));
    hostile.put("empty", "empty document");
    lines.add(line("replacement", GOOD.get(4).replace("school", "school \uFFFD")));
    lines.add(goodLines.get(4));
    lines.add("{\"id\": \"bad-date\", \"text\": \"Quiet.\", \"date\": \"soon\"}");
    hostile.put("bad-date", "\"date\" is not YYYY-MM-DD: soon");
    lines.add(goodLines.get(5));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.write("{\"id\": \"latin1\", \"text\": \"Ma".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xE2, 'r', 'a', 't', '"', '}', '\n'});
    hostile.put("latin1", "not UTF-8 text");
    Path corpus = dir.resolve("good.jsonl");   // the same name: ids from file and line read alike
    Path hostileDir = Files.createDirectories(dir.resolve("hostile"));
    Path input = hostileDir.resolve(corpus.getFileName());
    Files.write(input, bytes.toByteArray());

    for (int run = 1; run <= 3; run++) {
      Path out = dir.resolve("out-" + run + ".jsonl");
      BatchAnnotator.builder(BadInputTest.EXTRACTOR).threads(2).build().run(List.of(input.toString()), out);
      Map<String, String> got = byId(out);
      for (Map.Entry<String, String> good : expected.entrySet()) {
        assertEquals(good.getValue(), got.get(good.getKey()), "run " + run + ": " + good.getKey());
      }
      assertTrue(got.containsKey("replacement") && !JSON.readTree(got.get("replacement")).has("error"), got.get("replacement"));
      for (Map.Entry<String, String> h : hostile.entrySet()) {
        String id = h.getKey().startsWith(alone.getFileName().toString()) ? input.getParent().resolve(h.getKey()).toString()
            : h.getKey();
        assertTrue(got.containsKey(id), "run " + run + ": no line for " + id + " in " + got.keySet());
        JsonNode n = JSON.readTree(got.get(id));
        String said = n.has("error") ? n.get("error").asText() : n.path("warnings").toString();
        assertTrue(said.contains(h.getValue()), "run " + run + ": " + id + " says " + said);
      }
      assertEquals(expected.size() + hostile.size() + 1, got.size(), "run " + run + ": " + got.keySet());
    }
  }
}
