package org.warreport.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warreport.EventExtractor;

/** Every document is written exactly once, whatever its id, its file's spelling, or a second run on the output. */
class ExactlyOnceTest {
  private static final EventExtractor EXTRACTOR = BadInputTest.EXTRACTOR;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD_A = "Shelling killed four civilians in the village on Monday, a war monitor said.";
  private static final String GOOD_B = "Two soldiers died when a roadside bomb hit their patrol near the border.";

  @TempDir
  Path dir;

  private static List<JsonNode> lines(Path out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  private static BatchAnnotator annotator() {
    return BatchAnnotator.builder(EXTRACTOR).threads(2).build();
  }

  @Test
  void aSecondDocumentUnderAnIdAlreadyReadIsAnErrorLineNamingBothLines() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\": \"a\", \"text\": \"" + GOOD_A + "\"}\n{\"id\": \"a\", \"text\": \"" + GOOD_B + "\"}\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(new BatchAnnotator.Summary(2, 0, 1), annotator().run(List.of(in.toString()), out));
    List<JsonNode> lines = lines(out);
    JsonNode a = lines.stream().filter(n -> n.get("doc_id").asText().equals("a")).findFirst().orElseThrow();
    assertEquals(4, a.at("/totals/killed/best").asInt());
    JsonNode dup = lines.stream().filter(n -> n.has("error")).findFirst().orElseThrow();
    assertEquals(in + ":2", dup.get("doc_id").asText());
    assertEquals(in + ":2: the id 'a' was already used by " + in + ":1; this document is not read", dup.get("error").asText());

    assertEquals(new BatchAnnotator.Summary(0, 2, 0), annotator().run(List.of(in.toString()), out), "resumed: both done");
    assertEquals(2, lines(out).size());
  }

  @Test
  void aDocumentWithoutAnIdIsTheSameDocumentHoweverItsFileIsSpelled() throws Exception {
    Path in = dir.resolve("x.jsonl");
    Files.writeString(in, "{\"text\": \"" + GOOD_A + "\"}\n");
    Path out = dir.resolve("out.jsonl");
    annotator().run(List.of(in.toString()), out);
    assertEquals(new BatchAnnotator.Summary(0, 1, 0),
        annotator().run(List.of(dir.resolve(".").resolve("x.jsonl").toString()), out));
    List<JsonNode> lines = lines(out);
    assertEquals(1, lines.size());
    assertEquals(InputReader.idOfText(GOOD_A), lines.get(0).get("doc_id").asText());
  }

  @Test
  void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstHoldsIt() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\": \"a\", \"text\": \"" + GOOD_A + "\"}\n");
    Path out = dir.resolve("out.jsonl");
    try (FileChannel f = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         FileLock held = f.lock()) {
      IOException e = assertThrows(IOException.class, () -> annotator().run(List.of(in.toString()), out));
      assertEquals(out + " is being written by another annotate run (it holds a lock on the file); wait for it to end, "
          + "or write to another file", e.getMessage());
    }
    assertEquals(0, Files.size(out));
    assertEquals(new BatchAnnotator.Summary(1, 0, 0), annotator().run(List.of(in.toString()), out));
  }
}
