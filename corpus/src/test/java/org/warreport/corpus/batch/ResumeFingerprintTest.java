package org.warreport.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warreport.EventExtractor;
import org.warreport.RuleSet;
import org.warreport.rules.BundledRules;

/**
 * An output records the fingerprint of the rules and settings that wrote it, and a run under others refuses to resume
 * it (their results would be mixed) unless told to start it over.
 */
class ResumeFingerprintTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final EventExtractor BUNDLED = BadInputTest.EXTRACTOR;

  @TempDir
  Path dir;

  private Path input() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.write(in, List.of(
        JSON.writeValueAsString(Map.of("id", "a", "text", "Shelling killed four civilians in the village on Monday.")),
        JSON.writeValueAsString(Map.of("id", "b", "text", "Two soldiers died when a roadside bomb hit their patrol."))),
        StandardCharsets.UTF_8);
    return in;
  }

  /** The bundled rule set copied into {@code rules}, with {@code extra} appended to casualty.rules. */
  static Path copyOfBundledRules(Path rules, String extra) throws IOException {
    Files.createDirectories(rules);
    ClassLoader loader = BundledRules.class.getClassLoader();
    try (InputStream index = loader.getResourceAsStream(BundledRules.FOLDER + "/index.txt")) {
      String text = new String(index.readAllBytes(), StandardCharsets.UTF_8);
      Files.writeString(rules.resolve("index.txt"), text);
      for (String name : text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
        try (InputStream in = loader.getResourceAsStream(BundledRules.FOLDER + "/" + name)) {
          Files.copy(in, rules.resolve(name));
        }
      }
    }
    Files.writeString(rules.resolve("casualty.rules"), extra, StandardOpenOption.APPEND);
    return rules;
  }

  @Test
  void resumingUnderOtherRulesIsRefusedNamingBothFingerprints() throws Exception {
    Path in = input();
    Path out = dir.resolve("out.jsonl");
    assertEquals(new BatchAnnotator.Summary(2, 0, 0), BatchAnnotator.builder(BUNDLED).build().run(List.of(in.toString()), out));
    assertEquals("{\"fingerprint\":\"" + BUNDLED.fingerprint() + "\",\"rules\":\"classpath:org/warreport/rules\"}\n",
        Files.readString(BatchAnnotator.fingerprintFile(out)));

    // the same files read from a directory are the same rules: the run resumes
    Path same = copyOfBundledRules(dir.resolve("same-rules"), "");
    EventExtractor sameRules = EventExtractor.builder().rules(RuleSet.load(same)).build();
    assertEquals(BUNDLED.fingerprint(), sameRules.fingerprint());
    assertEquals(new BatchAnnotator.Summary(0, 2, 0), BatchAnnotator.builder(sameRules).build().run(List.of(in.toString()), out));

    Path edited = copyOfBundledRules(dir.resolve("edited-rules"), """

        rule never_a_toll
          kind: exclude
          pattern: (?$count /zzqq/)
          example: Shelling killed zzqq civilians.
        """);
    EventExtractor other = EventExtractor.builder().rules(RuleSet.load(edited)).build();
    assertNotEquals(BUNDLED.fingerprint(), other.fingerprint());
    String before = Files.readString(out);
    IOException e = assertThrows(IOException.class,
        () -> BatchAnnotator.builder(other).build().run(List.of(in.toString()), out));
    assertEquals(out + " was written under rules and settings of fingerprint " + BUNDLED.fingerprint()
        + " (classpath:org/warreport/rules), and this run's are " + other.fingerprint() + " (" + edited
        + "): resuming would mix their results. Write to a new output, or give --restart to annotate all of "
        + out + " again", e.getMessage());
    assertEquals(before, Files.readString(out), "nothing written");

    assertEquals(new BatchAnnotator.Summary(2, 0, 0),
        BatchAnnotator.builder(other).restart(true).build().run(List.of(in.toString()), out));
    assertEquals(2, Files.readAllLines(out).size());
    assertEquals("{\"fingerprint\":\"" + other.fingerprint() + "\",\"rules\":\"" + edited + "\"}\n",
        Files.readString(BatchAnnotator.fingerprintFile(out)));
  }

  @Test
  void otherBoundsAreOtherSettings() throws Exception {
    Path in = input();
    Path out = dir.resolve("out.jsonl");
    BatchAnnotator.builder(BUNDLED).build().run(List.of(in.toString()), out);
    EventExtractor shorter = EventExtractor.builder().rules(BundledRules.load()).bounds(20_000, 300, 500).build();
    assertNotEquals(BUNDLED.fingerprint(), shorter.fingerprint());
    IOException e = assertThrows(IOException.class,
        () -> BatchAnnotator.builder(shorter).build().run(List.of(in.toString()), out));
    assertEquals(out + " was written under rules and settings of fingerprint " + BUNDLED.fingerprint()
        + " (classpath:org/warreport/rules), and this run's are " + shorter.fingerprint()
        + " (classpath:org/warreport/rules): resuming would mix their results. Write to a new output, or give "
        + "--restart to annotate all of " + out + " again", e.getMessage());
  }

  @Test
  void anOutputWithNoRecordOfItsRulesIsNotResumed() throws Exception {
    Path in = input();
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "{\"doc_id\":\"a\",\"date\":null,\"events\":[]}\n");
    IOException e = assertThrows(IOException.class,
        () -> BatchAnnotator.builder(BUNDLED).build().run(List.of(in.toString()), out));
    assertEquals(out + " holds 1 document but no record of the rules and settings that wrote it ("
        + BatchAnnotator.fingerprintFile(out) + " is missing), and this run's are " + BUNDLED.fingerprint()
        + " (classpath:org/warreport/rules): resuming could mix their results. Write to a new output, or give "
        + "--restart to annotate all of " + out + " again", e.getMessage());
  }

  @Test
  void anEmptyOutputTakesThisRunsFingerprint() throws Exception {
    Path in = input();
    Path out = dir.resolve("out.jsonl");
    Files.writeString(BatchAnnotator.fingerprintFile(out), "{\"fingerprint\":\"0123456789abcdef\",\"rules\":\"elsewhere\"}\n");
    Files.writeString(out, "{\"doc_id\":\"a\",\"eve");   // a line cut short: no document done
    assertEquals(new BatchAnnotator.Summary(2, 0, 0), BatchAnnotator.builder(BUNDLED).build().run(List.of(in.toString()), out));
    assertEquals("{\"fingerprint\":\"" + BUNDLED.fingerprint() + "\",\"rules\":\"classpath:org/warreport/rules\"}\n",
        Files.readString(BatchAnnotator.fingerprintFile(out)));
  }
}
