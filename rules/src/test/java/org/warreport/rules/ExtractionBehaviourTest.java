package org.warreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warreport.Count;
import org.warreport.Document;
import org.warreport.DocumentResult;
import org.warreport.Incident;
import org.warreport.Event;
import org.warreport.Outcome;
import org.warreport.OutcomeKind;
import org.warreport.Scope;
import org.warreport.Side;
import org.warreport.SourceKind;

/** End to end with the real pipeline and the bundled rules, on sentences of our own. */
class ExtractionBehaviourTest {
  private static DocumentResult read(String text, LocalDate date) {
    DocumentResult r = SharedExtractor.EXTRACTOR.extract(new Document("t", text, date));
    for (Event e : r.events()) {   // invariants of every extraction
      assertEquals(e.trigger().text(), e.trigger().span().textIn(text));
      assertTrue(e.sentence().covers(e.trigger().span()));
      assertFalse(e.rules().isEmpty());
      for (Outcome o : e.outcomes()) {
        assertEquals(o.count().words().text(), o.count().words().span().textIn(text));
      }
    }
    return r;
  }

  @Test
  void aLeadThatTellsNoDeadOrTellsThemOnlyInWordsYieldsToOneWithANumber() {
    DocumentResult r = read("Hundreds of villagers were killed in the valley in May, rights groups said. Meanwhile, "
        + "shelling on the market town of Ariha killed 14 people on Thursday, a monitor said.", LocalDate.of(2019, 6, 7));
    assertEquals(2, r.incidents().size());
    assertFalse(r.incidents().get(0).lead());
    assertEquals("i2", r.lead().orElseThrow().id());
    assertEquals(14, r.lead().orElseThrow().killed().best());
    DocumentResult wounded = read("Mortar shells wounded six people in the old city on Monday. Meanwhile, an air strike "
        + "on the village of Kfar Nabl killed four civilians, a monitor said.", LocalDate.of(2019, 6, 7));
    assertEquals(List.of(false, true), wounded.incidents().stream().map(org.warreport.Incident::lead).toList());
    assertEquals(4, wounded.lead().orElseThrow().killed().best());
  }

  @Test
  void incidentWithSubsetSourceDateAndPlace() {
    String text = "Air strikes on Tuesday killed at least 12 civilians, among them five children, in Saraqib, "
        + "a war monitor said.";
    DocumentResult r = read(text, LocalDate.of(2019, 6, 6));
    assertEquals(1, r.events().size());
    Event e = r.events().get(0);
    assertEquals(Scope.INCIDENT, e.scope());
    assertEquals("killed", e.trigger().text());
    Outcome whole = e.outcomes().get(0);
    Outcome part = e.outcomes().get(1);
    assertEquals(Count.atLeast(12), whole.count().count());
    assertEquals("at least 12", whole.count().words().text());
    assertEquals(Side.CIVILIAN, whole.victim().side());
    assertEquals(OutcomeKind.KILLED, part.outcome());
    assertEquals(whole.id(), part.partOf());
    assertEquals("children", part.victim().group());
    assertEquals(LocalDate.of(2019, 6, 4), e.date().value());
    assertEquals("Syrian Observatory for Human Rights", e.source().name());
    assertEquals(SourceKind.MONITOR, e.source().kind());
    assertEquals("Saraqib", e.locations().get(0).name());
    assertTrue(e.rules().containsAll(List.of("casualty.killed_count_victim", "casualty.among_them", "source.trailing_said")),
        e.rules().toString());
    assertEquals(12, r.totals().killed().best());
    assertEquals(12L, r.totals().killed().bySide().get(Side.CIVILIAN));
  }

  @Test
  void aggregateTallyStaysOutOfTotals() {
    DocumentResult r = read("More than 900 civilians have died in Russian and regime air raids on the province since late April, "
        + "according to the Observatory.", LocalDate.of(2019, 8, 1));
    Event e = r.events().get(0);
    assertEquals(Scope.AGGREGATE, e.scope());
    assertEquals(Count.moreThan(900), e.outcomes().get(0).count().count());
    assertEquals(List.of("Russia", "Syrian government"), e.attacker().actors());   // in the order the text names them
    assertEquals(0, r.totals().killed().best());
  }

  @Test
  void populationsAndStrikeCountsAreNotTolls() {
    DocumentResult r = read("The province, home to some three million people, saw dozens of air strikes on Monday.",
        LocalDate.of(2019, 8, 1));
    assertTrue(r.events().isEmpty(), r.events().toString());
  }

  @Test
  void vagueCountKeepsItsBounds() {
    DocumentResult r = read("Tens of thousands of residents were displaced from the valley over the past months.", LocalDate.of(2019, 8, 1));
    Outcome o = r.events().get(0).outcomes().get(0);
    assertEquals(OutcomeKind.DISPLACED, o.outcome());
    assertEquals(Count.vague(20000, 99999L), o.count().count());
    assertNull(r.events().get(0).source());
  }

