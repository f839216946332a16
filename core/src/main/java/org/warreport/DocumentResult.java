package org.warreport;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one document yields: its id, its date (from metadata or its own text, else null), totals and events, and
 * warnings about parts that were not read in full (a "sentence" too long to parse), empty when all was read.
 */
public record DocumentResult(String docId, LocalDate date, Totals totals, List<Event> events, List<String> warnings) {
  public DocumentResult {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(totals, "totals");
    events = List.copyOf(events);
    warnings = List.copyOf(warnings);
  }

  public DocumentResult(String docId, LocalDate date, Totals totals, List<Event> events) {
    this(docId, date, totals, events, List.of());
  }
}
