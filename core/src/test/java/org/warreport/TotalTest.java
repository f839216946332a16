package org.warreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A total never contradicts itself, and two incidents' totals add up side by side. */
class TotalTest {
  @Test
  void lowAboveBestIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Total(30, 31, null, Map.of()));
    assertEquals("a total must keep low <= best <= high: 31, 30, null", e.getMessage());
  }

  @Test
  void highBelowBestIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Total(30, 30, 29L, Map.of()));
    assertEquals("a total must keep low <= best <= high: 30, 30, 29", e.getMessage());
  }

  @Test
  void anOpenHighStaysOpenInASum() {
    Total atLeast = new Total(12, 12, null, Map.of(Side.CIVILIAN, 12L));
    Total exact = new Total(5, 5, 5L, Map.of(Side.CIVILIAN, 2L, Side.UNKNOWN, 3L));
    Total sum = atLeast.plus(exact);
    assertEquals(17, sum.best());
    assertEquals(17, sum.low());
    assertNull(sum.high());
    assertEquals(Map.of(Side.CIVILIAN, 14L, Side.UNKNOWN, 3L), sum.bySide());
    assertEquals(10L, exact.plus(exact).plus(Total.NONE).high());
  }
}
