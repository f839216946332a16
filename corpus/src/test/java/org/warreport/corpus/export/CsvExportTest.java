package org.warreport.corpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One CSV row per outcome, error lines left out, values in their columns. */
class CsvExportTest {
  @TempDir
  Path dir;

  @Test
  void oneRowPerOutcome() throws Exception {
    Path jsonl = dir.resolve("out.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"doc_id\":\"d1\",\"date\":\"2019-06-06\",\"events\":[{\"id\":\"e1\",\"type\":\"air_strike\",\"scope\":\"incident\","
            + "\"sentence\":{\"index\":0},\"trigger\":{\"text\":\"killed\"},\"outcomes\":["
            + "{\"id\":\"e1.o1\",\"outcome\":\"killed\",\"count\":{\"value\":12,\"low\":12,\"high\":null,\"qualifier\":\"at_least\",\"text\":\"at least 12\",\"rule\":\"casualty.a\"},"
            + "\"victim\":{\"side\":\"civilian\",\"group\":\"civilians\",\"rule\":\"casualty.a\"},\"part_of\":null},"
            + "{\"id\":\"e1.o2\",\"outcome\":\"killed\",\"count\":{\"value\":null,\"low\":24,\"high\":99,\"qualifier\":\"vague\",\"text\":\"dozens\"},"
            + "\"victim\":{\"side\":\"civilian\",\"group\":\"children\",\"rule\":\"engine.victim_of_whole\"},\"part_of\":\"e1.o1\"}],"
            + "\"attacker\":{\"text\":\"regime and Russian jets\",\"actors\":[\"Syrian government\",\"Russia\"]},"
            + "\"locations\":[{\"name\":\"Saraqib\",\"admin1\":\"Idlib\",\"country\":\"Syria\",\"country_code\":\"SYR\",\"lat\":35.86,\"lon\":36.8,\"precision\":\"place\",\"rule\":\"lexicon\"}],"
            + "\"date\":{\"text\":\"on Tuesday\",\"value\":\"2019-06-04\",\"rule\":\"carried\"},"
            + "\"source\":{\"name\":\"Syrian Observatory for Human Rights\",\"kind\":\"monitor\",\"rule\":\"source.b\"},\"rules\":[\"casualty.a\",\"source.b\"]}]}",
        "{\"doc_id\":\"d2\",\"error\":\"empty document\"}",
        "{\"doc_id\":\"d3\",\"date\":null,\"events\":[]}") + "\n");
    Path csv = dir.resolve("out.csv");
    assertEquals(2, CsvExport.write(jsonl, csv));
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals(String.join(",", CsvExport.COLUMNS), lines.get(0));
    assertEquals("d1,e1,e1.o1,2019-06-04,2019-06-06,air_strike,incident,\"regime and Russian jets\","
        + "\"Syrian government;Russia\",killed,civilian,civilians,\"at least 12\",at_least,12,12,,,Saraqib,Idlib,Syria,SYR,"
        + "35.86,36.8,place,\"Syrian Observatory for Human Rights\",monitor,0,killed,casualty.a;source.b,casualty.a,casualty.a,,"
        + "lexicon,carried,source.b", lines.get(1));
    assertEquals("d1,e1,e1.o2,2019-06-04,2019-06-06,air_strike,incident,\"regime and Russian jets\","
        + "\"Syrian government;Russia\",killed,civilian,children,dozens,vague,24,24,99,e1.o1,Saraqib,Idlib,Syria,SYR,"
        + "35.86,36.8,place,\"Syrian Observatory for Human Rights\",monitor,0,killed,casualty.a;source.b,,"
        + "engine.victim_of_whole,,lexicon,carried,source.b", lines.get(2));
    assertEquals(3, lines.size());
    assertFalse(Files.exists(dir.resolve("out.csv.tmp")));
  }

  @Test
  void oneRowPerIncident() throws Exception {
    Path jsonl = dir.resolve("out.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"doc_id\":\"d1\",\"date\":\"2019-06-06\",\"incidents\":[{\"id\":\"i1\",\"lead\":true,\"type\":\"air_strike\","
            + "\"date\":\"2019-06-04\",\"location\":{\"name\":\"Saraqib\",\"admin1\":\"Idlib\",\"country\":\"Syria\",\"country_code\":\"SYR\"},"
            + "\"attacker\":{\"actors\":[\"Syrian government\",\"Russia\"]},\"sources\":[\"SOHR\"],"
            + "\"killed\":{\"best\":12,\"low\":12,\"high\":null,\"by_side\":{\"civilian\":12,\"unknown\":0}},"
            + "\"injured\":{\"best\":3,\"low\":3,\"high\":3,\"by_side\":{}},"
            + "\"displaced\":{\"best\":0,\"low\":0,\"high\":0,\"by_side\":{}},"
            + "\"events\":[\"e1\",\"e3\"],\"rules\":[\"incident.same_toll_restated\"]},"
            + "{\"id\":\"i2\",\"lead\":false,\"type\":\"other\",\"date\":null,\"location\":null,\"attacker\":null,"
            + "\"sources\":[],\"killed\":{\"best\":2,\"low\":2,\"high\":2,\"by_side\":{\"unknown\":2}},"
            + "\"injured\":{\"best\":0,\"low\":0,\"high\":0,\"by_side\":{}},"
            + "\"displaced\":{\"best\":0,\"low\":0,\"high\":0,\"by_side\":{}},"
            + "\"events\":[\"e2\"],\"rules\":[\"incident.other_day\"]}],\"events\":[]}",
        "{\"doc_id\":\"d2\",\"error\":\"empty document\"}") + "\n");
    Path csv = dir.resolve("incidents.csv");
    assertEquals(2, CsvExport.writeIncidents(jsonl, csv));
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals(String.join(",", CsvExport.INCIDENT_COLUMNS), lines.get(0));
    assertEquals("d1,i1,true,2019-06-04,2019-06-06,air_strike,\"Syrian government;Russia\",Saraqib,Idlib,Syria,SYR,"
        + "12,12,,12,,,0,3,3,3,0,SOHR,e1;e3,\"incident.same_toll_restated\"", lines.get(1));
    assertEquals("d1,i2,false,2019-06-06,2019-06-06,other,,,,,,2,2,2,,,,2,0,0,0,0,,e2,incident.other_day", lines.get(2));
    assertEquals(3, lines.size());
  }
}
