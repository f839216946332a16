package org.warreport.fusion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.warreport.Total;

/**
 * A toll across reports, UCDP style: {@code low} the least any report allows, {@code high} the most (null where a
 * report sets no upper bound), {@code best} the median of the reports' best figures (the upper one of an even
 * count), so that two reports of 11 and "at least 15" give best 15, low 11 and no high. Always low <= best <= high.
 * {@code disagreement}: no single figure fits every report's own bounds (exact 11 and "at least 15" disagree;
 * "at least 11" and 15 do not).
 */
public record Range(long best, long low, Long high, boolean disagreement) {
  public static final Range NONE = new Range(0, 0, 0L, false);

  public Range {
    if (low > best || high != null && high < best) {
      throw new IllegalArgumentException("a range must keep low <= best <= high: " + low + ", " + best + ", " + high);
    }
  }

  /** The range of the tolls the reports tell; reports that tell none of this toll are left out. */
  static Range across(List<Total> totals) {
    List<Total> told = totals.stream().filter(Report::tells).toList();
    if (told.isEmpty()) {
      return NONE;
    }
    long low = told.stream().mapToLong(Total::low).min().orElseThrow();
    Long high = told.stream().anyMatch(t -> t.high() == null) ? null
        : told.stream().mapToLong(Total::high).max().orElseThrow();
    List<Long> bests = new ArrayList<>(told.stream().map(Total::best).toList());
    bests.sort(Comparator.naturalOrder());
    long best = bests.get(bests.size() / 2);
    // the figure every report allows: above each one's low, below each one's high
    long floor = told.stream().mapToLong(Total::low).max().orElseThrow();
    boolean disagree = told.stream().anyMatch(t -> t.high() != null && t.high() < floor);
    return new Range(best, low, high, disagree);
  }
}
