package org.warreport.spark;

import java.io.Serializable;

/**
 * Called in a task before each document is extracted; what it throws fails the task (Spark then retries it). For
 * tests that make a task fail on purpose; the job itself passes {@link #NONE}.
 */
@FunctionalInterface
public interface DocumentHook extends Serializable {
  DocumentHook NONE = id -> { };

  void beforeDocument(String docId);
}
