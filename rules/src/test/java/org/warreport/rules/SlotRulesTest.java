package org.warreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warreport.Document;
import org.warreport.Provenance;
import org.warreport.json.EventJson;

/**
 * Each filled slot of the JSON names the rule that filled it (Odin's {@code foundBy}), or the lexicon, a carry-over
 * or an engine fallback; end to end with the real pipeline and the bundled rules, on sentences of our own.
 */
class SlotRulesTest {
  /** The JSON of one text, every slot's rule checked: never blank, and a rule's id among the event's rules. */
  private static JsonNode json(String text) {
    JsonNode doc = EventJson.toTree(SharedExtractor.EXTRACTOR.extract(new Document("s", text, LocalDate.of(2019, 8, 3))));
    for (JsonNode e : doc.get("events")) {
      List<String> rules = new ArrayList<>();
      e.get("rules").forEach(r -> rules.add(r.asText()));
      List<JsonNode> slots = new ArrayList<>();
      e.get("outcomes").forEach(o -> slots.addAll(List.of(o.get("count"), o.get("victim"))));
      e.get("locations").forEach(slots::add);
      for (String name : List.of("attacker", "date", "source")) {
        if (!e.get(name).isNull()) {
          slots.add(e.get(name));
        }
      }
      for (JsonNode slot : slots) {
        String rule = slot.path("rule").asText("");
        assertFalse(rule.isBlank(), () -> "no rule in " + slot);
        assertTrue(!Provenance.isRule(rule) || rules.contains(rule), () -> rule + " not among " + rules);
      }
    }
    return doc;
  }

  @Test
  void eachSlotNamesTheRuleThatFoundIt() {
    JsonNode e = json("Government warplanes killed 11 shepherds in southern Idlib on Thursday, the Observatory said.")
        .at("/events/0");
    assertEquals("casualty.killed_count_victim", e.at("/outcomes/0/count/rule").asText());
    assertEquals("casualty.killed_count_victim", e.at("/outcomes/0/victim/rule").asText());
    assertEquals("attacker.subject_of_verb", e.at("/attacker/rule").asText());
    assertEquals("southern Idlib", e.at("/locations/0/text").asText());
    assertEquals("place.compass_region", e.at("/locations/0/rule").asText());
    assertEquals("date.weekday", e.at("/date/rule").asText());
    assertEquals("source.trailing_said", e.at("/source/rule").asText());
  }

  @Test
  void aPartInTheNextSentenceCarriesItsWholesPlaceDayAndSource() {
    JsonNode doc = json("An air strike on Wednesday killed 14 civilians in Saraqib, a war monitor said. "
        + "Six of them were children.");
    JsonNode whole = doc.at("/events/0");
    assertEquals("Saraqib", whole.at("/locations/0/name").asText());
    assertEquals("lexicon", whole.at("/locations/0/rule").asText());   // the gazetteer's town, no rule around it
    assertEquals("date.weekday", whole.at("/date/rule").asText());
    assertEquals("source.trailing_said", whole.at("/source/rule").asText());

    JsonNode part = doc.at("/events/1");
    assertEquals("e1.o1", part.at("/outcomes/0/part_of").asText());
    assertEquals("casualty.count_of_them", part.at("/outcomes/0/count/rule").asText());
    assertEquals("casualty.count_of_them", part.at("/outcomes/0/victim/rule").asText());
    assertEquals("Saraqib", part.at("/locations/0/name").asText());
    assertEquals("carried", part.at("/locations/0/rule").asText());
    assertEquals("2019-07-31", part.at("/date/value").asText());
    assertEquals("carried", part.at("/date/rule").asText());
    assertEquals("Syrian Observatory for Human Rights", part.at("/source/name").asText());
    assertEquals("carried", part.at("/source/rule").asText());
  }

  @Test
  void aSentenceNamingNoPlaceTakesTheStorysAndABareNumberNamesNoVictim() {
    JsonNode later = json("A car bomb killed five soldiers in Jisr al-Shughur on Monday. Two days later, rocket fire "
        + "killed 3.").at("/events/1");
    assertTrue(later.at("/outcomes/0/victim/text").isNull());
    assertEquals("engine.unnamed_victim", later.at("/outcomes/0/victim/rule").asText());
    assertEquals("Jisr al-Shughur", later.at("/locations/0/name").asText());
    assertEquals("engine.story_place", later.at("/locations/0/rule").asText());
  }

  @Test
  void partsNamingNoVictimAreOfTheirWholesGroup() {
    JsonNode e = json("Two nurses were killed on Sunday, one by a sniper and another in shelling near the clinic.")
        .at("/events/0");
    assertEquals("casualty.count_victim_killed", e.at("/outcomes/0/victim/rule").asText());
    for (String part : List.of("/outcomes/1", "/outcomes/2")) {
      assertEquals("casualty.one_another", e.at(part + "/count/rule").asText());
      assertEquals(e.at("/outcomes/0/victim/group").asText(), e.at(part + "/victim/group").asText());
      assertEquals("engine.victim_of_whole", e.at(part + "/victim/rule").asText());
    }
  }

  @Test
  void aQuotationTakesTheAttributionWhereItCloses() {
    JsonNode doc = json("\u201cRockets killed seven farmers in their fields on Friday. Two more died in hospital,\u201d "
        + "the Observatory said.");
    assertEquals("engine.closing_attribution", doc.at("/events/0/source/rule").asText());
    assertEquals("source.trailing_said", doc.at("/events/1/source/rule").asText());
    assertEquals("Syrian Observatory for Human Rights", doc.at("/events/0/source/name").asText());
  }
}
