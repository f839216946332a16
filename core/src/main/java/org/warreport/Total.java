package org.warreport;

import java.util.Map;

/** A document's own reckoning of one outcome over its incidents, as a coder fills UCDP's best, low and high. */
public record Total(long best, long low, long high, Map<Side, Long> bySide) {
  public static final Total NONE = new Total(0, 0, 0, Map.of());

  public Total {
    bySide = Map.copyOf(bySide);
  }
}
