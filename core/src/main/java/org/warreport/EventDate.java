package org.warreport;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The day an event happened, as written ("late Wednesday") and resolved against the document date; {@code rule} is
 * the id of the date rule that found it, or {@link Provenance#CARRIED} (never blank).
 */
public record EventDate(TextMention words, LocalDate value, String rule) {
  public EventDate {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(value, "value");
    Provenance.require(rule, "date");
  }

  /** The same day, filled into a slot by {@code rule}. */
  public EventDate withRule(String rule) {
    return new EventDate(words, value, rule);
  }
}
