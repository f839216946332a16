package org.warreport;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One happening a document tells, grouping the events (mentions) that tell it: the headline, the lead and a later
 * restatement of one night's fighting are one incident. Its totals are its own reckoning (restatements once, parts
 * not added to their whole, an update at its latest figure); {@code rules} say why its events were grouped.
 * {@code lead} marks the incident the story is about. Date, location and attacker may be null.
 */
public record Incident(String id, boolean lead, EventType type, LocalDate date, Location location,
                       Attacker attacker, List<String> sources, Total killed, Total injured, Total displaced,
                       List<String> events, List<String> rules) {
  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(killed, "killed");
    Objects.requireNonNull(injured, "injured");
    Objects.requireNonNull(displaced, "displaced");
    sources = List.copyOf(sources);
    events = List.copyOf(events);
    rules = List.copyOf(rules);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("incident " + id + " has no event");
    }
  }

  /** The reckoning of one outcome kind (killed, injured or displaced; none for the others). */
  public Total total(OutcomeKind kind) {
    return switch (kind) {
      case KILLED -> killed;
      case INJURED -> injured;
      case DISPLACED -> displaced;
      default -> Total.NONE;
    };
  }
}
