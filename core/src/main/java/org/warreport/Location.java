package org.warreport;

import java.util.Objects;

/**
 * A place an event is told to happen at: {@code name} is the gazetteer's canonical name, or the text itself when
 * the gazetteer does not know it (then coordinates and {@code geonamesId} are null, and admin1 and country are what
 * the sentence or story says the place is in, where it says). {@code countryCode} is ISO 3166-1 alpha-3 ("NGA").
 * {@code rule} is the id of the place rule that found it, or a {@link Provenance} id: the gazetteer alone, carried
 * over, the story's place (never blank).
 */
public record Location(TextMention words, String name, Precision precision, String admin1, String admin2,
                       String country, String countryCode, Double lat, Double lon, Long geonamesId, String rule) {
  public Location {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(precision, "precision");
    Provenance.require(rule, "location");
  }

  /** A place without second-level division, country code or GeoNames id. */
  public Location(TextMention words, String name, Precision precision, String admin1, String country, Double lat,
                  Double lon, String rule) {
    this(words, name, precision, admin1, null, country, null, lat, lon, null, rule);
  }

  /** The same place, filled into a slot by {@code rule}. */
  public Location withRule(String rule) {
    return new Location(words, name, precision, admin1, admin2, country, countryCode, lat, lon, geonamesId, rule);
  }
}
