package org.warreport.internal.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warreport.Count;
import org.warreport.Event;
import org.warreport.EventType;
import org.warreport.Outcome;
import org.warreport.OutcomeKind;
import org.warreport.Side;
import org.warreport.Total;

/**
 * Reckons tolls the UCDP way. One telling (the events of one sentence) sums its groups: a subset is not added to
 * its whole, a fact told twice counts once, a whole whose parts are told beside it ("killed 56 fighters" = 32 + 24)
 * is replaced by its parts, an updated toll ("the death toll rose to 76") replaces the tellings it sums up. An
 * incident takes its largest telling, since the other tellings of one happening restate it or tell its parts; a
 * telling of further victims ("another 12", "five more") is added to it.
 *
 * <p>How a count enters a total: exact n as n; "at least n", "more than n", "about n", "nearly n" as best n and
 * low n (the stated figure is the least the words claim: "more than 30" keeps low 30 so that low never exceeds
 * best), high n where the words cap it ("nearly n") and open otherwise; a vague count ("dozens") as best and low
 * its lexicon low bound, high its lexicon high bound.
 */
final class TotalsCalculator {
  /** How far above an open-ended count ("more than 100") its parts may add up and still be the same deaths. */
  static final double OPEN_BOUND_SLACK = 1.25;

  private TotalsCalculator() {}

  /** A whole, the subsets told with it, and the type of its event. */
  private record Whole(Outcome outcome, List<Outcome> parts, EventType type) {
    long value() {
      return best(outcome.count().count());
    }

    Side side() {
      return outcome.victim().side();
    }

    /**
     * Same count, compatible victims (the same side and group, or one of them just "people" of unknown side: a
     * headline's "kills 12" beside its lead's "killed 12 civilians"), and same parts: the same fact told again.
     * Told by another event of the sentence (a headline run into its lead where the page lost its punctuation),
     * the same side will do ("10 troops" and "10 soldiers"), or either side unknown, and parts told by one only;
     * but two people named are two. Hedged figures that admit each other, of the same group with the same parts, are
     * one fact too ("at least nine villagers, three of them children" and "nearly a dozen villagers, three of them
     * children").
     */
    boolean sameFactAs(Whole o) {
      if (value() != o.value()) {
        return sameGroup(o) && !parts.isEmpty() && partValues().equals(o.partValues())
            && outcome.count().count().admits(o.value()) && o.outcome.count().count().admits(value());
      }
      boolean twoNamedPeople = outcome.count().implied() && o.outcome.count().implied();
      if (twoNamedPeople && event().equals(o.event())) {
        return false;   // "the chairman ..., along with another party supporter": two people of one telling
      }
      boolean generic = side() == Side.UNKNOWN && outcome.victim().group().equals("people")
          || o.side() == Side.UNKNOWN && o.outcome.victim().group().equals("people");
      if ((generic || side() == o.side() && outcome.victim().group().equals(o.outcome.victim().group()))
          && partValues().equals(o.partValues())) {
        return true;
      }
      boolean sideFits = side() == o.side() || side() == Side.UNKNOWN || o.side() == Side.UNKNOWN;
      return !event().equals(o.event()) && sideFits && !twoNamedPeople
          && (parts.isEmpty() || o.parts.isEmpty() || partValues().equals(o.partValues()));
    }

    private boolean sameGroup(Whole o) {
      return side() == o.side() && outcome.victim().group().equals(o.outcome.victim().group());
    }

    private List<Long> partValues() {
      return parts.stream().map(p -> best(p.count().count())).toList();
    }

    /** The id of the event the whole was told in ("e3" of "e3.o1"). */
    private String event() {
      return outcome.id().substring(0, outcome.id().indexOf('.'));
    }
  }

  /** The figure a count enters a total with: its value, or a vague count's low bound. */
  static long best(Count c) {
    return c.value() != null ? c.value() : c.low();
  }

  private static long low(Count c) {
    return Math.min(best(c), c.low() == null ? best(c) : c.low());
  }

  private static Long high(Count c) {
    return c.high() == null ? null : Math.max(best(c), c.high());
  }

