package org.warreport.internal.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the words of a date phrase into a day, against the document date: news tells the past, so a weekday is the
 * latest such day on or before the document date, and "overnight" is the night before it.
 */
final class DateResolver {
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:,?\\s+(\\d{4}))?");

  private static final java.util.regex.Pattern ORDINAL_DAY =
      java.util.regex.Pattern.compile("(?:on )?the (\\d{1,2})(?:st|nd|rd|th)");

  private DateResolver() {}

  static LocalDate resolve(String words, LocalDate docDate) {
    return resolve(words, docDate, null);
  }

  /**
   * The day {@code words} name, against the document date and {@code previousDay}, the day of the story's event
   * before (may be null): "the following day" and "a day earlier" count from it.
   */
  static LocalDate resolve(String words, LocalDate docDate, LocalDate previousDay) {
    String w = words.toLowerCase(Locale.ROOT);
    if (w.matches(".*\\b(following|next) (day|morning|night)\\b.*|.*\\ba day later\\b.*|.*\\bthe day after\\b.*")) {
      return previousDay == null ? null : previousDay.plusDays(1);
    }
    if (w.matches(".*\\b(the previous day|a day earlier|the day before)\\b.*")) {
      return previousDay == null ? null : previousDay.minusDays(1);
    }
    java.util.regex.Matcher ordinal = ORDINAL_DAY.matcher(w);
    if (ordinal.matches() && docDate != null) {
      // "on the 22nd": a day of the report's month, or of the month before where that day is yet to come
      int day = Integer.parseInt(ordinal.group(1));
      LocalDate month = day > docDate.getDayOfMonth() ? docDate.minusMonths(1) : docDate;
      return day <= month.lengthOfMonth() ? month.withDayOfMonth(day) : null;
    }
    LocalDate explicit = explicitDate(words, docDate == null ? null : docDate.getYear());
    if (explicit != null) {
      boolean yearGiven = explicit.equals(explicitDate(words, null));
      // "December 30" in a story of 2 January is last year's: news tells the past
      return !yearGiven && docDate != null && explicit.isAfter(docDate) ? explicit.minusYears(1) : explicit;
    }
    if (docDate == null) {
      return null;
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (w.contains(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))) {
        int back = (docDate.getDayOfWeek().getValue() - d.getValue() + 7) % 7;
        return docDate.minusDays(back == 0 && w.startsWith("last") ? 7 : back);   // "last Thursday" on a Thursday
      }
    }
    if (w.contains("yesterday") || w.contains("overnight") || w.contains("last night")) {
      return docDate.minusDays(1);
    }
    // "in the past 24 hours": the span ends on the day of the report
    if (w.contains("today") || w.contains("this morning") || w.contains("tonight")
        || w.matches(".*\\b(past|last) (24 hours|day)\\b.*")) {
      return docDate;
    }
    return null;
  }

  /** "June 8th, 2019", "11th Jul, 2019", "August 5": a day of the given year when the text gives none. */
  static LocalDate explicitDate(String text, Integer defaultYear) {
    Matcher m = MONTH_DAY.matcher(text);
    if (m.find()) {
      return date(m.group(3), m.group(1), m.group(2), defaultYear);
    }
    m = DAY_MONTH.matcher(text);
    if (m.find()) {
      return date(m.group(3), m.group(2), m.group(1), defaultYear);
    }
    return null;
  }

  private static LocalDate date(String year, String month, String day, Integer defaultYear) {
    Integer y = year != null ? Integer.valueOf(year) : defaultYear;
    if (y == null) {
      return null;
    }
    for (Month mo : Month.values()) {
      if (mo.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(month.substring(0, 3))) {
        try {
          return LocalDate.of(y, mo, Integer.parseInt(day));
        } catch (java.time.DateTimeException e) {
          return null;
        }
      }
    }
    return null;
  }
}
