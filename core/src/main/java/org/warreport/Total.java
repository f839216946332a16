package org.warreport;

import java.util.Map;

/**
 * A reckoning of one outcome, as a coder fills UCDP's best, low and high: always {@code low <= best <= high};
 * {@code high} is null where the words set no upper bound ("at least 12"). {@code bySide} splits {@code best}.
 */
public record Total(long best, long low, Long high, Map<Side, Long> bySide) {
  public static final Total NONE = new Total(0, 0, 0L, Map.of());

  public Total {
    bySide = Map.copyOf(bySide);
    if (low > best || high != null && high < best) {
      throw new IllegalArgumentException("a total must keep low <= best <= high: " + low + ", " + best + ", " + high);
    }
  }

  /** This total and {@code o} added up: two incidents' tolls. */
  public Total plus(Total o) {
    Map<Side, Long> sides = new java.util.EnumMap<>(Side.class);
    bySide.forEach((s, n) -> sides.merge(s, n, Long::sum));
    o.bySide.forEach((s, n) -> sides.merge(s, n, Long::sum));
    return new Total(best + o.best, low + o.low, high == null || o.high == null ? null : high + o.high, sides);
  }
}
