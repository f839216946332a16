package org.warreport.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warreport.EventType;
import org.warreport.Side;
import org.warreport.Total;

class IncidentFuserTest {
  private static final LocalDate DAY = LocalDate.of(2020, 3, 9);
  private static final Report.Place IDLIB = new Report.Place("Maarat al-Numan", "Idlib", "Syria", "SYR");
  private static final Report.Place HAMA = new Report.Place("Kafr Zita", "Hama", "Syria", "SYR");

  private static Report report(String doc, LocalDate day, EventType type, Report.Place place, Total killed) {
    return new Report(doc, "i1", true, day, day, type, place, place.admin1() == null ? Set.of() : Set.of(place.admin1()),
        List.of(), List.of("Monitor"), killed, Total.NONE, Total.NONE);
  }

  private static Total civilians(long best, long low, Long high) {
    return new Total(best, low, high, Map.of(Side.CIVILIAN, best));
  }

  private static Total exact(long n, Side side) {
    return new Total(n, n, n, Map.of(side, n));
  }

  @Test
  void twoOutletsOfOneNightAreOneHappeningWithTheRangeOfTheirFigures() {
    List<FusedIncident> fused = new IncidentFuser().fuseReports(List.of(
        report("a", DAY, EventType.AIR_STRIKE, IDLIB, civilians(11, 11, 11L)),
        report("b", DAY, EventType.SHELLING, IDLIB, civilians(15, 15, null))));
    assertEquals(1, fused.size());
    FusedIncident f = fused.get(0);
    assertEquals(new Range(15, 11, null, true), f.killed());   // exact 11 and "at least 15" disagree
    assertTrue(f.disagreement());
    assertEquals(List.of("fusion.same_day_same_division"), f.rules());
    assertEquals(List.of("a", "b"), f.reports().stream().map(Report::docId).toList());
    assertEquals(EventType.AIR_STRIKE, f.type());
    assertEquals(IDLIB, f.place());
    assertEquals(DAY, f.date());
  }

  @Test
  void betweenEquallyStrongJoinsTheOneWithAStorysLeadWins() {
    // story "a" tells a side incident first (its own reading keeps the two apart), then its lead
    Report side = new Report("a", "i1", false, DAY, DAY, EventType.SHELLING, IDLIB, Set.of("Idlib"), List.of(),
        List.of(), civilians(24, 24, 24L), Total.NONE, Total.NONE);
    Report lead = new Report("a", "i2", true, DAY, DAY, EventType.AIR_STRIKE, IDLIB, Set.of("Idlib"), List.of(),
        List.of(), civilians(58, 58, null), Total.NONE, Total.NONE);
    Report other = report("b", DAY, EventType.OTHER, IDLIB, civilians(80, 80, null));
    List<FusedIncident> fused = new IncidentFuser().fuseReports(List.of(side, lead, other));
    assertEquals(2, fused.size());
    FusedIncident withB = fused.stream().filter(f -> f.reports().contains(other)).findFirst().orElseThrow();
    assertTrue(withB.reports().contains(lead), withB.reports().toString());
  }

  @Test
  void figuresThatOneNumberFitsDoNotDisagree() {
    Range r = Range.across(List.of(civilians(11, 11, null), civilians(15, 15, 15L)));
    assertEquals(new Range(15, 11, null, false), r);   // "at least 11" and 15
    Range three = Range.across(List.of(civilians(8, 8, 8L), civilians(9, 9, 9L), civilians(12, 10, 14L)));
    assertEquals(new Range(9, 8, 14L, true), three);
  }

  @Test
  void reportsWithoutTheTollAreLeftOutOfItsRange() {
    assertEquals(new Range(4, 4, 4L, false), Range.across(List.of(Total.NONE, civilians(4, 4, 4L))));
    assertEquals(Range.NONE, Range.across(List.of(Total.NONE, Total.NONE)));
  }

  @Test
  void whatKeepsReportsApart() {
    IncidentFuser fuser = new IncidentFuser();
    assertEquals(2, fuser.fuseReports(List.of(   // soldiers and civilians: no side of the dead in common
        report("a", DAY, EventType.CLASH, IDLIB, exact(56, Side.GOVERNMENT)),
        report("b", DAY, EventType.CLASH, IDLIB, exact(11, Side.CIVILIAN)))).size());
    assertEquals(2, fuser.fuseReports(List.of(   // two divisions
        report("a", DAY, EventType.SHELLING, IDLIB, civilians(5, 5, 5L)),
        report("b", DAY, EventType.SHELLING, HAMA, civilians(5, 5, 5L)))).size());
    assertEquals(2, fuser.fuseReports(List.of(   // two days apart
        report("a", DAY, EventType.SHELLING, IDLIB, civilians(5, 5, 5L)),
        report("b", DAY.plusDays(2), EventType.SHELLING, IDLIB, civilians(5, 5, 5L)))).size());
    assertEquals(2, fuser.fuseReports(List.of(   // one document's two incidents
        report("a", DAY, EventType.SHELLING, IDLIB, civilians(5, 5, 5L)),
        new Report("a", "i2", false, DAY, DAY, EventType.SHELLING, IDLIB, Set.of("Idlib"), List.of(), List.of(),
            civilians(5, 5, 5L), Total.NONE, Total.NONE))).size());
    assertEquals(2, fuser.fuseReports(List.of(   // a bombing and a shelling of different tolls
        report("a", DAY, EventType.BOMBING, IDLIB, civilians(5, 5, 5L)),
        report("b", DAY, EventType.SHELLING, IDLIB, civilians(30, 30, 30L)))).size());
  }

