package org.warreport.corpus.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import org.warreport.EventExtractor;
import org.warreport.json.EventJson;

/**
 * Annotates a corpus into one JSONL file, one line per document, with several workers sharing one extractor.
 * Resumable: lines already in the output are kept and their documents skipped; a line cut short by a crash is
 * dropped and its document done again. A document that fails becomes an error line ({@code doc_id}, {@code error})
 * and the run goes on.
 */
public final class BatchAnnotator {
  /** What a run did. */
  public record Summary(int written, int skipped, int errors) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final EventExtractor extractor;
  private final int threads;
  private final boolean progress;

  public BatchAnnotator(EventExtractor extractor, int threads, boolean progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.extractor = extractor;
    this.threads = threads;
    this.progress = progress;
  }

  public Summary run(List<String> inputs, Path out) throws IOException, InterruptedException {
    Set<String> done = resume(out);
    List<InputItem> items = InputReader.readAll(inputs);
    AtomicInteger written = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    int skipped = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * 2);   // bounded: memory does not grow with the corpus
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
         ProgressBar bar = progress ? new ProgressBar("annotate", items.size()) : null) {
      for (InputItem item : items) {
        if (!done.add(item.id())) {
          skipped++;
          step(bar);
          continue;
        }
        inFlight.acquire();
        pool.execute(() -> {
          try {
            String line = lineFor(item, errors);
            synchronized (w) {
              w.write(line);
              w.write('\n');
              w.flush();   // each finished document is on disk before the next is reported
            }
            written.incrementAndGet();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          } finally {
            inFlight.release();
            step(bar);
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    }
    return new Summary(written.get(), skipped, errors.get());
  }

  private String lineFor(InputItem item, AtomicInteger errors) {
    if (item.document() == null) {
      errors.incrementAndGet();
      return errorLine(item.id(), item.error());
    }
    try {
      return EventJson.toJsonLine(extractor.extract(item.document()));
    } catch (RuntimeException | OutOfMemoryError e) {
      errors.incrementAndGet();
      return errorLine(item.id(), "extraction failed: " + e);
    }
  }

  private static String errorLine(String id, String reason) {
    ObjectNode n = JSON.createObjectNode();
    n.put("doc_id", id);
    n.put("error", reason);
    return n.toString();
  }

  private static void step(ProgressBar bar) {
    if (bar != null) {
      synchronized (bar) {
        bar.step();
      }
    }
  }

  /** The ids already written to {@code out}, after cutting off a last line that a crash left unfinished. */
  static Set<String> resume(Path out) throws IOException {
    Set<String> ids = new HashSet<>();
    if (!Files.exists(out)) {
      return ids;
    }
    try (RandomAccessFile f = new RandomAccessFile(out.toFile(), "rw")) {
      long end = f.length();
      long keep = end;
      while (keep > 0) {
        f.seek(keep - 1);
        if (f.read() == '\n') {
          break;
        }
        keep--;
      }
      if (keep != end) {
        f.setLength(keep);
      }
    }
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode n = JSON.readTree(line);
        if (n.hasNonNull("doc_id")) {
          ids.add(n.get("doc_id").asText());
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IOException(out + ": an unreadable line in the existing output: " + e.getOriginalMessage(), e);
      }
    }
    return ids;
  }
}
