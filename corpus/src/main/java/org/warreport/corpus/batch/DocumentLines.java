package org.warreport.corpus.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.warreport.AnnotatedDocument;
import org.warreport.Document;
import org.warreport.EventExtractor;
import org.warreport.ExtractionInterruptedException;
import org.warreport.corpus.cache.AnnotationCache;
import org.warreport.json.EventJson;

/**
 * Turns one input item into its output line, the JSON line of its result or an error line ({@code doc_id},
 * {@code error}), and never throws for a document: one that fails, runs out of memory or runs past its time bound
 * becomes an error line. Thread-safe; the workers of a batch run share one, as do the tasks of a Spark executor.
 */
public final class DocumentLines {
  /** One output line, and whether it is an error line. */
  public record Line(String json, boolean error) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Documents longer than this are annotated while no other document is. */
  static final int HEAVY_CHARS = 20_000;

  private final ReadWriteLock alone = new ReentrantReadWriteLock();
  private final EventExtractor extractor;
  private final AnnotationCache cache;
  private final Duration maxDocumentTime;
  private final ScheduledThreadPoolExecutor watchdog;

  /** Lines from {@code extractor}, annotations read from and kept in {@code cache} (may be null). */
  public DocumentLines(EventExtractor extractor, AnnotationCache cache, Duration maxDocumentTime) {
    if (maxDocumentTime == null || maxDocumentTime.isNegative() || maxDocumentTime.isZero()) {
      throw new IllegalArgumentException("the time bound per document must be positive, was " + maxDocumentTime);
    }
    this.extractor = java.util.Objects.requireNonNull(extractor, "extractor");
    this.cache = cache;
    this.maxDocumentTime = maxDocumentTime;
    this.watchdog = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "warreport-watchdog");
      t.setDaemon(true);
      return t;
    });
    watchdog.setRemoveOnCancelPolicy(true);   // a document done in time leaves no alarm queued
    watchdog.setKeepAliveTime(10, TimeUnit.SECONDS);
    watchdog.allowCoreThreadTimeOut(true);     // idle, the watchdog's thread ends: nothing to shut down
  }

  public EventExtractor extractor() {
    return extractor;
  }

  /** The line of {@code item}: its result's JSON line, or the error line of why it has none. */
  public Line lineFor(InputItem item) {
    if (item.document() == null) {
      return error(item.id(), item.error());
    }
    // A long document runs alone: should it still exhaust the heap, no other document is in CoreNLP at the time
    boolean heavy = item.document().text().length() > HEAVY_CHARS;
    Lock gate = heavy ? alone.writeLock() : alone.readLock();
    gate.lock();
    try {
      Deadline deadline = new Deadline(Thread.currentThread(), maxDocumentTime.toNanos());
      ScheduledFuture<?> alarm = watchdog.schedule(deadline::expire, maxDocumentTime.toMillis(), TimeUnit.MILLISECONDS);
      try {
        Document d = item.document();
        AnnotatedDocument annotated = cache == null ? extractor.annotate(d) : cache.annotate(extractor, d);
        String line = EventJson.toJsonLine(extractor.extract(annotated));
        if (!deadline.finish()) {
          return new Line(line, false);
        }
        // finished, but past its time: the same document must not pass or fail by luck
      } catch (ExtractionInterruptedException e) {
        if (deadline.finish()) {
          return error(item.id(), "took longer than the limit of " + limitText() + ": stopped"
              + (e.inMatch() ? " in rule " + e.rule().id() + " (" + e.rule().location() + ")" : ""));
        }
        return error(item.id(), "extraction failed: " + e);
      } catch (OutOfMemoryError e) {
        if (!deadline.finish()) {
          return error(item.id(), "ran out of memory (" + item.document().text().length() + " characters): " + e.getMessage());
        }
      } catch (StackOverflowError e) {
        if (!deadline.finish()) {   // a pattern that recurses deep on a long sentence: this document only
          return error(item.id(), "ran out of stack (" + item.document().text().length() + " characters)");
        }
      } catch (RuntimeException e) {
        if (!deadline.finish()) {
          return error(item.id(), "extraction failed: " + e);
        }
      } finally {
        alarm.cancel(false);
        deadline.finish();
      }
    } finally {
      gate.unlock();   // released whatever happens, or the documents waiting for a long one would wait for ever
    }
    return error(item.id(), "took longer than the limit of " + limitText() + ": stopped");
  }

  private String limitText() {
    long ms = maxDocumentTime.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  private static Line error(String id, String reason) {
    return new Line(errorLine(id, reason), true);
  }

  /** The error line of a document: {@code {"doc_id": id, "error": reason}}. */
  public static String errorLine(String id, String reason) {
    ObjectNode n = JSON.createObjectNode();
    n.put("doc_id", id);
    n.put("error", reason);
    return n.toString();
  }

  /** Interrupts a worker whose document runs past its time; CoreNLP checks for interrupts between annotators. */
  private static final class Deadline {
    private final Thread worker;
    private final long start = System.nanoTime();
    private final long limitNanos;
    private boolean expired;
    private boolean finished;

    Deadline(Thread worker, long limitNanos) {
      this.worker = worker;
      this.limitNanos = limitNanos;
    }

    synchronized void expire() {
      if (!finished) {
        expired = true;
        worker.interrupt();
      }
    }

    /**
     * After this, no interrupt can arrive; one that did is cleared so the worker's next document starts clean.
     * Returns whether the time had run out, by the clock too: a watchdog that ran late must not let a document pass.
     */
    synchronized boolean finish() {
      if (!finished) {
        expired |= System.nanoTime() - start >= limitNanos;
      }
      finished = true;
      Thread.interrupted();
      return expired;
    }
  }
}
