package org.warreport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.warreport.ActorType;
import org.warreport.Attacker;
import org.warreport.Basis;
import org.warreport.Count;
import org.warreport.CountMention;
import org.warreport.DocumentResult;
import org.warreport.Event;
import org.warreport.Incident;
import org.warreport.EventDate;
import org.warreport.EventType;
import org.warreport.Location;
import org.warreport.Outcome;
import org.warreport.OutcomeKind;
import org.warreport.Precision;
import org.warreport.Provenance;
import org.warreport.Scope;
import org.warreport.Side;
import org.warreport.Source;
import org.warreport.SourceKind;
import org.warreport.Span;
import org.warreport.TextMention;
import org.warreport.Total;
import org.warreport.Totals;
import org.warreport.Victim;

/** The JSON form of a result, checked field for field against ../shared/event-schema.md. */
class EventJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Two sentences; the place name is wrapped over a line break, as pasted wire copy often is. */
  private static final String DOC =
      "DUN VALE, July 11 (Wire) - Ridge Brigade shelling killed at least 11 civilians, among them four children, "
          + "in Qasr\nMaraj late Wednesday, the Levant Monitor said.\nWarplanes have killed dozens since\nMay.";

  private static TextMention at(int begin, int end) {
    return TextMention.of(DOC, new Span(begin, end));
  }

  private static DocumentResult result() {
    Outcome civilians = new Outcome("e1.o1", OutcomeKind.KILLED, new CountMention(Count.atLeast(11), at(57, 68),
        "casualty.killed_count_victim"), new Victim("civilians", Side.CIVILIAN, at(69, 78), "casualty.killed_count_victim"),
        null);
    Outcome children = new Outcome("e1.o2", OutcomeKind.KILLED, new CountMention(Count.exactly(4), at(91, 95),
        "casualty.among_them"), new Victim("children", Side.CIVILIAN, at(96, 104), "casualty.among_them"), "e1.o1");
    Event shelling = new Event("e1", EventType.SHELLING, Scope.INCIDENT, 0, new Span(0, 160), at(50, 56),
        List.of(civilians, children),
        new Attacker(at(27, 40), List.of("Ridge Brigade", "Valley rebels"),
            List.of(ActorType.MILITIA, ActorType.REBEL_GROUP), Basis.CLAIMED, "attacker.subject_of_verb"),
        List.of(new Location(at(109, 119), "Qasr Maraj", Precision.PLACE, "Vell", "Veldra", 35.1, 36.7,
            Provenance.LEXICON)),
        new EventDate(at(120, 134), LocalDate.of(2019, 7, 10), "date.weekday"),
        new Source(at(136, 154), "Levant Monitor", SourceKind.MONITOR, "said", "source.trailing_said"),
        List.of("casualty.killed_count_victim", "casualty.among_them", "attacker.subject_of_verb",
            "date.weekday", "source.trailing_said"));
    Outcome dozens = new Outcome("e2.o1", OutcomeKind.KILLED, new CountMention(Count.vague(24, 99L), at(183, 189),
        "casualty.killed_count"), new Victim("people", Side.UNKNOWN, null, Provenance.UNNAMED_VICTIM), null);
    Event tally = new Event("e2", EventType.AIR_STRIKE, Scope.AGGREGATE, 1, new Span(161, 200), at(176, 182),
        List.of(dozens), null, List.of(), null, null, List.of("casualty.killed_count", "scope.since_period"));
    Totals totals = new Totals(new Total(11, 11, 11L, Map.of(Side.CIVILIAN, 11L, Side.UNKNOWN, 0L)),
        Total.NONE, Total.NONE);
    Incident lead = new Incident("i1", true, EventType.SHELLING, LocalDate.of(2019, 7, 10), null, null,
        List.of("Levant Monitor"), totals.killed(), Total.NONE, Total.NONE, List.of("e1"),
        List.of("incident.single_telling"));
    return new DocumentResult("veldra-0711", LocalDate.of(2019, 7, 11), totals, List.of(lead),
        List.of(shelling, tally));
  }

  private static final String EXPECTED = """
      {
        "doc_id": "veldra-0711",
        "date": "2019-07-11",
        "totals": {
          "killed": {"best": 11, "low": 11, "high": 11, "by_side": {"civilian": 11, "unknown": 0}},
          "injured": {"best": 0, "low": 0, "high": 0, "by_side": {}},
          "displaced": {"best": 0, "low": 0, "high": 0, "by_side": {}}
        },
        "incidents": [
          {"id": "i1", "lead": true, "type": "shelling", "date": "2019-07-10", "location": null, "attacker": null,
           "sources": ["Levant Monitor"],
           "killed": {"best": 11, "low": 11, "high": 11, "by_side": {"civilian": 11, "unknown": 0}},
           "injured": {"best": 0, "low": 0, "high": 0, "by_side": {}},
           "displaced": {"best": 0, "low": 0, "high": 0, "by_side": {}},
           "events": ["e1"], "rules": ["incident.single_telling"]}
        ],
        "events": [
          {
            "id": "e1",
            "type": "shelling",
            "scope": "incident",
            "sentence": {"index": 0, "begin": 0, "end": 160},
            "trigger": {"text": "killed", "begin": 50, "end": 56},
            "outcomes": [
              {"id": "e1.o1", "outcome": "killed",
               "count": {"value": 11, "low": 11, "high": null, "qualifier": "at_least", "text": "at least 11",
                         "begin": 57, "end": 68, "rule": "casualty.killed_count_victim"},
               "victim": {"text": "civilians", "side": "civilian", "group": "civilians", "begin": 69, "end": 78,
                          "rule": "casualty.killed_count_victim"},
               "part_of": null},
              {"id": "e1.o2", "outcome": "killed",
               "count": {"value": 4, "low": 4, "high": 4, "qualifier": "exact", "text": "four",
                         "begin": 91, "end": 95, "rule": "casualty.among_them"},
               "victim": {"text": "children", "side": "civilian", "group": "children", "begin": 96, "end": 104,
                          "rule": "casualty.among_them"},
               "part_of": "e1.o1"}
            ],
            "attacker": {"text": "Ridge Brigade", "actors": ["Ridge Brigade", "Valley rebels"], "begin": 27, "end": 40,
                         "types": ["militia", "rebel_group"], "basis": "claimed", "rule": "attacker.subject_of_verb"},
            "locations": [{"text": "Qasr\\nMaraj", "name": "Qasr Maraj", "precision": "place", "admin1": "Vell",
                           "country": "Veldra", "country_code": null, "lat": 35.1, "lon": 36.7, "geonames_id": null,
                           "begin": 109, "end": 119,
                           "rule": "lexicon"}],
            "date": {"text": "late Wednesday", "begin": 120, "end": 134, "value": "2019-07-10", "rule": "date.weekday"},
            "source": {"text": "the Levant Monitor", "begin": 136, "end": 154, "name": "Levant Monitor",
                       "kind": "monitor", "organisation": null, "cue": "said", "rule": "source.trailing_said"},
            "rules": ["casualty.killed_count_victim", "casualty.among_them", "attacker.subject_of_verb",
                      "date.weekday", "source.trailing_said"]
          },
          {
            "id": "e2",
            "type": "air_strike",
            "scope": "aggregate",
            "sentence": {"index": 1, "begin": 161, "end": 200},
            "trigger": {"text": "killed", "begin": 176, "end": 182},
            "outcomes": [
              {"id": "e2.o1", "outcome": "killed",
               "count": {"value": null, "low": 24, "high": 99, "qualifier": "vague", "text": "dozens",
                         "begin": 183, "end": 189, "rule": "casualty.killed_count"},
               "victim": {"text": null, "side": "unknown", "group": "people", "begin": null, "end": null,
                          "rule": "engine.unnamed_victim"},
               "part_of": null}
            ],
            "attacker": null,
            "locations": [],
            "date": null,
            "source": null,
            "rules": ["casualty.killed_count", "scope.since_period"]
          }
        ]
      }
      """;

  @Test
  void theDocumentIsSerialisedFieldForField() throws Exception {
    assertEquals(MAPPER.readTree(EXPECTED), MAPPER.readTree(EventJson.toJsonLine(result())));
  }

  @Test
  void theTreeHasTheContractsValues() {
    JsonNode doc = EventJson.toTree(result());
    assertEquals("veldra-0711", doc.get("doc_id").asText());
    assertEquals("2019-07-11", doc.get("date").asText());
    assertEquals(11, doc.at("/totals/killed/best").asLong());
    assertEquals(11, doc.at("/totals/killed/by_side/civilian").asLong());
    assertTrue(doc.at("/totals/injured/by_side").isObject());
    assertTrue(doc.at("/totals/injured/by_side").isEmpty());

    JsonNode e1 = doc.at("/events/0");
    assertEquals("e1.o1", e1.at("/outcomes/1/part_of").asText());
    assertTrue(e1.at("/outcomes/0/part_of").isNull());
    assertTrue(e1.at("/outcomes/0/count/high").isNull());
    assertEquals(11, e1.at("/outcomes/0/count/value").asLong());
    assertEquals("Valley rebels", e1.at("/attacker/actors/1").asText());
    assertEquals("2019-07-10", e1.at("/date/value").asText());
    assertEquals("said", e1.at("/source/cue").asText());
    assertEquals(5, e1.get("rules").size());
    assertEquals("casualty.among_them", e1.at("/outcomes/1/count/rule").asText());
    assertEquals("lexicon", e1.at("/locations/0/rule").asText());
    assertEquals("engine.unnamed_victim", doc.at("/events/1/outcomes/0/victim/rule").asText());

    JsonNode e2 = doc.at("/events/1");
    assertTrue(e2.at("/outcomes/0/count/value").isNull());
    assertTrue(e2.at("/outcomes/0/victim/text").isNull());
    assertTrue(e2.get("attacker").isNull());
    assertTrue(e2.get("date").isNull());
    assertTrue(e2.get("source").isNull());
    assertTrue(e2.get("locations").isArray());
    assertTrue(e2.get("locations").isEmpty());
  }

  private static Set<String> names(JsonNode n) {
    Set<String> names = new TreeSet<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void fieldNamesAreTheContracts() {
    JsonNode doc = EventJson.toTree(result());
    assertEquals(Set.of("doc_id", "date", "totals", "incidents", "events"), names(doc));
    assertEquals(Set.of("id", "lead", "type", "date", "location", "attacker", "sources", "killed", "injured",
        "displaced", "events", "rules"), names(doc.at("/incidents/0")));
    assertEquals(Set.of("killed", "injured", "displaced"), names(doc.get("totals")));
    assertEquals(Set.of("best", "low", "high", "by_side"), names(doc.at("/totals/killed")));
    JsonNode e = doc.at("/events/0");
    assertEquals(Set.of("id", "type", "scope", "sentence", "trigger", "outcomes", "attacker", "locations", "date",
        "source", "rules"), names(e));
    assertEquals(Set.of("index", "begin", "end"), names(e.get("sentence")));
    assertEquals(Set.of("text", "begin", "end"), names(e.get("trigger")));
    assertEquals(Set.of("id", "outcome", "count", "victim", "part_of"), names(e.at("/outcomes/0")));
    // each filled slot object names the rule that filled it
    assertEquals(Set.of("value", "low", "high", "qualifier", "text", "begin", "end", "rule"),
        names(e.at("/outcomes/0/count")));
    assertEquals(Set.of("text", "side", "group", "begin", "end", "rule"), names(e.at("/outcomes/0/victim")));
    assertEquals(Set.of("text", "actors", "types", "basis", "begin", "end", "rule"), names(e.get("attacker")));
    // the contract allows added fields: precision and the GeoNames id on locations, the offsets of the date words
    // (admin2 appears where known)
    assertEquals(Set.of("text", "name", "precision", "admin1", "country", "country_code", "lat", "lon", "geonames_id",
            "begin", "end", "rule"),
        names(e.at("/locations/0")));
    assertEquals(Set.of("text", "value", "begin", "end", "rule"), names(e.get("date")));
    assertEquals(Set.of("text", "name", "kind", "organisation", "cue", "begin", "end", "rule"), names(e.get("source")));
    // a null part keeps its field
    assertEquals(names(e), names(doc.at("/events/1")));
    assertEquals(names(e.at("/outcomes/0/victim")), names(doc.at("/events/1/outcomes/0/victim")));
  }

  @Test
  void enumValuesAreLowerCaseCodes() {
    JsonNode doc = EventJson.toTree(result());
    List<String> codes = new ArrayList<>();
    for (String path : List.of("/events/0/type", "/events/0/scope", "/events/0/outcomes/0/outcome",
        "/events/0/outcomes/0/count/qualifier", "/events/0/outcomes/0/victim/side", "/events/0/locations/0/precision",
        "/events/0/source/kind", "/events/1/type", "/events/1/scope", "/events/1/outcomes/0/count/qualifier",
        "/events/1/outcomes/0/victim/side")) {
      codes.add(doc.at(path).asText());
    }
    assertEquals(List.of("shelling", "incident", "killed", "at_least", "civilian", "place", "monitor",
        "air_strike", "aggregate", "vague", "unknown"), codes);
  }

  @Test
  void bySideFollowsTheOrderOfSides() throws Exception {
    Totals totals = new Totals(new Total(9, 9, 9L, Map.of(Side.UNKNOWN, 1L, Side.CIVILIAN, 3L, Side.GOVERNMENT, 5L)),
        Total.NONE, Total.NONE);
    String line = EventJson.toJsonLine(new DocumentResult("d", null, totals, List.of(), List.of()));
    assertTrue(line.contains("\"by_side\":{\"government\":5,\"civilian\":3,\"unknown\":1}"), line);
  }

  @Test
  void oneLineWithoutLineBreaks() {
    String line = EventJson.toJsonLine(result());
    assertFalse(line.contains("\n"), line);
    assertFalse(line.contains("\r"), line);
    assertTrue(line.contains("\"Qasr\\nMaraj\""), line);
  }

  @Test
  void emptyResultWithoutDateIsExactlyThis() {
    DocumentResult empty = new DocumentResult("empty-1", null, new Totals(Total.NONE, Total.NONE, Total.NONE),
        List.of(), List.of());
    String zero = "{\"best\":0,\"low\":0,\"high\":0,\"by_side\":{}}";
    assertEquals("{\"doc_id\":\"empty-1\",\"date\":null,\"totals\":{\"killed\":" + zero + ",\"injured\":" + zero
        + ",\"displaced\":" + zero + "},\"incidents\":[],\"events\":[]}", EventJson.toJsonLine(empty));
  }

  @Test
  void parseReadsALineBack() throws Exception {
    String line = EventJson.toJsonLine(result());
    JsonNode back = EventJson.parse(line);
    assertEquals(MAPPER.readTree(EXPECTED), back);
    assertEquals(line, MAPPER.writeValueAsString(back));
  }
}
