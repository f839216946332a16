package org.warreport.internal.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.warreport.internal.lexicon.WorldGazetteer.Entry;
import org.warreport.internal.lexicon.WorldGazetteer.Kind;

class WorldGazetteerTest {
  private static WorldGazetteer read(String... rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
      z.write(String.join("\n", rows).getBytes(StandardCharsets.UTF_8));
    }
    return WorldGazetteer.read("world.tsv.gz", new ByteArrayInputStream(bytes.toByteArray()));
  }

  @Test
  void secondLevelDivisionsOfThePlacesAreEntriesByTheirNameWithAndWithoutTheirKind() throws IOException {
    WorldGazetteer g = read(
        "A\t-\tKhyber Pakhtunkhwa\t-\tPK\t03\t-\tADM1\t0\t-\t-",
        "P\t1\tWana\t-\tPK\t03\tSouth Waziristan Agency\tPPL\t2223\t32.3\t69.6",
        "P\t2\tAngoor Adda\t-\tPK\t03\tSouth Waziristan Agency\tPPL\t1500\t32.5\t69.3");
    for (String name : List.of("South Waziristan Agency", "South Waziristan", "south waziristan")) {
      List<Entry> named = g.named(name);
      assertEquals(1, named.size(), name + ": " + named);
      Entry d = named.get(0);
      assertEquals(List.of(Kind.DISTRICT, "South Waziristan Agency", "Khyber Pakhtunkhwa", "PAK"),
          List.of(d.kind(), d.name(), d.admin1(), d.country().iso3()), name);
    }
    assertEquals(Kind.PLACE, g.named("Wana").get(0).kind());
  }

  @Test
  void aDistrictWrittenWithItsKindFirstIsKnownByItsNameAlone() throws IOException {
    WorldGazetteer g = read(
        "A\t-\tCalabarzon\t-\tPH\t40\t-\tADM1\t0\t-\t-",
        "P\t3\tBacoor\t-\tPH\t40\tProvince of Cavite\tPPL\t600000\t14.4\t120.9");
    Entry d = g.named("Cavite").get(0);
    assertEquals(List.of(Kind.DISTRICT, "Province of Cavite", "Calabarzon", "PHL"),
        List.of(d.kind(), d.name(), d.admin1(), d.country().iso3()));
  }
}
