package org.warreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.warreport.Document;
import org.warreport.Event;
import org.warreport.EventExtractor;
import org.warreport.Location;
import org.warreport.Precision;

/**
 * A GeoNames-format file of our own ({@code geonames/small-SY-IQ.txt}: two ADM1 rows, three towns, a stream) loaded
 * over the bundled rules: its towns are resolved in real extractions with name, admin1, country and coordinates.
 */
class GeoNamesExtractionTest {
  private static final EventExtractor WITH_GEONAMES;

  static {
    try {
      Path file = Path.of(GeoNamesExtractionTest.class.getResource("/geonames/small-SY-IQ.txt").toURI());
      WITH_GEONAMES = EventExtractor.builder().rules(BundledRules.load().withGeoNames(file)).build();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Location place(EventExtractor extractor, String text) {
    Event e = extractor.extract(new Document("g", text, LocalDate.of(2019, 7, 11))).events().get(0);
    assertEquals(1, e.locations().size(), () -> "locations of: " + text + " " + e.locations());
    return e.locations().get(0);
  }

  @Test
  void aTownOfTheFileIsResolvedWithItsGovernorateCountryAndCoordinates() {
    Location l = place(WITH_GEONAMES, "Air strikes killed four civilians in Maarzita on Tuesday.");
    assertEquals("Maarzita", l.words().text());
    assertEquals("Maarzita", l.name());   // the file's ASCII name
    assertEquals(Precision.PLACE, l.precision());
    assertEquals("Idlib", l.admin1());   // the file's ADM1 row, named as the bundled gazetteer names it
    assertEquals("Syria", l.country());
    assertEquals(35.52, l.lat());
    assertEquals(36.71, l.lon());
  }

  @Test
  void anAlternateNameOfTheFileGivesTheSamePlace() {
    Location l = place(WITH_GEONAMES, "Shelling killed two children in Ma'arzita.");
    assertEquals("Maarzita", l.name());
    assertEquals("Idlib", l.admin1());
  }

  @Test
  void aPlaceOfAnotherCountryKeepsItsOwnAdmin1() {
    Location l = place(WITH_GEONAMES, "A car bomb killed nine people in Tal Afar.");
    assertEquals("Tall Afar", l.name());
    assertEquals("Nineveh", l.admin1());
    assertEquals("Iraq", l.country());
    assertEquals(36.37, l.lat());
  }

  @Test
  void theBundledGazetteerWinsWhereBothNameAPlace() {
    Location l = place(WITH_GEONAMES, "Air strikes killed five civilians in Saraqib.");
    assertEquals("Saraqib", l.name());
    assertEquals(35.86, l.lat());
  }

  @Test
  void withoutTheFileTheTownStandsAsWrittenWithNoCoordinates() {
    Location l = place(SharedExtractor.EXTRACTOR, "Air strikes killed four civilians in Maarzita on Tuesday.");
    assertEquals("Maarzita", l.name());
    assertNull(l.admin1());
    assertNull(l.lat());
  }
}
