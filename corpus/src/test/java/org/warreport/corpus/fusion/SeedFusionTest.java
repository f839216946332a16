package org.warreport.corpus.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warreport.EventExtractor;
import org.warreport.corpus.batch.BatchAnnotator;
import org.warreport.fusion.IncidentFuser;
import org.warreport.rules.BundledRules;

/**
 * The seeds annotated by the real pipeline and fused: two outlets told one night (000 and 001), incident by incident;
 * no other seed incident is fused with another.
 */
class SeedFusionTest {
  private static final Path CORPUS = Path.of("../../shared/corpus");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theTwoOutletsOfOneNightFuseIncidentByIncident(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is beside the project in CI and on developer machines");
    EventExtractor extractor = EventExtractor.builder().rules(BundledRules.load()).build();
    Path out = tmp.resolve("seeds.jsonl");
    BatchAnnotator.builder(extractor).threads(2).build().run(List.of(CORPUS.resolve("seeds.jsonl").toString()), out);
    Path fused = tmp.resolve("fused.jsonl");
    Path csv = tmp.resolve("fused.csv");
    FusionRun.Summary s = FusionRun.run(List.of(out), fused, csv, new IncidentFuser(), 1000);
    assertEquals(5, s.documents());

    List<String> joined = new ArrayList<>();
    for (String line : Files.readAllLines(fused)) {
      JsonNode f = JSON.readTree(line);
      List<String> reports = new ArrayList<>();
      f.path("reports").forEach(r -> reports.add(r.path("doc_id").asText().substring(0, 3) + "/"
          + r.path("incident").asText() + "=" + r.path("killed").path("value").asText()
          + r.path("killed").path("qualifier").asText().replace("exact", "").replace("at_least", "+")));
      if (reports.size() > 1) {
        JsonNode k = f.path("killed");
        joined.add(String.join(" ", reports) + " | best " + k.path("best") + " low " + k.path("low") + " high "
            + k.path("high") + " | disagreement " + f.path("disagreement") + " | " + f.path("rules").path(0).asText());
      }
    }
    assertEquals(List.of(
        "000/i1=56 001/i1=56 | best 56 low 56 high 56 | disagreement false | fusion.same_day_same_division_same_toll",
        "000/i2=11 001/i2=15+ | best 15 low 11 high null | disagreement true | fusion.same_day_same_division"),
        joined);
    assertEquals(s.fused() + 1, Files.readAllLines(csv).size());   // a header and a row per happening
    assertEquals(String.join(",", FusionRun.COLUMNS), Files.readAllLines(csv).get(0));
  }
}
