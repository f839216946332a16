package org.warreport.corpus.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which extractions appear and disappear between two outputs of the same documents. */
class OutputComparisonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode doc(String id, String... outcomes) throws Exception {
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < outcomes.length; i++) {
      String[] p = outcomes[i].split(" ");   // sentence value group side place
      events.append(i == 0 ? "" : ",").append("{\"id\":\"e").append(i + 1).append("\",\"scope\":\"incident\",")
          .append("\"sentence\":{\"index\":").append(p[0]).append("},\"outcomes\":[{\"outcome\":\"killed\",")
          .append("\"count\":{\"value\":").append(p[1]).append(",\"qualifier\":\"exact\",\"text\":\"").append(p[1])
          .append("\"},\"victim\":{\"group\":\"").append(p[2]).append("\",\"side\":\"").append(p[3]).append("\"}}],")
          .append("\"attacker\":null,\"locations\":[{\"name\":\"").append(p[4]).append("\"}],\"source\":null}");
    }
    return JSON.readTree("{\"doc_id\":\"" + id + "\",\"events\":[" + events + "]}");
  }

  @Test
  void extractionsOnlyOneSideHasAreListed() throws Exception {
    List<JsonNode> a = List.of(doc("d1", "0 12 civilians civilian Saraqib", "2 5 soldiers government Ariha"));
    List<JsonNode> b = List.of(doc("d1", "0 12 civilians civilian Saraqib", "2 5 soldiers government Kafr_Zita",
        "3 4 children civilian Saraqib"));
    OutputComparison c = OutputComparison.of(a, b);
    assertEquals(List.of("d1 s2 killed exact:5 soldiers side=government scope=incident attacker=none place=Ariha "
        + "source=none \u00ab5\u00bb"), c.onlyA());
    assertEquals(2, c.onlyB().size());
    assertEquals("d1 s3 killed exact:4 children side=civilian scope=incident attacker=none place=Saraqib source=none \u00ab4\u00bb",
        c.onlyB().get(1));
    assertEquals("extractions: A 2, B 3; only in A: 1, only in B: 2", c.render("a", "b").lines().findFirst().orElseThrow());
  }

  @Test
  void aFactToldTwiceThatLosesOneTellingShows() throws Exception {
    OutputComparison c = OutputComparison.of(
        List.of(doc("d1", "0 7 people unknown Hish", "0 7 people unknown Hish")),
        List.of(doc("d1", "0 7 people unknown Hish")));
    assertEquals(1, c.onlyA().size());
    assertEquals(List.of(), c.onlyB());
  }
}
