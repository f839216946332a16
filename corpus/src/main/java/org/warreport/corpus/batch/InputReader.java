package org.warreport.corpus.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.warreport.Document;

/**
 * Reads documents from a {@code .txt} file, a directory of {@code .txt} files (recursively), a JSONL file
 * ({@code .jsonl}, {@code .ndjson}, {@code .json}, any case) of {@code {"id", "text", "date"}} objects, or standard
 * input ({@code -}, JSONL). A record that cannot be read becomes an error item naming file and line, and reading
 * goes on. A byte-order mark is passed over; a JSONL object without an id is named by its text's hash, so the
 * same document gets the same id however its file is spelled; several objects on one line are each read.
 */
public final class InputReader {
  /** Larger documents are refused: wire stories are a few KB; a multi-MB blob is a scraping accident. */
  public static final int MAX_CHARS = 1_000_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private InputReader() {}

  public static void read(String input, Consumer<InputItem> sink) throws IOException {
    if (input.equals("-")) {
      readJsonl("stdin", System.in, sink);
      return;
    }
    Path p = Path.of(input);
    if (Files.isDirectory(p)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(p)) {
        files = walk.filter(f -> isText(f) && Files.isRegularFile(f)).sorted().toList();
      }
      for (Path f : files) {
        String rel = p.relativize(f).toString();
        sink.accept(readText(rel.substring(0, rel.length() - 4), f));
      }
    } else if (isJsonl(input)) {
      try (InputStream in = Files.newInputStream(p)) {
        readJsonl(input, in, sink);
      }
    } else if (Files.isRegularFile(p)) {
      String name = p.getFileName().toString();
      sink.accept(readText(isText(p) ? name.substring(0, name.length() - 4) : name, p));
    } else {
      throw new IOException("no such file or directory: " + input);
    }
  }

  private static boolean isText(Path f) {
    return f.getFileName() != null && f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt");
  }

  private static boolean isJsonl(String input) {
    String lower = input.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json");
  }

  /** How many documents {@code input} holds, for a progress bar: -1 for standard input, whose length is unknown. */
  public static long count(String input) throws IOException {
    if (input.equals("-")) {
      return -1;
    }
    Path p = Path.of(input);
    if (Files.isDirectory(p)) {
      try (Stream<Path> walk = Files.walk(p)) {
        return walk.filter(f -> isText(f) && Files.isRegularFile(f)).count();
      }
    }
    if (isJsonl(input)) {
      try (Stream<String> lines = Files.lines(p, StandardCharsets.ISO_8859_1)) {   // any bytes: only counting
        return lines.filter(l -> !l.isBlank()).count();
      }
    }
    return 1;
  }

  private static InputItem readText(String id, Path file) throws IOException {
    long size = Files.size(file);
    String where = file.toString();
    if (size > 4L * MAX_CHARS) {   // refused unread: no need to hold a huge blob in memory
      return InputItem.bad(id, file + ": " + size + " bytes, over the limit of " + MAX_CHARS + " characters", where);
    }
    byte[] bytes = Files.readAllBytes(file);
    String problem = checkBytes(bytes);
    if (problem != null) {
      return InputItem.bad(id, file + ": " + problem, where);
    }
    String text = withoutBom(new String(bytes, StandardCharsets.UTF_8));
    String textProblem = checkText(text);
    return textProblem != null ? InputItem.bad(id, file + ": " + textProblem, where)
        : InputItem.ok(new Document(id, text, null), where);
  }

  private static String withoutBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** The id of a document that has none: a hash of its text, the same whichever way its file is named. */
  static String idOfText(String text) {
    return "text-" + com.google.common.hash.Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString()
        .substring(0, 16);
  }

  /** One line of a JSONL stream, as bytes, so that each line's UTF-8 is checked on its own. */
  private static byte[] readLine(InputStream in, java.io.ByteArrayOutputStream buf) throws IOException {
    buf.reset();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      buf.write(b);
    }
    return b < 0 && buf.size() == 0 ? null : buf.toByteArray();
  }

  private static void readJsonl(String name, InputStream raw, Consumer<InputItem> sink) throws IOException {
    InputStream in = new java.io.BufferedInputStream(raw);
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    byte[] bytes;
    int lineNo = 0;
    while ((bytes = readLine(in, buf)) != null) {
      lineNo++;
      readJsonLine(name, lineNo, bytes, sink);
    }
  }

  /**
   * Reads line {@code lineNo} (from 1) of the JSONL file {@code name}, its bytes without the line break, into
   * {@code sink}: nothing for a blank line, else one item per JSON value on it, an error item for what is not
   * JSON. The items are named {@code name:lineNo}, as a whole file read by {@link #read} names them.
   */
  public static void readJsonLine(String name, long lineNo, byte[] bytes, Consumer<InputItem> sink) {
    String line;
    boolean utf8 = true;
    try {
      line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      line = new String(bytes, StandardCharsets.UTF_8);   // still read, for the id of the error line
      utf8 = false;
    }
    if (lineNo == 1) {
      line = withoutBom(line);
    }
    if (line.isBlank()) {
      return;
    }
    String where = name + ":" + lineNo;
    List<JsonNode> nodes = new ArrayList<>();
    String notJson = null;
    try (com.fasterxml.jackson.core.JsonParser values = JSON.createParser(line)) {
      while (values.nextToken() != null) {   // each value in turn: an array is one value, not its elements
        nodes.add(JSON.readTree(values));
      }
    } catch (IOException | RuntimeException e) {
      notJson = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }
    for (int k = 0; k < nodes.size(); k++) {
      // a second object on a line is told apart by its place on the line
      String at = nodes.size() == 1 && notJson == null ? where : where + " (object " + (k + 1) + ")";
      sink.accept(item(nodes.get(k), at, utf8));
    }
    if (notJson != null) {
      String at = nodes.isEmpty() ? where : where + " (object " + (nodes.size() + 1) + ")";
      sink.accept(InputItem.bad(at, at + ": not JSON: " + notJson, at));
    }
  }

  /**
   * The item of one {@code {"id", "text", "date"}} object read at {@code where} (a table's row, say), checked as a
   * JSONL line's object is: an error item if it has no text, a bad date, or a text not worth reading.
   */
  public static InputItem item(JsonNode node, String where) {
    return item(node, where, true);
  }

  private static InputItem item(JsonNode node, String where, boolean utf8) {
    String text = node.path("text").isTextual() ? node.get("text").asText() : null;
    String id = node.path("id").isTextual() ? node.get("id").asText() : text != null ? idOfText(text) : where;
    if (!utf8) {
      return InputItem.bad(id, where + ": not UTF-8 text (undecodable bytes)", where);
    }
    if (text == null) {
      return InputItem.bad(id, where + ": no \"text\" string", where);
    }
    LocalDate date = null;
    if (node.path("date").isTextual() && !node.get("date").asText().isEmpty()) {
      try {
        date = LocalDate.parse(node.get("date").asText());
      } catch (DateTimeParseException e) {
        return InputItem.bad(id, where + ": \"date\" is not YYYY-MM-DD: " + node.get("date").asText(), where);
      }
    }
    String problem = checkText(text);
    return problem != null ? InputItem.bad(id, where + ": " + problem, where) : InputItem.ok(new Document(id, text, date), where);
  }

  /** Why raw bytes are not a text document, or null. */
  static String checkBytes(byte[] bytes) {
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        return "binary content (NUL byte at offset " + i + ")";
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return "not UTF-8 text (" + e.getMessage() + ")";
    }
    return null;
  }

  /** Why a decoded text is not worth reading, or null. */
  static String checkText(String text) {
    if (text.isBlank()) {
      return "empty document";
    }
    if (text.length() > MAX_CHARS) {
      return "document too large: " + text.length() + " characters, the limit is " + MAX_CHARS;
    }
    if (text.indexOf('\0') >= 0) {
      return "binary content (NUL character)";
    }
    return null;
  }

  /** Reads every item of every input into a list (for small corpora and tests). */
  public static List<InputItem> readAll(List<String> inputs) {
    List<InputItem> items = new ArrayList<>();
    for (String in : inputs) {
      try {
        read(in, items::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return items;
  }
}
