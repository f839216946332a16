package org.warreport.corpus.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads back an annotate output, one document line at a time; error lines and blank lines are passed over. */
public final class OutputFile {
  /** What is done with each document; may throw I/O errors of its own. */
  public interface DocumentSink {
    void accept(JsonNode document) throws IOException;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private OutputFile() {}

  /** Streams the documents of {@code jsonl}; a line that is not JSON is refused with its file and line. */
  public static void forEachDocument(Path jsonl, DocumentSink sink) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc;
        try {
          doc = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IOException(jsonl + ":" + lineNo + ": not a JSON line: " + e.getOriginalMessage(), e);
        }
        if (!doc.has("error")) {
          sink.accept(doc);
        }
      }
    }
  }
}
