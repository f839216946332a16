package org.warreport.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Date words resolved against the document date: news tells the past. */
class DateResolverTest {
  private static final LocalDate THURSDAY = LocalDate.of(2019, 7, 11);
  private static final LocalDate SUNDAY = LocalDate.of(2019, 8, 11);
  private static final LocalDate MONDAY = LocalDate.of(2019, 8, 12);

  @Test
  void theDocumentDatesAreTheDaysTheTestsSayTheyAre() {
    assertEquals(DayOfWeek.THURSDAY, THURSDAY.getDayOfWeek());
    assertEquals(DayOfWeek.SUNDAY, SUNDAY.getDayOfWeek());
    assertEquals(DayOfWeek.MONDAY, MONDAY.getDayOfWeek());
  }

  @Test
  void weekdayIsTheLatestSuchDayOnOrBeforeTheDocumentDate() {
    assertEquals(LocalDate.of(2019, 7, 10), DateResolver.resolve("Late Wednesday", THURSDAY));
    assertEquals(LocalDate.of(2019, 7, 11), DateResolver.resolve("Thursday", THURSDAY));
    assertEquals(LocalDate.of(2019, 7, 5), DateResolver.resolve("on Friday", THURSDAY));
    assertEquals(LocalDate.of(2019, 7, 8), DateResolver.resolve("early Monday", THURSDAY));
    assertEquals(LocalDate.of(2019, 8, 10), DateResolver.resolve("Saturday", SUNDAY));
    assertEquals(LocalDate.of(2019, 8, 11), DateResolver.resolve("Sunday morning", SUNDAY));
    assertEquals(LocalDate.of(2019, 8, 10), DateResolver.resolve("Saturday", MONDAY));
    assertEquals(LocalDate.of(2019, 8, 6), DateResolver.resolve("tuesday night", MONDAY));
  }

  @Test
  void overnightYesterdayAndLastNightAreTheDayBefore() {
    assertEquals(LocalDate.of(2019, 7, 10), DateResolver.resolve("overnight", THURSDAY));
    assertEquals(LocalDate.of(2019, 7, 10), DateResolver.resolve("Yesterday", THURSDAY));
    assertEquals(LocalDate.of(2019, 7, 10), DateResolver.resolve("last night", THURSDAY));
    assertEquals(LocalDate.of(2019, 7, 31), DateResolver.resolve("overnight", LocalDate.of(2019, 8, 1)));
  }

  @Test
  void todayIsTheDocumentDate() {
    assertEquals(THURSDAY, DateResolver.resolve("today", THURSDAY));
    assertEquals(THURSDAY, DateResolver.resolve("this morning", THURSDAY));
  }

  @Test
  void explicitDatesWithAYear() {
    assertEquals(LocalDate.of(2019, 6, 8), DateResolver.resolve("June 8th, 2019", THURSDAY));
    assertEquals(LocalDate.of(2019, 7, 11), DateResolver.resolve("11th Jul, 2019", SUNDAY));
    assertEquals(LocalDate.of(2018, 12, 2), DateResolver.resolve("on Dec. 2, 2018", THURSDAY));
    assertEquals(LocalDate.of(2019, 9, 3), DateResolver.resolve("3 September 2019", THURSDAY));
  }

  @Test
  void explicitDateWinsOverAWeekday() {
    assertEquals(LocalDate.of(2019, 6, 8), DateResolver.resolve("Saturday, June 8", THURSDAY));
  }

  @Test
  void monthAndDayTakeTheDocumentYear() {
    assertEquals(LocalDate.of(2019, 3, 14), DateResolver.resolve("March 14", THURSDAY));
    assertEquals(LocalDate.of(2020, 3, 14), DateResolver.resolve("March 14", LocalDate.of(2020, 5, 1)));
    assertEquals(LocalDate.of(2019, 5, 2), DateResolver.resolve("2nd May", THURSDAY));
  }

  @Test
  void monthAndDayAfterTheDocumentDateAreLastYear() {
    assertEquals(LocalDate.of(2019, 12, 30), DateResolver.resolve("December 30", LocalDate.of(2020, 1, 2)));
  }

  @Test
  void impossibleDayIsNoDate() {
    assertNull(DateResolver.resolve("February 30, 2019", THURSDAY));
  }

  @Test
  void withoutADocumentDateOnlyExplicitYearsResolve() {
    assertNull(DateResolver.resolve("Late Wednesday", null));
    assertNull(DateResolver.resolve("yesterday", null));
    assertNull(DateResolver.resolve("overnight", null));
    assertNull(DateResolver.resolve("March 14", null));
    assertEquals(LocalDate.of(2019, 6, 8), DateResolver.resolve("June 8th, 2019", null));
  }

  @Test
  void wordsWithoutADayAreNoDate() {
    assertNull(DateResolver.resolve("recently", THURSDAY));
    assertNull(DateResolver.resolve("in 2019", THURSDAY));
    assertNull(DateResolver.resolve("March 2019", THURSDAY));
  }

  @Test
  void explicitDateFindsADayInLongerText() {
    assertEquals(LocalDate.of(2019, 8, 5),
        DateResolver.explicitDate("BEIRUT, August 5 (Wire) - Shelling hit the valley.", 2019));
    assertNull(DateResolver.explicitDate("BEIRUT, August 5 (Wire)", null));
  }

  @Test
  void theFollowingDayCountsFromTheEventBefore() {
    LocalDate monday = LocalDate.of(2019, 7, 8);
    assertEquals(LocalDate.of(2019, 7, 9), DateResolver.resolve("the following day", THURSDAY, monday));
    assertEquals(LocalDate.of(2019, 7, 7), DateResolver.resolve("a day earlier", THURSDAY, monday));
    assertNull(DateResolver.resolve("the next day", THURSDAY, null));
  }

  @Test
  void anOrdinalDayIsOfTheReportsMonthOrTheOneBefore() {
    assertEquals(LocalDate.of(2019, 7, 2), DateResolver.resolve("on the 2nd", THURSDAY));
    assertEquals(LocalDate.of(2019, 6, 24), DateResolver.resolve("on the 24th", THURSDAY));
    assertNull(DateResolver.resolve("on the 31st", LocalDate.of(2019, 3, 10)));   // February has no 31st
  }
}
