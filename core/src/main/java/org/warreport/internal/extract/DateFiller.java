package org.warreport.internal.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.warreport.Event;
import org.warreport.EventDate;
import org.warreport.Provenance;
import org.warreport.RuleKind;
import org.warreport.TextMention;

/**
 * Fills an event's day: the date rule's match nearest the trigger, its own clause's first and never the day of the
 * claim, resolved against the document date; else carried from the event it leans on.
 */
final class DateFiller {
  private final RulesByKind rules;

  DateFiller(RulesByKind rules) {
    this.rules = rules;
  }

  /**
   * The day of the event with trigger tokens {@code trigger} in {@code s}, whose claim is {@code attributed} (may be
   * null) and whose sentence tells events at {@code sentenceTriggers}; {@code carried}'s where the sentence gives
   * none (may be null); null where neither does. {@code previousDay} is the day of the story's event before (may be
   * null), from which "the following day" counts.
   */
  EventDate date(SentenceView s, int[] trigger, String text, LocalDate docDate, SourceFiller.Attributed attributed,
                 List<int[]> sentenceTriggers, Event carried, LocalDate previousDay) {
    EventDate own = ownDate(s, trigger, text, docDate, attributed, sentenceTriggers, previousDay);
    if (own == null && carried != null && carried.date() != null) {
      return carried.date().withRule(Provenance.CARRIED);
    }
    return own;
  }

  private EventDate ownDate(SentenceView s, int[] trigger, String text, LocalDate docDate,
                            SourceFiller.Attributed attributed, List<int[]> sentenceTriggers, LocalDate previousDay) {
    // "the monitor said on Wednesday": the day of the claim, not of the event
    Predicate<RuleMatch> notClaimDay = m -> attributed == null
        || attributed.sentence() != s.index
        || !onlyWordsBetween(s, attributed.cueEnd(), m.start(), "on|late|early|,");
    Predicate<RuleMatch> eventDay = notClaimDay.and(m -> !inPublicationStamp(s, m));
    // the day of the event's own clause first: "... on Sunday, and strikes killed two on Tuesday"
    RuleMatch best = rules.nearest(s, trigger, RuleKind.DATE,
        eventDay.and(m -> !Clauses.inOtherClause(s, m.start(), trigger, sentenceTriggers)));
    if (best == null) {
      best = rules.nearest(s, trigger, RuleKind.DATE, eventDay);
    }
    if (best == null) {
      return null;
    }
    int[] g = best.group("date");
    TextMention words = TextMention.of(text, s.span(g[0], g[1]));
    LocalDate value = DateResolver.resolve(words.text(), docDate, previousDay);
    if (value == null) {
      return null;
    }
    return new EventDate(words, value, best.ruleId());
  }

  /**
   * Whether the match lies in a page's own date line: a full date with its year, and any weekday before it, that no
   * preposition introduces ("Beirut AFP Tuesday 9 Jul 2019", "Published July 9 2019 A monitor said ...").
   * That is the day of the writing; an event's day is told "on 7 October 2017".
   */
  private static boolean inPublicationStamp(SentenceView s, RuleMatch m) {
    int t = m.start();
    while (t < s.size() && t < m.end() + 3 && !s.word(t).matches("(19|20)\\d\\d")) {
      if (!s.word(t).matches(STAMP_WORD)) {
        return false;
      }
      t++;
    }
    if (t >= s.size() || !s.word(t).matches("(19|20)\\d\\d")) {
      return false;
    }
    int first = m.start();
    while (first > 0 && s.word(first - 1).matches(WEEKDAY_OR_COMMA)) {   // "Saturday 7 Oct 2017", "Saturday, 7 Oct"
      first--;
    }
    return first == 0 || !s.word(first - 1).toLowerCase(java.util.Locale.ROOT).matches(DATE_PREPOSITION);
  }

  /** The words of a date line before its year: weekday, month, day, comma. */
  private static final String STAMP_WORD = "(?i)(mon|tues|wednes|thurs|fri|satur|sun)day|jan(uary)?|feb(ruary)?|mar(ch)?"
      + "|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|\\d{1,2}(st|nd|rd|th)?|,";
  private static final String WEEKDAY_OR_COMMA = "(?i)(mon|tues|wednes|thurs|fri|satur|sun)day|,";
  private static final String DATE_PREPOSITION = "on|since|from|until|till|by|before|after|of|between|and|to|in|at|"
      + "during|late|early|dated|as";

  /** Whether tokens [from, to) are all among {@code words} (a regular expression); true when there are none. */
  private static boolean onlyWordsBetween(SentenceView s, int from, int to, String words) {
    if (from > to) {
      return false;
    }
    for (int t = from; t < to; t++) {
      if (!s.word(t).toLowerCase(java.util.Locale.ROOT).matches(words)) {
        return false;
      }
    }
    return true;
  }
}
