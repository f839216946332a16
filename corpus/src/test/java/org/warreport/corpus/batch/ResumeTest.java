package org.warreport.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resuming a batch run: complete lines are kept and their ids returned, a line cut short is dropped. */
class ResumeTest {
  private static final String LINE_A = "{\"doc_id\":\"a\",\"date\":null,\"events\":[]}\n";
  private static final String LINE_B = "{\"doc_id\":\"b\",\"error\":\"empty document\"}\n";

  @TempDir
  Path dir;

  private Path out(String content) throws IOException {
    Path f = dir.resolve("out.jsonl");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void lineCutShortIsTruncated() throws IOException {
    Path f = out(LINE_A + LINE_B + "{\"doc_id\":\"c\",\"events\":[{\"id\":\"e1\",\"ty");
    assertEquals(Set.of("a", "b"), BatchAnnotator.resume(f));
    assertEquals(LINE_A + LINE_B, Files.readString(f));
  }

  @Test
  void lineCutShortWithMultiByteCharactersIsTruncated() throws IOException {
    byte[] whole = (LINE_A + "{\"doc_id\":\"d\",\"text\":\"Jisr al-Shugh\u016br \u2014\"}\n").getBytes(StandardCharsets.UTF_8);
    // cut inside the three bytes of the dash
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 5);
    Path f = dir.resolve("out.jsonl");
    Files.write(f, cut);
    assertEquals(Set.of("a"), BatchAnnotator.resume(f));
    assertEquals(LINE_A, Files.readString(f));
  }

  @Test
  void onlyLineCutShortLeavesAnEmptyFile() throws IOException {
    Path f = out("{\"doc_id\":\"a\",\"eve");
    assertEquals(Set.of(), BatchAnnotator.resume(f));
    assertEquals(0, Files.size(f));
  }

  @Test
  void completeFileIsLeftAlone() throws IOException {
    Path f = out(LINE_A + LINE_B);
    assertEquals(Set.of("a", "b"), BatchAnnotator.resume(f));
    assertEquals(LINE_A + LINE_B, Files.readString(f));
  }

  @Test
  void blankLinesAndLinesWithoutIdAreSkipped() throws IOException {
    Path f = out(LINE_A + "\n{\"note\":\"no id\"}\n{\"doc_id\":null}\n" + LINE_B);
    assertEquals(Set.of("a", "b"), BatchAnnotator.resume(f));
  }

  @Test
  void missingFileGivesNoIdsAndIsNotCreated() throws IOException {
    Path f = dir.resolve("not-yet.jsonl");
    assertEquals(Set.of(), BatchAnnotator.resume(f));
    assertFalse(Files.exists(f));
  }

  @Test
  void emptyFileGivesNoIds() throws IOException {
    assertEquals(Set.of(), BatchAnnotator.resume(out("")));
  }

  @Test
  void garbageCompleteLineIsRefusedNamingTheFile() throws IOException {
    Path f = out(LINE_A + "this is not JSON\n" + LINE_B);
    IOException e = assertThrows(IOException.class, () -> BatchAnnotator.resume(f));
    assertTrue(e.getMessage().startsWith(f + ":2: an unreadable line in the existing output: "), e.getMessage());
    assertEquals(LINE_A + "this is not JSON\n" + LINE_B, Files.readString(f), "nothing is cut");
  }
}
