package org.warreport;

import java.util.Objects;

/**
 * A place an event is told to happen at: {@code name} is the gazetteer's canonical name, or the text itself when
 * the gazetteer does not know it (then admin1 and coordinates are null). {@code rule} is the id of the place rule
 * that found it, or a {@link Provenance} id: the gazetteer alone, carried over, the story's place (never blank).
 */
public record Location(TextMention words, String name, Precision precision, String admin1, String country,
                       Double lat, Double lon, String rule) {
  public Location {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(precision, "precision");
    Provenance.require(rule, "location");
  }

  /** The same place, filled into a slot by {@code rule}. */
  public Location withRule(String rule) {
    return new Location(words, name, precision, admin1, country, lat, lon, rule);
  }
}
