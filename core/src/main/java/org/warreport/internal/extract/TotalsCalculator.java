package org.warreport.internal.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.warreport.Event;
import org.warreport.EventType;
import org.warreport.Outcome;
import org.warreport.OutcomeKind;
import org.warreport.Scope;
import org.warreport.Side;
import org.warreport.Total;
import org.warreport.Totals;

/**
 * A document's own reckoning, as the contract defines it: incidents only; a subset is not added to its whole; a
 * fact told twice counts once; a whole whose parts are told separately ("killed 56 fighters" = 32 + 24) is
 * replaced by its parts; the headline restates the body; an updated toll ("the death toll rose to 76") replaces
 * the earlier telling it updates and counts at its latest figure.
 */
final class TotalsCalculator {
  /** How far above an open-ended count ("more than 100") its parts may add up and still be the same deaths. */
  private static final double OPEN_BOUND_SLACK = 1.25;

  private TotalsCalculator() {}

  /** {@code updates}: ids of the outcomes that are a toll's latest telling. */
  static Totals totals(List<Event> events, List<Boolean> headline, Set<String> updates) {
    boolean bodyHasIncidents = false;
    for (int i = 0; i < events.size(); i++) {
      bodyHasIncidents |= !headline.get(i) && events.get(i).scope() == Scope.INCIDENT;
    }
    List<Event> counted = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).scope() == Scope.INCIDENT && !(headline.get(i) && bodyHasIncidents)) {
        counted.add(events.get(i));
      }
    }
    return new Totals(total(counted, OutcomeKind.KILLED, updates), total(counted, OutcomeKind.INJURED, updates),
        total(counted, OutcomeKind.DISPLACED, updates));
  }

  /** A whole, the subsets told with it, and the type of its event. */
  private record Whole(Outcome outcome, List<Outcome> parts, EventType type) {
    long value() {
      return outcome.count().count().value();
    }

    Side side() {
      return outcome.victim().side();
    }

    /** Same count, side and group, and same parts: the same fact told again. */
    boolean sameFactAs(Whole o) {
      return value() == o.value() && side() == o.side()
          && outcome.count().count().qualifier() == o.outcome.count().count().qualifier()
          && outcome.victim().group().equals(o.outcome.victim().group())
          && parts.stream().map(p -> p.count().count().value()).toList()
              .equals(o.parts.stream().map(p -> p.count().count().value()).toList());
    }
  }

  private static Total total(List<Event> events, OutcomeKind kind, Set<String> updates) {
    List<Whole> wholes = new ArrayList<>();
    for (Event e : events) {
      for (Outcome o : e.outcomes()) {
        if (o.outcome() != kind || o.partOf() != null || o.count().count().value() == null) {
          continue;
        }
        List<Outcome> parts = new ArrayList<>();
        for (Event e2 : events) {
          for (Outcome p : e2.outcomes()) {
            if (o.id().equals(p.partOf()) && p.count().count().value() != null) {
              parts.add(p);
            }
          }
        }
        Whole w = new Whole(o, parts, e.type());
        wholes.removeIf(w::sameFactAs);   // told twice: keep the later telling
        wholes.add(w);
      }
    }
    applyUpdates(wholes, updates);
    wholes.removeIf(w -> isSumOfOthers(w, wholes));
    if (wholes.isEmpty()) {
      return Total.NONE;
    }
    long best = 0;
    long low = 0;
    long high = 0;
    Map<Side, Long> bySide = new EnumMap<>(Side.class);
    for (Side s : Side.values()) {
      bySide.put(s, 0L);
    }
    for (Whole w : wholes) {
      var c = w.outcome.count().count();
      best += c.value();
      low += Objects.requireNonNullElse(c.low(), c.value());
      high += Objects.requireNonNullElse(c.high(), c.value());
      long rest = c.value();
      for (Outcome p : w.parts) {
        long v = Math.min(rest, p.count().count().value());
        bySide.merge(p.victim().side(), v, Long::sum);
        rest -= v;
      }
      bySide.merge(w.side(), rest, Long::sum);
    }
    return new Total(best, low, high, bySide);
  }

  /**
   * A toll only rises: of the updated tolls that could be one toll (same side, or either unknown) the highest is
   * kept, and it replaces the earlier tellings it sums up, the highest first, as long as they fit under it ("35
   * killed on Monday ... 5 more, raising the toll to 40" is 40).
   */
  private static void applyUpdates(List<Whole> wholes, Set<String> updates) {
    List<Whole> latest = new ArrayList<>(wholes.stream().filter(w -> updates.contains(w.outcome.id())).toList());
    latest.sort(Comparator.comparingLong(Whole::value).reversed());
    for (Whole u : latest) {
      if (!wholes.contains(u)) {
        continue;
      }
      wholes.removeIf(w -> w != u && updates.contains(w.outcome.id()) && w.value() <= u.value() && sameToll(u, w));
      List<Whole> told = new ArrayList<>(wholes.stream()
          .filter(w -> !updates.contains(w.outcome.id()) && w.value() <= u.value() && sameToll(u, w)).toList());
      told.sort(Comparator.comparingLong(Whole::value).reversed());
      long covered = 0;
      for (Whole w : told) {
        if (covered + w.value() <= u.value()) {
          covered += w.value();
          wholes.remove(w);
        }
      }
    }
  }

  /** Whether two tellings could be one toll: sides and types agree or one of them is not known. */
  private static boolean sameToll(Whole a, Whole b) {
    return (a.side() == b.side() || a.side() == Side.UNKNOWN || b.side() == Side.UNKNOWN)
        && (a.type() == b.type() || a.type() == EventType.OTHER || b.type() == EventType.OTHER);
  }

  /** Whether an unknown-side whole is the sum of other wholes whose sides are known: the same deaths, split. */
  private static boolean isSumOfOthers(Whole w, List<Whole> all) {
    if (w.side() != Side.UNKNOWN || !w.parts.isEmpty()) {
      return false;
    }
    var c = w.outcome.count().count();
    long lo = Objects.requireNonNullElse(c.low(), c.value());
    long hi = c.high() != null ? c.high() : (long) Math.ceil(c.value() * OPEN_BOUND_SLACK);
    List<Long> values = new ArrayList<>();
    for (Whole o : all) {
      if (o != w && o.side() != Side.UNKNOWN && o.value() < c.value() * OPEN_BOUND_SLACK) {
        values.add(o.value());
      }
    }
    if (values.size() < 2 || values.size() > 16) {
      return false;
    }
    for (int mask = 1; mask < (1 << values.size()); mask++) {
      if (Integer.bitCount(mask) < 2) {
        continue;
      }
      long sum = 0;
      for (int i = 0; i < values.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          sum += values.get(i);
        }
      }
      if (sum >= lo && sum <= hi) {
        return true;
      }
    }
    return false;
  }
}
