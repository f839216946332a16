package org.warreport;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What one document yields: its id, its date (from metadata or its own text, else null), totals and events. */
public record DocumentResult(String docId, LocalDate date, Totals totals, List<Event> events) {
  public DocumentResult {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(totals, "totals");
    events = List.copyOf(events);
  }
}