  @Test
  void theRestOfATollIsPresumedCivilianUnlessTheSourceSaysWhichWereCivilians() {
    DocumentResult rebelsAmongThem = read("A car bomb killed 18 people at the checkpoint on Monday. The monitor said "
        + "eleven of the dead were insurgents guarding it.", LocalDate.of(2019, 8, 1));
    Incident lead = rebelsAmongThem.lead().orElseThrow();
    assertEquals(18, lead.killed().best());
    assertEquals(11L, lead.killed().bySide().get(Side.OPPOSITION));
    assertEquals(7L, lead.killed().bySide().get(Side.CIVILIAN));
    assertEquals("casualty.count_of_the_dead_were", rebelsAmongThem.events().get(1).outcomes().get(0).count().rule());

    DocumentResult civiliansAmongThem = read("A truck bomb killed at least 18 people near the bus depot on Saturday, "
        + "including 10 civilians, a monitor said.", LocalDate.of(2019, 8, 1));
    assertEquals(10L, civiliansAmongThem.lead().orElseThrow().killed().bySide().get(Side.CIVILIAN));
    assertEquals(8L, civiliansAmongThem.lead().orElseThrow().killed().bySide().get(Side.UNKNOWN));

    DocumentResult breakdown = read("Militants killed more than 40 people in raids on farms near the lake on Thursday. "
        + "The raids killed 12 civilians and 20 soldiers, the monitor said.", LocalDate.of(2019, 8, 1));
    assertEquals(12L, breakdown.lead().orElseThrow().killed().bySide().get(Side.CIVILIAN));
    assertFalse(breakdown.lead().orElseThrow().rules().contains("incident.presumed_civilian"));
  }

  @Test
  void totalToldAgainAsPartsCountsOnce() {
    DocumentResult r = read("Clashes overnight killed 40 fighters, a monitor said. The fighting claimed the lives of "
        + "22 soldiers as well as 18 rebels, the monitor added.", LocalDate.of(2019, 8, 1));
    assertEquals(40, r.totals().killed().best());
    assertEquals(22L, r.totals().killed().bySide().get(Side.GOVERNMENT));
    assertEquals(18L, r.totals().killed().bySide().get(Side.OPPOSITION));
  }

  @Test
  void aGroupInALaterSentenceDoesNotLeanOnAnEarlierToll() {
    DocumentResult r = read("Shelling killed six soldiers near the dam, a monitor said. Aid workers later reached "
        + "the camp along with 35 civilians.", LocalDate.of(2019, 8, 1));
    assertEquals(1, r.events().size(), r.events().toString());
    assertEquals(6, r.totals().killed().best());
  }

  @Test
  void peopleOfUnknownSideInAStrikeArePresumedCiviliansButMercenariesAreNot() {
    DocumentResult people = read("An air strike on the market killed 14 people, a monitor said.", LocalDate.of(2019, 8, 1));
    assertEquals(14L, people.lead().orElseThrow().killed().bySide().get(Side.CIVILIAN));
    assertTrue(people.lead().orElseThrow().rules().contains("incident.presumed_civilian"));

    DocumentResult fighters = read("An air strike on a convoy near the river killed 40 foreign mercenaries, the ministry "
        + "said.", LocalDate.of(2019, 8, 1));
    assertEquals(40L, fighters.lead().orElseThrow().killed().bySide().get(Side.UNKNOWN));
    assertFalse(fighters.lead().orElseThrow().rules().contains("incident.presumed_civilian"));

    DocumentResult bombing = read("A suicide bomber killed 20 people at the checkpoint, officials said.", LocalDate.of(2019, 8, 1));
    assertEquals(20L, bombing.lead().orElseThrow().killed().bySide().get(Side.CIVILIAN));

    DocumentResult parts = read("A car bomb killed 17 people, among them 13 policemen, outside the station.",
        LocalDate.of(2019, 8, 1));
    assertEquals(4L, parts.lead().orElseThrow().killed().bySide().get(Side.CIVILIAN));
    assertEquals(13L, parts.lead().orElseThrow().killed().bySide().get(Side.GOVERNMENT));

    DocumentResult clash = read("Clashes between two militias killed 30 people near the airport.", LocalDate.of(2019, 8, 1));
    assertEquals(30L, clash.lead().orElseThrow().killed().bySide().get(Side.UNKNOWN));
  }

  @Test
  void aTellingFarLargerThanTheIncidentIsAnotherHappening() {
    DocumentResult r = read("Tank fire killed four civilians in the old quarter on Monday, residents said. Rights "
        + "groups said the siege of the city had cost more than 3,000 lives.", LocalDate.of(2019, 8, 1));
    assertEquals(4, r.lead().orElseThrow().killed().best());
    assertTrue(r.incidents().get(1).rules().contains("incident.far_larger_toll"), r.incidents().toString());
  }

  @Test
  void aRangeKeepsBothEndsAndAYearShapedTollIsACount() {
    Count range = read("The raid killed between 12 and 20 villagers.", LocalDate.of(2019, 8, 1))
        .events().get(0).outcomes().get(0).count().count();
    assertEquals(new Count(20L, 12L, 20L, org.warreport.Qualifier.NEARLY), range);

    DocumentResult dateline = read("5 Sep 2016 At least 40 people were killed in two bomb blasts.", null);
    assertEquals(40, dateline.totals().killed().best());
  }
}
