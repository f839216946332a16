package org.warreport.corpus.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.warreport.EventExtractor;
import org.warreport.corpus.cache.AnnotationCache;

/**
 * Annotates a corpus into one JSONL file, one line per document, with several workers sharing one extractor.
 * Inputs are streamed and at most two documents per worker are in memory, so a corpus of any length runs in the
 * same heap. Resumable: lines already in the output are kept and their documents skipped; a line cut short by a
 * crash is dropped and its document done again. A document that fails, or takes longer than its time bound,
 * becomes an error line ({@code doc_id}, {@code error}) and the run goes on.
 */
public final class BatchAnnotator {
  /** What a run did: lines written (of them, {@code retried} in place of error lines), documents skipped as done. */
  public record Summary(int written, int skipped, int errors, int retried) {
    public Summary(int written, int skipped, int errors) {
      this(written, skipped, errors, 0);
    }
  }

  /** How the error lines of a document that may pass another time begin: it ran past its time, or out of memory. */
  private static final List<String> RETRYABLE = List.of("took longer than the limit of ", "ran out of memory");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final EventExtractor extractor;
  private final DocumentLines lines;
  private final int threads;
  private final boolean progress;
  private final boolean restart;
  private final boolean retryErrors;

  private BatchAnnotator(Builder b) {
    this.restart = b.restart;
    this.retryErrors = b.retryErrors;
    this.extractor = b.extractor;
    this.threads = b.threads;
    this.progress = b.progress;
    this.lines = new DocumentLines(b.extractor, b.cache, b.maxDocumentTime);
  }

  public static Builder builder(EventExtractor extractor) {
    return new Builder(extractor);
  }

