package org.warreport;

import java.util.Objects;

/**
 * A place an event is told to happen at: {@code name} is the gazetteer's canonical name, or the text itself when
 * the gazetteer does not know it (then admin1 and coordinates are null).
 */
public record Location(TextMention words, String name, Precision precision, String admin1, String country,
                       Double lat, Double lon) {
  public Location {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(precision, "precision");
  }
}