  @Test
  void aDivisionOneReportAlsoNamesJoinsOnTheSameToll() {
    Report a = report("a", DAY, EventType.BOMBING, IDLIB, civilians(6, 6, 6L));
    Report b = new Report("b", "i1", true, DAY, DAY, EventType.BOMBING, HAMA, Set.of("Hama", "Idlib"), List.of(),
        List.of(), civilians(6, 6, 6L), Total.NONE, Total.NONE);
    List<FusedIncident> fused = new IncidentFuser().fuseReports(List.of(a, b));
    assertEquals(1, fused.size());
    assertEquals(List.of("fusion.shared_division_same_toll"), fused.get(0).rules());
    Report c = new Report("c", "i1", true, DAY, DAY, EventType.BOMBING, HAMA, Set.of("Hama", "Idlib"), List.of(),
        List.of(), civilians(20, 20, 20L), Total.NONE, Total.NONE);
    assertEquals(2, new IncidentFuser().fuseReports(List.of(a, c)).size());
  }

  @Test
  void aReportThatNamesTheCountryOnlyJoinsOnTheSameTollButNotWhatAnotherMemberKeepsApart() {
    Report.Place syria = new Report.Place("Syria", null, "Syria", "SYR");
    Report a = report("a", DAY, EventType.AIR_STRIKE, IDLIB, civilians(5, 5, 5L));
    Report b = report("b", DAY, EventType.AIR_STRIKE, syria, new Total(5, 5, 5L, Map.of(Side.UNKNOWN, 5L)));
    Report c = report("c", DAY, EventType.AIR_STRIKE, HAMA, exact(5, Side.GOVERNMENT));
    List<FusedIncident> fused = new IncidentFuser().fuseReports(List.of(a, b, c));
    assertEquals(List.of(List.of("a", "b"), List.of("c")),
        fused.stream().map(f -> f.reports().stream().map(Report::docId).toList()).toList());
    assertEquals(List.of("fusion.same_day_same_toll"), fused.get(0).rules());
    assertEquals(IDLIB, fused.get(0).place());
  }

  @Test
  void storyDaysWithinTheirWindow() {
    Report a = report("a", DAY, EventType.SHELLING, IDLIB, civilians(5, 5, 5L));
    Report b = new Report("b", "i1", true, DAY.plusDays(1), DAY, EventType.SHELLING, IDLIB, Set.of("Idlib"),
        List.of(), List.of(), civilians(5, 5, 5L), Total.NONE, Total.NONE);
    assertEquals(2, new IncidentFuser().fuseReports(List.of(a, b)).size());
    assertEquals(1, new IncidentFuser(1, 1).fuseReports(List.of(a, b)).size());
    assertThrows(IllegalArgumentException.class, () -> new IncidentFuser(-1, 0));
  }

  @Test
  void aHappeningIsGivenOutOnceTheDaysMovePastIt() {
    List<String> seen = new ArrayList<>();
    List<Report> reports = List.of(
        report("a", DAY, EventType.SHELLING, IDLIB, civilians(5, 5, 5L)),
        report("b", DAY.plusDays(3), EventType.SHELLING, IDLIB, civilians(5, 5, 5L)),
        report("c", DAY.plusDays(9), EventType.SHELLING, IDLIB, civilians(5, 5, 5L)));
    Iterator<Report> it = reports.iterator();
    Iterator<Report> watched = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Report next() {
        Report r = it.next();
        seen.add("read " + r.docId());
        return r;
      }
    };
    new IncidentFuser().fuseSorted(watched, f -> seen.add("out " + f.reports().get(0).docId()));
    assertEquals(List.of("read a", "read b", "out a", "read c", "out b", "out c"), seen);
  }

  @Test
  void reportsOutOfOrderAreRefusedByName() {
    Iterator<Report> it = List.of(report("late", DAY.plusDays(1), EventType.SHELLING, IDLIB, civilians(1, 1, 1L)),
        report("early", DAY, EventType.SHELLING, IDLIB, civilians(1, 1, 1L))).iterator();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new IncidentFuser().fuseSorted(it, f -> { }));
    assertEquals("reports must come sorted by day: early i1 (2020-03-09) after 2020-03-10 late i1", e.getMessage());
  }

  @Test
  void aReportAloneIsAHappeningOfItsOwn() {
    FusedIncident f = new IncidentFuser().fuseReports(
        List.of(report("a", DAY, EventType.SHELLING, IDLIB, civilians(3, 3, 3L)))).get(0);
    assertEquals(List.of("fusion.single_report"), f.rules());
    assertEquals(new Range(3, 3, 3L, false), f.killed());
    assertFalse(f.disagreement());
    assertTrue(f.actors().isEmpty());
  }
}
