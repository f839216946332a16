package org.warreport;

import java.util.Objects;

/**
 * One counted group of an event: {@code id} is {@code <event id>.o<n>}; {@code partOf} is the id of the outcome this
 * one is a subset of ("11 civilians, among them four children"), or null.
 */
public record Outcome(String id, OutcomeKind outcome, CountMention count, Victim victim, String partOf) {
  public Outcome {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(victim, "victim");
  }
}