  /**
   * Annotates {@code inputs} into {@code out}, resuming it. Throws IOException when another run holds {@code out}
   * (each run takes a lock on it, so two runs never interleave their lines), and when {@code out} holds documents
   * written under other rules or settings than this run's (see {@link #fingerprintFile(Path)}), unless told to
   * restart.
   */
  public Summary run(List<String> inputs, Path out) throws IOException, InterruptedException {
    if (retryErrors && inputs.contains("-")) {
      throw new IOException("--retry-errors reads its inputs twice (first for the ids to retry): standard input cannot be; "
          + "save it to a file");
    }
    try (java.nio.channels.FileChannel lockFile = java.nio.channels.FileChannel.open(out,
             StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         java.nio.channels.FileLock lock = tryLock(lockFile, out)) {
      Set<String> done = resume(out);
      if (restart && !done.isEmpty()) {
        lockFile.truncate(0);   // before the record is replaced: a kill in between leaves nothing to mix
        lockFile.force(true);
        done.clear();
      }
      checkFingerprint(out, done.size());
      Set<String> retry = retryErrors ? retryable(out, inputs) : Set.of();
      if (retry.isEmpty()) {
        return runLocked(inputs, out, done, 0);
      }
      withoutLines(out, retry);
      done.removeAll(retry);
      // the output is a new file now: lock it too (a run that opened it in between has it, and this one gives way)
      try (java.nio.channels.FileChannel again = java.nio.channels.FileChannel.open(out, StandardOpenOption.WRITE);
           java.nio.channels.FileLock relock = tryLock(again, out)) {
        return runLocked(inputs, out, done, retry.size());
      }
    }
  }

  /**
   * The record, next to an output, of the rules and settings that wrote it ({@code out.jsonl.fingerprint}: JSON with
   * {@link EventExtractor#fingerprint()} and where the rules were read from). It is written before the first line.
   */
  public static Path fingerprintFile(Path out) {
    return out.resolveSibling(out.getFileName() + ".fingerprint");
  }

  /** Refuses to add to an output of other rules or settings; records this run's when the output holds no document. */
  private void checkFingerprint(Path out, int documents) throws IOException {
    Path record = fingerprintFile(out);
    String mine = extractor.fingerprint();
    String origin = extractor.rules().origin();
    String whatToDo = "Write to a new output, or give --restart to annotate all of " + out + " again";
    if (documents == 0) {
      ObjectNode n = JSON.createObjectNode();
      n.put("fingerprint", mine);
      n.put("rules", origin);
      Path tmp = record.resolveSibling(record.getFileName() + ".tmp");
      Files.writeString(tmp, n + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, record, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    if (!Files.exists(record)) {
      throw new IOException(out + " holds " + documents + (documents == 1 ? " document" : " documents")
          + " but no record of the rules and settings that wrote " + (documents == 1 ? "it" : "them") + " (" + record
          + " is missing), and this run's are " + mine + " (" + origin + "): resuming could mix their results. "
          + whatToDo);
    }
    JsonNode theirs;
    try {
      theirs = JSON.readTree(Files.readString(record, StandardCharsets.UTF_8));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(record + ": not a record of rules and settings: " + e.getOriginalMessage(), e);
    }
    if (!mine.equals(theirs.path("fingerprint").asText())) {
      throw new IOException(out + " was written under rules and settings of fingerprint "
          + theirs.path("fingerprint").asText() + " (" + theirs.path("rules").asText() + "), and this run's are " + mine
          + " (" + origin + "): resuming would mix their results. " + whatToDo);
    }
  }

  /** The ids whose line in {@code out} is a retryable error line and that {@code inputs} hold. */
  private static Set<String> retryable(Path out, List<String> inputs) throws IOException {
    Set<String> errors = new HashSet<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = JSON.readTree(line);
        String error = n.path("error").asText(null);
        if (error != null && n.hasNonNull("doc_id") && RETRYABLE.stream().anyMatch(error::startsWith)) {
          errors.add(n.get("doc_id").asText());
        }
      }
    }
    // only those this run will read again: the error line of a document of another input stays
    Set<String> found = new HashSet<>();
    if (!errors.isEmpty()) {
      for (String input : inputs) {
        InputReader.read(input, item -> {
          if (errors.contains(item.id())) {
            found.add(item.id());
          }
        });
      }
    }
    return found;
  }

  /**
   * Takes the lines of {@code ids} out of {@code out} by writing the rest to a file beside it and renaming that over
   * it, so that a kill leaves either the old output or the new, each document in it once.
   */
  private static void withoutLines(Path out, Set<String> ids) throws IOException {
    Path tmp = out.resolveSibling(out.getFileName() + ".retry.tmp");
    try (java.nio.channels.FileChannel f = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.CREATE,
             StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
         Writer w = java.nio.channels.Channels.newWriter(f, StandardCharsets.UTF_8)) {
      for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
        JsonNode n = line.isBlank() ? null : JSON.readTree(line);
        if (n == null || !(n.has("error") && n.hasNonNull("doc_id") && ids.contains(n.get("doc_id").asText()))) {
          w.write(line);
          w.write('\n');
        }
      }
      w.flush();
      f.force(true);
    }
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private static java.nio.channels.FileLock tryLock(java.nio.channels.FileChannel f, Path out) throws IOException {
    java.nio.channels.FileLock lock;
    try {
      lock = f.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      throw new IOException(out + " is being written by another annotate run (it holds a lock on the file); "
          + "wait for it to end, or write to another file");
    }
    return lock;
  }

  private Summary runLocked(List<String> inputs, Path out, Set<String> done, int retried)
      throws IOException, InterruptedException {
    java.util.Map<String, String> seen = new java.util.HashMap<>();   // id -> where this run read it first
    AtomicInteger written = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * 2);   // bounded: memory does not grow with the corpus
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
         ProgressBar bar = progress ? progressBar(inputs) : null) {
      for (String input : inputs) {
        InputReader.read(input, read -> {
          InputItem item = read;
          String first = seen.putIfAbsent(item.id(), item.where());
          if (first != null) {
            // another document under an id already read: an error line of its own, named by where it was read
            item = InputItem.duplicate(item, first);
          }
          if (!done.add(item.id())) {
            skipped.incrementAndGet();
            step(bar);
            return;
          }
          try {
            inFlight.acquire();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while reading " + input));
          }
          InputItem task = item;
          pool.execute(() -> {
            try {
              DocumentLines.Line line = lines.lineFor(task);
              if (line.error()) {
                errors.incrementAndGet();
              }
              synchronized (w) {
                w.write(line.json());
                w.write('\n');
                w.flush();   // each finished document is on disk before the next is reported
              }
              written.incrementAndGet();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            } finally {
              inFlight.release();
              step(bar);
            }
          });
        });
      }
      pool.shutdown();
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    } finally {
      pool.shutdownNow();
    }
    return new Summary(written.get(), skipped.get(), errors.get(), retried);
  }

  private static ProgressBar progressBar(List<String> inputs) throws IOException {
    long total = 0;
    for (String input : inputs) {
      long n = InputReader.count(input);
      if (n < 0) {
        total = -1;   // standard input: length unknown
        break;
      }
      total += n;
    }
    return new ProgressBarBuilder().setTaskName("annotate").setInitialMax(total).setUnit(" docs", 1)
        .showSpeed().build();
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
    int lineNo = 0;
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode n = JSON.readTree(line);
        if (n.hasNonNull("doc_id")) {
          ids.add(n.get("doc_id").asText());
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IOException(out + ":" + lineNo + ": an unreadable line in the existing output: " + e.getOriginalMessage(), e);
      }
    }
    return ids;
  }

  /** Settings of a batch run; {@link #build()} checks them. */
  public static final class Builder {
    private final EventExtractor extractor;
    private int threads = 2;
    private boolean progress;
    private Duration maxDocumentTime = Duration.ofSeconds(120);
    private AnnotationCache cache;
    private boolean restart;
    private boolean retryErrors;

    private Builder(EventExtractor extractor) {
      this.extractor = java.util.Objects.requireNonNull(extractor, "extractor");
    }

    /** Workers sharing the one extractor (default 2, this machine's cores). */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /** A progress bar (documents/s, time left) on standard error; for terminals. */
    public Builder progress(boolean progress) {
      this.progress = progress;
      return this;
    }

    /** A document running longer is stopped and recorded as an error (default 120 s). */
    public Builder maxDocumentTime(Duration limit) {
      this.maxDocumentTime = limit;
      return this;
    }

    /** Annotations are read from and kept in this cache (default: none). */
    public Builder cache(AnnotationCache cache) {
      this.cache = cache;
      return this;
    }

    /** The output is annotated again from the start, whatever it holds (default false: resume it). */
    public Builder restart(boolean restart) {
      this.restart = restart;
      return this;
    }

    /**
     * Documents whose line in the output says they ran past their time or out of memory are done once more, and
     * their line replaced (default false: an error line is final). Inputs are read twice, so none may be stdin.
     */
    public Builder retryErrors(boolean retry) {
      this.retryErrors = retry;
      return this;
    }

    public BatchAnnotator build() {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      if (maxDocumentTime == null || maxDocumentTime.isNegative() || maxDocumentTime.isZero()) {
        throw new IllegalArgumentException("the time bound per document must be positive, was " + maxDocumentTime);
      }
      return new BatchAnnotator(this);
    }
  }
}
