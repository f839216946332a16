package org.warreport.corpus.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * Reads documents from a {@code .txt} file, a directory of {@code .txt} files (recursively), a JSONL file of
 * {@code {"id", "text", "date"}} lines, or standard input ({@code -}, JSONL). A record that cannot be read becomes an
 * error item naming file and line, and reading goes on.
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
        files = walk.filter(f -> f.toString().endsWith(".txt") && Files.isRegularFile(f)).sorted().toList();
      }
      for (Path f : files) {
        String rel = p.relativize(f).toString();
        sink.accept(readText(rel.substring(0, rel.length() - 4), f));
      }
    } else if (input.endsWith(".jsonl") || input.endsWith(".json")) {
      try (InputStream in = Files.newInputStream(p)) {
        readJsonl(input, in, sink);
      }
    } else if (Files.isRegularFile(p)) {
      String name = p.getFileName().toString();
      sink.accept(readText(name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name, p));
    } else {
      throw new IOException("no such file or directory: " + input);
    }
  }

  /** How many documents {@code input} holds, for a progress bar: -1 for standard input, whose length is unknown. */
  public static long count(String input) throws IOException {
    if (input.equals("-")) {
      return -1;
    }
    Path p = Path.of(input);
    if (Files.isDirectory(p)) {
      try (Stream<Path> walk = Files.walk(p)) {
        return walk.filter(f -> f.toString().endsWith(".txt") && Files.isRegularFile(f)).count();
      }
    }
    if (input.endsWith(".jsonl") || input.endsWith(".json")) {
      try (Stream<String> lines = Files.lines(p, StandardCharsets.ISO_8859_1)) {   // any bytes: only counting
        return lines.filter(l -> !l.isBlank()).count();
      }
    }
    return 1;
  }

  private static InputItem readText(String id, Path file) throws IOException {
    long size = Files.size(file);
    if (size > 4L * MAX_CHARS) {   // refused unread: no need to hold a huge blob in memory
      return InputItem.bad(id, file + ": " + size + " bytes, over the limit of " + MAX_CHARS + " characters");
    }
    byte[] bytes = Files.readAllBytes(file);
    String problem = checkBytes(bytes);
    if (problem != null) {
      return InputItem.bad(id, file + ": " + problem);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    String textProblem = checkText(text);
    return textProblem != null ? InputItem.bad(id, file + ": " + textProblem) : InputItem.ok(new Document(id, text, null));
  }

  private static void readJsonl(String name, InputStream in, Consumer<InputItem> sink) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)));
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String where = name + ":" + lineNo;
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        sink.accept(InputItem.bad(where, where + ": not JSON: " + e.getOriginalMessage()));
        continue;
      }
      String id = node.path("id").isTextual() ? node.get("id").asText() : where;
      if (!node.path("text").isTextual()) {
        sink.accept(InputItem.bad(id, where + ": no \"text\" string"));
        continue;
      }
      String text = node.get("text").asText();
      LocalDate date = null;
      if (node.path("date").isTextual() && !node.get("date").asText().isEmpty()) {
        try {
          date = LocalDate.parse(node.get("date").asText());
        } catch (DateTimeParseException e) {
          sink.accept(InputItem.bad(id, where + ": \"date\" is not YYYY-MM-DD: " + node.get("date").asText()));
          continue;
        }
      }
      String problem = checkText(text);
      sink.accept(problem != null ? InputItem.bad(id, where + ": " + problem) : InputItem.ok(new Document(id, text, date)));
    }
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
    if (text.indexOf('\uFFFD') >= 0) {
      return "not UTF-8 text (undecodable bytes)";
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
