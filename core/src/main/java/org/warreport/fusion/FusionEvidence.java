package org.warreport.fusion;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.warreport.EventType;
import org.warreport.Side;
import org.warreport.Total;

/**
 * Whether two reports tell one happening, and the rule that says so. Some things keep two reports apart whatever
 * else they share ({@link #apart}); between the others, evidence of place, toll, the sides of the dead and the kind of
 * violence is weighed ({@link #join}).
 */
final class FusionEvidence {
  /** How far apart two tolls may be (a share of the larger) and still be read as one figure reported twice. */
  private static final double SAME_TOLL = 0.2;
  /** The evidence a join needs. */
  private static final int ENOUGH = 3;

  private final int eventDays;
  private final int storyDays;

  FusionEvidence(int eventDays, int storyDays) {
    this.eventDays = eventDays;
    this.storyDays = storyDays;
  }

  /**
   * A join: the rule that names its main evidence, how strong the evidence is, and whether the report joined is the
   * lead of its story (between equally strong joins, one with a story's lead wins: a side incident told in passing
   * is the weaker witness).
   */
  record Join(String rule, int score, boolean withLead) {
    /** Stronger evidence first, then a join with a story's lead. */
    static final java.util.Comparator<Join> STRENGTH = java.util.Comparator.comparingInt(Join::score)
        .thenComparing(Join::withLead);
  }

  /**
   * Whether {@code a} and {@code b} cannot be one happening: one document (its own reading split them), two countries,
   * two first-level divisions with none in common among the places their events name, dead of no common side
   * (soldiers of a clash against civilians of an air strike).
   */
  static boolean apart(Report a, Report b) {
    Report.Place p = a.place();
    Report.Place q = b.place();
    boolean twoCountries = p.countryCode() != null && q.countryCode() != null
        && !p.countryCode().equals(q.countryCode());
    boolean twoDivisions = p.admin1() != null && q.admin1() != null && !p.admin1().equals(q.admin1())
        && a.divisions().stream().noneMatch(b.divisions()::contains);
    return a.docId().equals(b.docId()) || twoCountries || twoDivisions || otherSides(a.killed(), b.killed());
  }

  /**
   * How {@code a} and {@code b} are one happening, or null where nothing says enough, their days lie too far apart, or
   * they are {@link #apart}. Evidence, weighed: the same division (3), a division one of them also names or that only
   * one of them gives (1), the same toll (2), the same sides among the dead (1), another kind of violence (-2); 3
   * joins.
   */
  Join join(Report a, Report b) {
    if (!sameDays(a, b) || apart(a, b)) {
      return null;
    }
    boolean sameDivision = a.place().admin1() != null && a.place().admin1().equals(b.place().admin1());
    boolean sameToll = tollDistance(a.killed(), b.killed()) <= SAME_TOLL;
    boolean sameKind = sameKind(a.type(), b.type());
    int score = (sameDivision ? 3 : 1) + (sameToll ? 2 : 0) + (sameSides(a.killed(), b.killed()) ? 1 : 0)
        + (sameKind ? 0 : -2);
    if (score < ENOUGH) {
      return null;
    }
    String rule;
    if (sameDivision) {
      rule = sameKind ? "fusion.same_day_same_division" : "fusion.same_day_same_division_same_toll";
    } else {
      rule = a.place().admin1() == null || b.place().admin1() == null ? "fusion.same_day_same_toll"
          : "fusion.shared_division_same_toll";   // one's lead place is a division the other also names
    }
    return new Join(rule, score, a.lead());
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
  private static boolean sameKind(EventType a, EventType b) {
    String x = kind(a);
    String y = kind(b);
    return x == null || y == null || x.equals(y);
  }

  private static String kind(EventType t) {
    return switch (t) {
      case AIR_STRIKE, SHELLING -> "bombardment";
      case BOMBING -> "explosion";
      case CLASH, TERRITORY_SEIZED -> "clash";
      case DISPLACEMENT, DAMAGE -> t.code();
      default -> null;   // an attack, or violence of no stated kind: any of them
    };
  }

  /** How far apart two tolls are, as a share of the larger; 1 where either tells no dead. */
  private static double tollDistance(Total a, Total b) {
    if (a.best() == 0 || b.best() == 0) {
      return 1;
    }
    return Math.abs(a.best() - b.best()) / (double) Math.max(a.best(), b.best());
  }

  /** Whether both tolls name the sides of their dead and no side is common. */
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
}
