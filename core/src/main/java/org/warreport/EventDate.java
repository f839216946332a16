package org.warreport;

import java.time.LocalDate;
import java.util.Objects;

/** The day an event happened, as written ("late Wednesday") and resolved against the document date. */
public record EventDate(TextMention words, LocalDate value) {
  public EventDate {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(value, "value");
  }
}
