package org.warreport.corpus.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warreport.fusion.IncidentFuser;

/** The fuse job on output lines written here: sorting past memory changes nothing; a bad line is named. */
class FusionRunTest {
  private static String line(String doc, String day, String admin1, int killed, String type) {
    return "{\"doc_id\":\"" + doc + "\",\"date\":\"" + day + "\",\"incidents\":[{\"id\":\"i1\",\"lead\":true,"
        + "\"type\":\"" + type + "\",\"date\":\"" + day + "\",\"location\":{\"name\":\"" + admin1 + "\",\"admin1\":\""
        + admin1 + "\",\"country\":\"Syria\",\"country_code\":\"SYR\"},\"attacker\":null,\"sources\":[\"Monitor\"],"
        + "\"killed\":{\"best\":" + killed + ",\"low\":" + killed + ",\"high\":" + killed
        + ",\"by_side\":{\"civilian\":" + killed + "}},\"injured\":{\"best\":0,\"low\":0,\"high\":0,\"by_side\":{}},"
        + "\"displaced\":{\"best\":0,\"low\":0,\"high\":0,\"by_side\":{}},\"events\":[\"e1\"],\"rules\":[]}],"
        + "\"events\":[]}";
  }

  private static Path outputs(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    String[] divisions = {"Idlib", "Hama"};
    for (int i = 0; i < 60; i++) {
      String day = "2020-03-" + String.format("%02d", 1 + i % 20);
      lines.add(line("d" + i, day, divisions[i % 2], 3 + i % 7, i % 4 < 2 ? "shelling" : "air_strike"));
    }
    lines.add("{\"doc_id\":\"bad\",\"error\":\"not read\"}");   // an error line: no incidents, passed over
    return Files.write(dir.resolve("out.jsonl"), lines);
  }

  @Test
  void runsSpilledToDiskFuseAsOneRunInMemory(@TempDir Path tmp) throws Exception {
    Path in = outputs(tmp);
    FusionRun.Summary inMemory = FusionRun.run(List.of(in), tmp.resolve("a.jsonl"), null, new IncidentFuser(), 1000);
    FusionRun.Summary spilled = FusionRun.run(List.of(in), tmp.resolve("b.jsonl"), null, new IncidentFuser(), 7);
    assertEquals(0, inMemory.spilledRuns());
    assertEquals(9, spilled.spilledRuns());
    assertEquals(60, spilled.documents());   // the error line passed over
    assertEquals(60, spilled.reports());
    assertEquals(Files.readAllLines(tmp.resolve("a.jsonl")), Files.readAllLines(tmp.resolve("b.jsonl")));
    // documents i, i + 20 and i + 40 share day, division and kind: 20 happenings of three reports each
    assertEquals(20, spilled.fused());
    try (var files = Files.list(tmp)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith("reports-")), "spilled runs deleted");
    }
  }

  @Test
  void aLineThatIsNoOutputIsNamedWithItsFileAndDocument(@TempDir Path tmp) throws Exception {
    Path in = Files.write(tmp.resolve("out.jsonl"), List.of(line("d1", "2020-03-01", "Idlib", 3, "shelling"),
        line("d2", "2020-03-01", "Idlib", 3, "volley")));
    IOException e = assertThrows(IOException.class,
        () -> FusionRun.run(List.of(in), tmp.resolve("f.jsonl"), null, new IncidentFuser(), 100));
    assertTrue(e.getMessage().startsWith(in + ": d2 incident i1: "), e.getMessage());
    assertTrue(e.getMessage().contains("volley"), e.getMessage());
    try (var files = Files.list(tmp)) {
      assertEquals(List.of("out.jsonl"), files.map(p -> p.getFileName().toString()).toList(), "nothing left behind");
    }
  }
}
