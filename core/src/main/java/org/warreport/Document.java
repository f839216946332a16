package org.warreport;

import java.time.LocalDate;
import java.util.Objects;

/** A story to read: an id, its text exactly as given, and its publication date if known (may be null). */
public record Document(String id, String text, LocalDate date) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
