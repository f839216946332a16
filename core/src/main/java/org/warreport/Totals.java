package org.warreport;

import java.util.Objects;

/** The document totals of people killed, injured and displaced in the incidents it reports (aggregates left out). */
public record Totals(Total killed, Total injured, Total displaced) {
  public Totals {
    Objects.requireNonNull(killed, "killed");
    Objects.requireNonNull(injured, "injured");
    Objects.requireNonNull(displaced, "displaced");
  }
}
