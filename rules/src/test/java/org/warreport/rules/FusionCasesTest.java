package org.warreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.warreport.Document;
import org.warreport.DocumentResult;
import org.warreport.fusion.FusedIncident;
import org.warreport.fusion.IncidentFuser;
import org.warreport.fusion.Range;

/**
 * Case files of fusion ({@code fusion/outlets.cases}): each case is two or three outlets' stories of our own, each read
 * by the real extractor, then fused; the happenings told by more than one report must be the ones written, in
 * order of day. A case's lines:
 * <pre>
 * case: what it shows
 *   story: 2020-03-10 | the text of one outlet's story
 *   fused: reports=s1/i1,s2/i1 killed=12 low=9 high=none disagreement=true
 * </pre>
 * Stories are s1, s2, ... in the order written; {@code fused: none} says no two reports fuse.
 */
class FusionCasesTest {
  private record Case(String title, int line, List<Document> stories, List<String> fused) {}

  @TestFactory
  Stream<DynamicTest> everyFusionCasePasses() throws IOException {
    return read().stream().map(c -> DynamicTest.dynamicTest("outlets.cases:" + c.line() + " " + c.title(), () -> {
      assertFalse(c.fused().isEmpty(), "outlets.cases:" + c.line() + ": a case says what fuses ('fused: none' for nothing)");
      List<DocumentResult> results = c.stories().stream().map(SharedExtractor.EXTRACTOR::extract).toList();
      List<String> fused = new ArrayList<>();
      for (FusedIncident f : new IncidentFuser().fuse(results)) {
        if (f.reports().size() > 1) {
          fused.add(render(f));
        }
      }
      assertEquals(c.fused().equals(List.of("none")) ? List.of() : c.fused(), fused,
          "outlets.cases:" + c.line() + " " + c.title());
    }));
  }

  private static String render(FusedIncident f) {
    Range k = f.killed();
    return "reports=" + String.join(",", f.reports().stream().map(r -> r.docId() + "/" + r.incidentId()).toList())
        + " killed=" + k.best() + " low=" + k.low() + " high=" + (k.high() == null ? "none" : k.high())
        + " disagreement=" + f.disagreement();
  }

  private static List<Case> read() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = FusionCasesTest.class.getResourceAsStream("/fusion/outlets.cases")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      Case current = null;
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("case:")) {
          current = new Case(line.substring(5).strip(), i + 1, new ArrayList<>(), new ArrayList<>());
          cases.add(current);
        } else if (current != null && line.startsWith("story:")) {
          String[] parts = line.substring(6).split("\\|", 2);
          if (parts.length < 2) {
            throw new IllegalArgumentException("outlets.cases:" + (i + 1) + ": a story is 'story: yyyy-mm-dd | text'");
          }
          current.stories().add(new Document("s" + (current.stories().size() + 1), parts[1].strip(),
              LocalDate.parse(parts[0].strip())));
        } else if (current != null && line.startsWith("fused:")) {
          current.fused().add(line.substring(6).strip());
        } else {
          throw new IllegalArgumentException("outlets.cases:" + (i + 1) + ": not a case, story or fused line: " + line);
        }
      }
    }
    return cases;
  }
}
