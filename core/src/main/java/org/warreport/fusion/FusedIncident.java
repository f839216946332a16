package org.warreport.fusion;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.warreport.EventType;

/**
 * One happening reported by one or more documents: its day, kind, place and actors, each toll's range across the
 * reports, every report fused into it, whether the reports' figures disagree, and the rules that joined them
 * ({@code fusion.*}; a single report has {@code fusion.single_report}).
 */
public record FusedIncident(String id, LocalDate date, EventType type, Report.Place place, List<String> actors,
                            Range killed, Range injured, Range displaced, List<Report> reports, List<String> rules) {
  public FusedIncident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(place, "place");
    actors = List.copyOf(actors);
    reports = List.copyOf(reports);
    rules = List.copyOf(rules);
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("fused incident " + id + " has no report");
    }
  }

  /** Whether any toll's reports disagree: no single figure fits every report's bounds. */
  public boolean disagreement() {
    return killed.disagreement() || injured.disagreement() || displaced.disagreement();
  }
}
