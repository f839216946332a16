package org.warreport.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input becomes an error item with its id and a reason; good inputs come through. */
class InputReaderTest {
  private static final String STORY = "Shelling hit the grain depot at Dun Vale on Tuesday, a monitor said.\n";

  @TempDir
  Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.write(f, bytes);
    return f;
  }

  private Path file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static InputItem only(Path input) {
    List<InputItem> items = InputReader.readAll(List.of(input.toString()));
    assertEquals(1, items.size(), items.toString());
    return items.get(0);
  }

  private static void assertBad(InputItem item, String id, String error) {
    assertEquals(id, item.id());
    assertNull(item.document(), "an error item has no document");
    assertEquals(error, item.error());
  }

  // ---- text files

  @Test
  void goodTextFile() throws IOException {
    InputItem item = only(file("dun-vale.txt", STORY));
    assertEquals("dun-vale", item.id());
    assertNull(item.error());
    assertEquals("dun-vale", item.document().id());
    assertEquals(STORY, item.document().text());
    assertNull(item.document().date());
  }

  @Test
  void fileWithoutTxtKeepsItsWholeName() throws IOException {
    InputItem item = only(file("story.md", STORY));
    assertEquals("story.md", item.id());
    assertEquals(STORY, item.document().text());
  }

  @Test
  void emptyFile() throws IOException {
    Path f = file("empty.txt", "");
    assertBad(only(f), "empty", f + ": empty document");
  }

  @Test
  void whitespaceOnlyFile() throws IOException {
    Path f = file("blank.txt", " \n\t\r\n  \n");
    assertBad(only(f), "blank", f + ": empty document");
  }

  @Test
  void binaryFile() throws IOException {
    Path f = file("image.txt", new byte[] {'G', 'I', 'F', '8', 0, 1, 2, 3});
    assertBad(only(f), "image", f + ": binary content (NUL byte at offset 4)");
  }

  @Test
  void nulCharacterFarIntoAFile() throws IOException {
    Path f = file("late-nul.txt", "a".repeat(10_000) + "\0" + "b");
    assertBad(only(f), "late-nul", f + ": binary content (NUL character)");
  }

  @Test
  void latin1FileIsNotUtf8() throws IOException {
    Path f = file("latin1.txt", "Caf\u00e9 owners in Dun Vale fled the shelling.".getBytes(StandardCharsets.ISO_8859_1));
    InputItem item = only(f);
    assertEquals("latin1", item.id());
    assertNull(item.document());
    assertTrue(item.error().startsWith(f + ": not UTF-8 text ("), item.error());
  }

  @Test
  void fileOverTheLimit() throws IOException {
    Path f = file("huge.txt", "x".repeat(InputReader.MAX_CHARS + 1));
    assertBad(only(f), "huge", f + ": document too large: 1000001 characters, the limit is 1000000");
  }

  @Test
  void fileAtTheLimitIsRead() throws IOException {
    InputItem item = only(file("large.txt", "y".repeat(InputReader.MAX_CHARS)));
    assertNull(item.error());
    assertEquals(InputReader.MAX_CHARS, item.document().text().length());
  }

  @Test
  void nonAsciiUtf8IsRead() throws IOException {
    String text = "Rebels shelled Jisr al-Shugh\u016br \u2014 a monitor said \u201cseven died\u201d.";
    InputItem item = only(file("accents.txt", text));
    assertEquals(text, item.document().text());
  }

  @Test
  void missingInputIsAnIoError() {
    Path missing = dir.resolve("absent.txt");
    List<InputItem> items = new ArrayList<>();
    IOException e = assertThrows(IOException.class, () -> InputReader.read(missing.toString(), items::add));
    assertEquals("no such file or directory: " + missing, e.getMessage());
    assertTrue(items.isEmpty());
    assertThrows(UncheckedIOException.class, () -> InputReader.readAll(List.of(missing.toString())));
  }

  // ---- directories

  @Test
  void directoryIsReadRecursivelyInSortedOrder() throws IOException {
    Path corpus = dir.resolve("corpus");
    file("corpus/b.txt", "Second story about the valley.");
    file("corpus/a.txt", "First story about the valley.");
    file("corpus/sub/c.txt", "A story in a folder.");
    file("corpus/sub/deeper/d.txt", "A story two folders down.");
    file("corpus/sub/notes.md", "not a story");
    file("corpus/z/empty.txt", "");
    file("corpus/readme", "no extension");

    List<InputItem> items = InputReader.readAll(List.of(corpus.toString()));

    assertEquals(List.of("a", "b", "sub/c", "sub/deeper/d", "z/empty"), items.stream().map(InputItem::id).toList());
    assertEquals("First story about the valley.", items.get(0).document().text());
    assertEquals("sub/deeper/d", items.get(3).document().id());
    assertBad(items.get(4), "z/empty", corpus.resolve("z/empty.txt") + ": empty document");
  }

  @Test
  void badFileInADirectoryDoesNotStopTheOthers() throws IOException {
    Path corpus = dir.resolve("mixed");
    file("mixed/1.txt", "First good story.");
    file("mixed/2.txt", new byte[] {'a', 0});
    file("mixed/3.txt", "Third good story.");
    List<InputItem> items = InputReader.readAll(List.of(corpus.toString()));
    assertEquals(List.of("1", "2", "3"), items.stream().map(InputItem::id).toList());
    assertEquals("Third good story.", items.get(2).document().text());
    assertEquals(corpus.resolve("2.txt") + ": binary content (NUL byte at offset 1)", items.get(1).error());
  }

  @Test
  void severalInputsAreReadInTurn() throws IOException {
    Path one = file("one.txt", "The first input.");
    Path two = file("two.jsonl", "{\"id\":\"j1\",\"text\":\"The second input.\"}\n");
    List<InputItem> items = InputReader.readAll(List.of(one.toString(), two.toString()));
    assertEquals(List.of("one", "j1"), items.stream().map(InputItem::id).toList());
  }

  // ---- JSONL

  @Test
  void jsonlLinesWithDates() throws IOException {
    Path f = file("batch.jsonl", String.join("\n",
        "{\"id\": \"v-1\", \"text\": \"Shelling hit Dun Vale.\", \"date\": \"2019-07-11\"}",
        "",
        "{\"id\": \"v-2\", \"text\": \"Gunfire near the dam.\"}",
        "{\"id\": \"v-3\", \"text\": \"Quiet night.\", \"date\": \"\"}",
        "{\"text\": \"A line without an id.\", \"date\": \"2020-02-29\"}") + "\n");
    List<InputItem> items = InputReader.readAll(List.of(f.toString()));

    String hashed = InputReader.idOfText("A line without an id.");   // the same whichever way the file is named
    assertEquals("text-", hashed.substring(0, 5));
    assertEquals(21, hashed.length());
    assertEquals(List.of("v-1", "v-2", "v-3", hashed), items.stream().map(InputItem::id).toList());
    items.forEach(i -> assertNull(i.error(), i.toString()));
    assertEquals(LocalDate.of(2019, 7, 11), items.get(0).document().date());
    assertEquals("Shelling hit Dun Vale.", items.get(0).document().text());
    assertNull(items.get(1).document().date());
    assertNull(items.get(2).document().date());
    assertEquals(LocalDate.of(2020, 2, 29), items.get(3).document().date());
    assertEquals(hashed, items.get(3).document().id());
    assertEquals(f + ":5", items.get(3).where());
  }

  @Test
  void twoObjectsOnOneLineAreBothRead() throws IOException {
    Path f = file("two.jsonl", "{\"id\": \"p\", \"text\": \"First.\"} {\"id\": \"q\", \"text\": \"Second.\"}\n");
    List<InputItem> items = InputReader.readAll(List.of(f.toString()));
    assertEquals(List.of("p", "q"), items.stream().map(InputItem::id).toList());
    assertEquals("Second.", items.get(1).document().text());
    assertEquals(f + ":1 (object 2)", items.get(1).where());
  }

  @Test
  void anObjectFollowedByGarbageIsReadAndTheGarbageIsAnError() throws IOException {
    Path f = file("tail.jsonl", "{\"id\": \"p\", \"text\": \"First.\"} oops\n");
    List<InputItem> items = InputReader.readAll(List.of(f.toString()));
    assertEquals("First.", items.get(0).document().text());
    assertTrue(items.get(1).error().startsWith(f + ":1 (object 2): not JSON: "), items.get(1).error());
  }

  @Test
  void aByteOrderMarkIsPassedOver() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path j = file("bom.jsonl", concat(bom, "{\"id\": \"first\", \"text\": \"Shelling hit Dun Vale.\"}\n"));
    assertEquals("Shelling hit Dun Vale.", only(j).document().text());
    assertEquals("first", only(j).id());
    Path t = file("bom.txt", concat(bom, STORY));
    assertEquals(STORY, only(t).document().text());
  }

  private static byte[] concat(byte[] a, String b) {
    byte[] bb = b.getBytes(StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(a, a.length + bb.length);
    System.arraycopy(bb, 0, all, a.length, bb.length);
    return all;
  }

  @Test
  void extensionsInAnyCaseAndNdjson() throws IOException {
    String line = "{\"id\": \"n\", \"text\": \"Shelling hit Dun Vale.\"}\n";
    assertEquals("Shelling hit Dun Vale.", only(file("a.ndjson", line)).document().text());
    assertEquals("Shelling hit Dun Vale.", only(file("b.JSONL", line)).document().text());
    Path corpus = dir.resolve("upper");
    file("upper/STORY.TXT", STORY);
    List<InputItem> items = InputReader.readAll(List.of(corpus.toString()));
    assertEquals(List.of("STORY"), items.stream().map(InputItem::id).toList());
    assertEquals("C", only(file("C.TXT", STORY)).id());
  }

  @Test
  void aReplacementCharacterInValidTextIsRead() throws IOException {
    String text = "Shelling hit Dun Vale \uFFFD a monitor said.";
    assertEquals(text, only(file("fffd.txt", text)).document().text());
    assertEquals(text, only(file("fffd.jsonl", "{\"id\": \"r\", \"text\": \"" + text + "\"}\n")).document().text());
    assertEquals(text, only(file("escaped.jsonl", "{\"id\": \"r\", \"text\": \"Shelling hit Dun Vale \\uFFFD a monitor said.\"}\n"))
        .document().text());
  }

  @Test
  void malformedJsonLine() throws IOException {
    Path f = file("bad.jsonl", "{\"id\": \"ok\", \"text\": \"Fine.\"}\n{\"id\": \"broken\", \"text\": \n");
    List<InputItem> items = InputReader.readAll(List.of(f.toString()));
    assertEquals(2, items.size());
    assertEquals("ok", items.get(0).id());
    InputItem bad = items.get(1);
    assertEquals(f + ":2", bad.id());
    assertNull(bad.document());
    assertTrue(bad.error().startsWith(f + ":2: not JSON: "), bad.error());
  }

  @Test
  void jsonLineWithoutText() throws IOException {
    Path f = file("notext.jsonl", "{\"id\": \"v-9\", \"body\": \"Shelling.\"}\n{\"id\": \"v-10\", \"text\": 42}\n");
    List<InputItem> items = InputReader.readAll(List.of(f.toString()));
    assertBad(items.get(0), "v-9", f + ":1: no \"text\" string");
    assertBad(items.get(1), "v-10", f + ":2: no \"text\" string");
  }

  @Test
  void jsonLineWithABadDate() throws IOException {
    Path f = file("dates.jsonl", "{\"id\": \"v-4\", \"text\": \"Shelling.\", \"date\": \"11/07/2019\"}\n"
        + "{\"id\": \"v-5\", \"text\": \"Shelling.\", \"date\": \"2019-02-30\"}\n");
    List<InputItem> items = InputReader.readAll(List.of(f.toString()));
    assertBad(items.get(0), "v-4", f + ":1: \"date\" is not YYYY-MM-DD: 11/07/2019");
    assertBad(items.get(1), "v-5", f + ":2: \"date\" is not YYYY-MM-DD: 2019-02-30");
  }

  @Test
  void jsonLineWithEmptyText() throws IOException {
    Path f = file("empty.jsonl", "{\"id\": \"v-6\", \"text\": \"  \"}\n");
    assertBad(only(f), "v-6", f + ":1: empty document");
  }

  @Test
  void jsonLineWithANulCharacter() throws IOException {
    Path f = file("nul.jsonl", "{\"id\": \"v-7\", \"text\": \"Shelling\\u0000hit.\"}\n");
    assertBad(only(f), "v-7", f + ":1: binary content (NUL character)");
  }

  @Test
  void jsonLineWithLatin1Bytes() throws IOException {
    byte[] line = "{\"id\": \"v-8\", \"text\": \"Caf\u00e9 shelled.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Path f = file("latin1.jsonl", line);
    assertBad(only(f), "v-8", f + ":1: not UTF-8 text (undecodable bytes)");
  }

  @Test
  void jsonLineOverTheLimit() throws IOException {
    Path f = file("big.jsonl", "{\"id\": \"v-11\", \"text\": \"" + "z".repeat(InputReader.MAX_CHARS + 1) + "\"}\n");
    assertBad(only(f), "v-11", f + ":1: document too large: 1000001 characters, the limit is 1000000");
  }

  @Test
  void badLinesDoNotStopTheGoodOnes() throws IOException {
    Path f = file("mixed.jsonl", String.join("\n",
        "not json at all",
        "{\"id\": \"v-12\", \"text\": \"A good story.\"}",
        "[1, 2, 3]",
        "{\"id\": \"v-13\", \"text\": \"Another good story.\", \"date\": \"2019-08-12\"}"));
    List<InputItem> items = InputReader.readAll(List.of(f.toString()));
    assertEquals(List.of(f + ":1", "v-12", f + ":3", "v-13"), items.stream().map(InputItem::id).toList());
    assertNull(items.get(1).error());
    assertEquals(f + ":3: no \"text\" string", items.get(2).error());
    assertEquals(LocalDate.of(2019, 8, 12), items.get(3).document().date());
  }

  @Test
  void dotJsonIsReadAsJsonLines() throws IOException {
    Path f = file("one.json", "{\"id\": \"v-14\", \"text\": \"A story.\"}\n");
    assertEquals("v-14", only(f).id());
  }
}