  /**
   * The reckoning of one telling: {@code told} are its events, {@code context} the events its subsets may lean on
   * (the incident's), {@code updates} the ids of outcomes that are a toll's latest telling.
   */
  static Total telling(List<Event> told, List<Event> context, OutcomeKind kind, Set<String> updates) {
    List<Whole> wholes = new ArrayList<>();
    for (Event e : told) {
      for (Outcome o : e.outcomes()) {
        if (o.outcome() != kind || o.partOf() != null) {
          continue;
        }
        List<Outcome> parts = new ArrayList<>();
        for (Event e2 : context) {
          for (Outcome p : e2.outcomes()) {
            if (o.id().equals(p.partOf())) {
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
    Long high = 0L;
    Map<Side, Long> bySide = new EnumMap<>(Side.class);
    for (Side s : Side.values()) {
      bySide.put(s, 0L);
    }
    for (Whole w : wholes) {
      Count c = w.outcome.count().count();
      best += best(c);
      low += low(c);
      high = high == null || high(c) == null ? null : high + high(c);
      long rest = best(c);
      for (Outcome p : w.parts) {
        long v = Math.min(rest, best(p.count().count()));
        bySide.merge(p.victim().side(), v, Long::sum);
        rest -= v;
      }
      bySide.merge(w.side(), rest, Long::sum);
    }
    return new Total(best, low, high, bySide);
  }

  /**
   * One telling's reckoning and what the grouper knows of it: {@code added} tells further victims ("another 12"),
   * {@code updated} holds a toll's later figure ("the toll rose to 31"), {@code vague} gives no number ("dozens"),
   * {@code capped} gives only the most it can be ("up to 19", "killed or wounded 19").
   */
  record Telling(Total total, boolean added, boolean updated, boolean vague, boolean capped) {}

  /**
   * An incident's reckoning from its tellings in story order: the first telling with a toll (the lead, as a coder
   * reads a story: later tellings restate it or tell its parts), replaced by a later one that updates it, puts a
   * number on a vague first telling (one at least its lower bound, else the first number told), a sharper one by side
   * within an open-ended first telling's bound, or an exact one within a capped first telling ("19 killed and
   * injured", then "four were killed"); its unknown-side victims split by the sides the other tellings name; then
   * each telling of further victims on top, unless they are the last parts of the whole.
   */
  static Total incident(List<Telling> tellings) {
    Telling chosen = null;
    for (Telling t : tellings) {
      if (t.added() || t.total().best() == 0 && t.total().bySide().isEmpty()) {
        continue;
      }
      long best = chosen == null ? 0 : chosen.total().best();
      // "more than 100" told later side by side as 53 + 48; a bare later figure ("at least 44 ... 48 people") does not
      // replace the lead's, as coders read a story
      boolean sharper = chosen != null && chosen.total().high() == null && t.total().best() > best
          && t.total().best() <= Math.ceil(best * OPEN_BOUND_SLACK) && sides(t.total()) > 1;
      boolean withinCap = chosen != null && chosen.capped() && !t.capped() && !t.vague() && t.total().best() <= best;
      if (chosen == null || (t.updated() || chosen.vague() && !t.vague()) && t.total().best() >= best || sharper
          || withinCap
          || t.total().best() == best && known(t.total()) > known(chosen.total())) {
        chosen = t;
      }
    }
    if (chosen != null && chosen.vague()) {
      // "Dozens killed", then only smaller figures ("at least 12"): the number told beats the word's lower bound
      chosen = tellings.stream().filter(t -> !t.added() && !t.vague() && t.total().best() > 0).findFirst()
          .orElse(chosen);
    }
    List<Total> all = tellings.stream().map(Telling::total).toList();
    Total result = chosen == null ? Total.NONE : withSidesOf(chosen.total(), all);
    if (chosen != null && addedAreParts(chosen, tellings)) {
      return result;
    }
    for (Telling t : tellings) {
      if (t.added()) {
        result = result.plus(t.total());
      }
    }
    return result;
  }

  /**
   * Whether the tellings of further victims are the last parts of the chosen telling: with the smaller tellings
   * beside them they add up to it exactly ("16 killed ... nine in one district and two in another ... another five
   * on the outskirts" is 16; "at least seven killed in two attacks ... four in X ... another three in Y" is 7).
   */
  private static boolean addedAreParts(Telling chosen, List<Telling> tellings) {
    long whole = chosen.total().best();
    long added = 0;
    long parts = 0;
    boolean anyPart = false;
    for (Telling t : tellings) {
      if (t == chosen) {
        continue;
      }
      if (t.added()) {
        added += t.total().best();
      } else if (t.total().best() > 0 && t.total().best() < whole) {
        parts += t.total().best();
        anyPart = true;
      }
    }
    return added > 0 && anyPart && parts + added == whole;
  }

  /** How many sides a telling names victims of. */
  private static long sides(Total t) {
    return t.bySide().entrySet().stream().filter(e -> e.getKey() != Side.UNKNOWN && e.getValue() > 0).count();
  }

  /** How many victims of a telling have a known side. */
  private static long known(Total t) {
    return t.bySide().entrySet().stream().filter(e -> e.getKey() != Side.UNKNOWN).mapToLong(Map.Entry::getValue).sum();
  }

  /** {@code chosen} with its unknown-side victims given the sides that smaller tellings of the incident name. */
  private static Total withSidesOf(Total chosen, List<Total> tellings) {
    long unknown = chosen.bySide().getOrDefault(Side.UNKNOWN, 0L);
    if (unknown == 0) {
      return chosen;
    }
    Map<Side, Long> sides = new EnumMap<>(Side.class);
    sides.putAll(chosen.bySide());
    for (Side s : Side.values()) {
      if (s == Side.UNKNOWN) {
        continue;
      }
      long named = tellings.stream().filter(t -> t != chosen && t.best() <= chosen.best())
          .mapToLong(t -> t.bySide().getOrDefault(s, 0L)).max().orElse(0);
      long extra = Math.min(unknown, Math.max(0, named - sides.getOrDefault(s, 0L)));
      if (extra > 0) {
        sides.merge(s, extra, Long::sum);
        unknown -= extra;
      }
    }
    sides.put(Side.UNKNOWN, unknown);
    return new Total(chosen.best(), chosen.low(), chosen.high(), sides);
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
    Count c = w.outcome.count().count();
    long lo = c.low() != null ? c.low() : w.value();
    long hi = c.high() != null ? c.high() : (long) Math.ceil(w.value() * OPEN_BOUND_SLACK);
    List<Long> values = new ArrayList<>();
    for (Whole o : all) {
      if (o != w && o.side() != Side.UNKNOWN && o.value() < w.value() * OPEN_BOUND_SLACK) {
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
