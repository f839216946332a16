package org.warreport;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one document yields: its id, its date (from metadata or its own text, else null), totals (the sum over its
 * incidents), incidents, events, and warnings about parts that were not read in full (a "sentence" too long to
 * parse), empty when all was read. At most one incident is the lead.
 */
public record DocumentResult(String docId, LocalDate date, Totals totals, List<Incident> incidents, List<Event> events,
                             List<String> warnings) {
  public DocumentResult {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(totals, "totals");
    incidents = List.copyOf(incidents);
    events = List.copyOf(events);
    warnings = List.copyOf(warnings);
    if (incidents.stream().filter(Incident::lead).count() > 1) {
      throw new IllegalArgumentException("document " + docId + " has more than one lead incident");
    }
  }

  public DocumentResult(String docId, LocalDate date, Totals totals, List<Incident> incidents, List<Event> events) {
    this(docId, date, totals, incidents, events, List.of());
  }

  /** The incident the story is about, if it reports any. */
  public Optional<Incident> lead() {
    return incidents.stream().filter(Incident::lead).findFirst();
  }

  /** The same result with warnings added. */
  public DocumentResult withWarnings(List<String> more) {
    List<String> all = new java.util.ArrayList<>(warnings);
    all.addAll(more);
    return new DocumentResult(docId, date, totals, incidents, events, all);
  }
}
