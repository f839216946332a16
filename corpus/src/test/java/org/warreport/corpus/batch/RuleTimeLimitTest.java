package org.warreport.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warreport.Document;
import org.warreport.EventExtractor;
import org.warreport.RuleSet;

/**
 * {@code --max-seconds} holds for rule matching as for CoreNLP: a rule whose nested quantifiers would take minutes on
 * one sentence or one word (in a TokensRegex pattern or a Semgrex node) is stopped at the limit, the document becomes
 * an error line naming the rule, and the next document is read as usual.
 */
class RuleTimeLimitTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void runawayRulesAreStoppedAtTheLimitAndNamed() throws Exception {
    Path rules = Path.of(RuleTimeLimitTest.class.getResource("/runaway-rules").toURI());
    EventExtractor extractor = EventExtractor.builder().rules(RuleSet.load(rules)).build();
    // CoreNLP and the lexicons loaded before the clock starts: only the rules can run past the limit below
    assertEquals(1, extractor.extract(new Document("warm", "Raiders burned four schools.", null)).events().size());

    // 20 tokens: the nested rule would try some 2^20 ways of splitting the sentence, a minute or more of matching
    String longSentence = "Raiders burned four schools and two clinics in the valley , the watch said on Monday at dawn again .";
    // the word regex of backtracking_word would take hours over 40 x's: java.util.regex never looks at interrupts
    String longWord = "Raiders burned " + "x".repeat(40) + " .";
    // the same in a Semgrex node's regex, which CoreNLP's graph matcher runs
    String longGraphWord = "Raiders burned " + "z".repeat(40) + " .";
    Path in = dir.resolve("in.jsonl");
    Files.write(in, List.of(
        JSON.writeValueAsString(Map.of("id", "runaway-sentence", "text", longSentence)),
        JSON.writeValueAsString(Map.of("id", "runaway-word", "text", longWord)),
        JSON.writeValueAsString(Map.of("id", "runaway-graph-word", "text", longGraphWord)),
        JSON.writeValueAsString(Map.of("id", "quick", "text", "Raiders burned four schools."))), StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");

    long start = System.nanoTime();
    BatchAnnotator.Summary s = assertTimeoutPreemptively(Duration.ofSeconds(90), () ->
        BatchAnnotator.builder(extractor).threads(1).maxDocumentTime(Duration.ofSeconds(2)).build()
            .run(List.of(in.toString()), out));
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;

    Map<String, JsonNode> lines = new TreeMap<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      JsonNode n = JSON.readTree(line);
      lines.put(n.get("doc_id").asText(), n);
    }
    String file = rules.resolve("runaway.rules").toString();
    assertEquals("took longer than the limit of 2 s: stopped in rule runaway.nested (" + file + ":10)",
        lines.get("runaway-sentence").get("error").asText());
    assertEquals("took longer than the limit of 2 s: stopped in rule runaway.backtracking_word (" + file + ":15)",
        lines.get("runaway-word").get("error").asText());
    assertEquals("took longer than the limit of 2 s: stopped in rule runaway.backtracking_graph_word (" + file + ":20)",
        lines.get("runaway-graph-word").get("error").asText());
    assertEquals(1, lines.get("quick").get("events").size(), lines.get("quick").toString());
    assertEquals(new BatchAnnotator.Summary(4, 0, 3), s);
    assertTrue(seconds < 15, "each stopped at the limit of 2 s, not when its rule gave up: the run took " + seconds + " s");
  }
}
