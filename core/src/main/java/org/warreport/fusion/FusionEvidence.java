package org.warreport.fusion;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.warreport.EventType;
import org.warreport.Side;
import org.warreport.Total;

/**
 * Whether two reports tell one happening, and the rule that says so (or null). Reports are joined by evidence of
 * day, place, kind, toll and the sides of the dead; two incidents of one document are never joined (the document's
 * own reading split them).
 */
final class FusionEvidence {
  /** How far apart two tolls may be (a share of the larger) and still be read as one figure reported twice. */
  static final double SAME_TOLL = 0.2;

  private final int eventDays;
  private final int storyDays;

  FusionEvidence(int eventDays, int storyDays) {
    this.eventDays = eventDays;
    this.storyDays = storyDays;
  }

  /** A join: the rule that names its main evidence, and how strong the evidence is. */
  record Join(String rule, int score) {}

  /**
   * How {@code a} and {@code b} are one happening, or null where nothing says so or something keeps them apart.
   * Apart: one document, days too far apart, two countries, two first-level divisions, victims of no common side.
   * Evidence, weighed: the same division (3), a division one of them also names or that only one of them gives (1),
   * the same toll (2), the same sides among the dead (1), another kind of violence (-2); {@value #ENOUGH} joins.
   */
  Join join(Report a, Report b) {
    if (a.docId().equals(b.docId()) || !sameDays(a, b) || otherSides(a.killed(), b.killed())) {
      return null;
    }
    Report.Place p = a.place();
    Report.Place q = b.place();
    if (p.countryCode() != null && q.countryCode() != null && !p.countryCode().equals(q.countryCode())) {
      return null;
    }
    boolean sameDivision = p.admin1() != null && p.admin1().equals(q.admin1());
    boolean sharedDivision = !sameDivision && a.divisions().stream().anyMatch(b.divisions()::contains);
    boolean oneUnplaced = p.admin1() == null || q.admin1() == null;
    if (!sameDivision && !sharedDivision && !oneUnplaced) {
      return null;
    }
    boolean sameToll = sameToll(a.killed(), b.killed());
    int score = (sameDivision ? 3 : 1) + (sameToll ? 2 : 0) + (sameSides(a.killed(), b.killed()) ? 1 : 0)
        + (sameKind(a.type(), b.type()) ? 0 : -2);
    if (score < ENOUGH) {
      return null;
    }
    String rule = sameDivision ? (sameKind(a.type(), b.type()) ? "fusion.same_day_same_division"
        : "fusion.same_day_same_division_same_toll")
        : sharedDivision ? "fusion.shared_division_same_toll" : "fusion.same_day_same_toll";
    return new Join(rule, score);
  }

  /** The evidence a join needs. */
  static final int ENOUGH = 3;

  /** Whether both tolls name the sides of their dead and no side is common: soldiers and civilians, two happenings. */
  private static boolean otherSides(Total a, Total b) {
    Set<Side> x = sides(a);
    Set<Side> y = sides(b);
    return !x.isEmpty() && !y.isEmpty() && x.stream().noneMatch(y::contains);
  }

  private static boolean sameSides(Total a, Total b) {
    Set<Side> x = sides(a);
    return !x.isEmpty() && x.equals(sides(b));
  }

  /** The sides a toll names dead of, unknown left out. */
  private static Set<Side> sides(Total t) {
    Set<Side> s = EnumSet.noneOf(Side.class);
    t.bySide().forEach((side, n) -> {
      if (side != Side.UNKNOWN && n > 0) {
        s.add(side);
      }
    });
    return s;
  }

  /** Event days within {@code eventDays} of each other, story days within {@code storyDays}. */
  private boolean sameDays(Report a, Report b) {
    if (a.date() == null || b.date() == null) {
      return false;
    }
    boolean stories = a.storyDate() == null || b.storyDate() == null
        || Math.abs(ChronoUnit.DAYS.between(a.storyDate(), b.storyDate())) <= storyDays;
    return stories && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) <= eventDays;
  }

  /** Kinds of violence one happening may be told as: bombardment from the air or the ground, a bomb, a clash. */
  static boolean sameKind(EventType a, EventType b) {
    String x = kind(a);
    String y = kind(b);
    return x == null || y == null || x.equals(y);
  }

  private static String kind(EventType t) {
    return switch (t) {
      case AIR_STRIKE, SHELLING -> "bombardment";
      case BOMBING -> "explosion";
      case CLASH, TERRITORY_SEIZED -> "clash";
      case DISPLACEMENT, DAMAGE -> Objects.toString(t);
      default -> null;   // an attack, or violence of no stated kind: any of them
    };
  }

  static boolean sameToll(Total a, Total b) {
    if (!Report.tells(a) || !Report.tells(b) || a.best() == 0 || b.best() == 0) {
      return false;
    }
    return Math.abs(a.best() - b.best()) <= SAME_TOLL * Math.max(a.best(), b.best());
  }
}
