package org.warreport.spark;

import org.warreport.corpus.batch.DocumentLines;

/**
 * The one extractor of an executor JVM, built on first use and shared by all the tasks the executor runs, as the
 * workers of a local batch share one pipeline (CoreNLP's models take most of a gigabyte and seconds to load).
 * A job under other settings replaces it.
 */
public final class ExecutorLines {
  private static final Object LOCK = new Object();
  private static volatile Built built;

  private record Built(JobSettings settings, DocumentLines lines) {}

  private ExecutorLines() {}

  /** The executor's lines for {@code settings}, built once (double-checked: tasks after the first take no lock). */
  public static DocumentLines get(JobSettings settings) {
    Built b = built;
    if (b == null || !b.settings().equals(settings)) {
      synchronized (LOCK) {
        b = built;
        if (b == null || !b.settings().equals(settings)) {
          b = new Built(settings, settings.build());
          built = b;
        }
      }
    }
    return b.lines();
  }
}
