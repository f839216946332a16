package org.warreport.fusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.warreport.DocumentResult;
import org.warreport.EventType;
import org.warreport.Total;

/**
 * Fuses the incidents many documents tell into the happenings they are: one pass over reports sorted by day
 * ({@link Report#sortKey()}); each report joins the open happening it matches best ({@link FusionEvidence}: the
 * strongest evidence, then a join with a story's lead; the first opened of equals), none of whose reports is
 * {@linkplain FusionEvidence#apart apart} from it. A happening spans the day window from its first report and is given
 * out as soon as the days move past it, so memory holds only the reports of a few days. Immutable: it keeps nothing
 * between calls.
 */
public final class IncidentFuser {
  /** Event days may differ by one (one outlet's "Monday night" is another's "Tuesday"); stories of the same day. */
  public static final int DEFAULT_EVENT_DAYS = 1;
  public static final int DEFAULT_STORY_DAYS = 0;

  private final FusionEvidence evidence;
  private final int eventDays;

  public IncidentFuser() {
    this(DEFAULT_EVENT_DAYS, DEFAULT_STORY_DAYS);
  }

  /** Fuses reports whose event days lie within {@code eventDays} and story days within {@code storyDays}. */
  public IncidentFuser(int eventDays, int storyDays) {
    if (eventDays < 0 || storyDays < 0) {
      throw new IllegalArgumentException("day windows cannot be negative: " + eventDays + ", " + storyDays);
    }
    this.evidence = new FusionEvidence(eventDays, storyDays);
    this.eventDays = eventDays;
  }

  /** The fused incidents of {@code documents}, in order of day. */
  public List<FusedIncident> fuse(Iterable<DocumentResult> documents) {
    List<Report> reports = new ArrayList<>();
    documents.forEach(d -> reports.addAll(Report.of(d)));
    return fuseReports(reports);
  }

  /** The fused incidents of {@code reports}, in any order. */
  public List<FusedIncident> fuseReports(Collection<Report> reports) {
    List<Report> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparing(Report::sortKey));
    List<FusedIncident> out = new ArrayList<>();
    fuseSorted(sorted.iterator(), out::add);
    return out;
  }

  /**
   * Fuses reports that come in {@link Report#sortKey()} order, giving each happening to {@code out} once no later
   * report can join it. Throws naming the report that breaks the order.
   */
  public void fuseSorted(Iterator<Report> reports, Consumer<FusedIncident> out) {
    // Open happenings, and the same indexed by the divisions their reports name: a report is weighed only against
    // those it could join (of its divisions, or with a report that names none), so a busy day stays quick
    List<Open> open = new ArrayList<>();
    Map<String, Set<Open>> byDivision = new HashMap<>();
    Set<Open> unplaced = new LinkedHashSet<>();
    int emitted = 0;
    int opened = 0;
    String lastKey = null;
    while (reports.hasNext()) {
      Report r = reports.next();
      String key = r.sortKey();
      if (lastKey != null && key.compareTo(lastKey) < 0) {
        throw new IllegalArgumentException("reports must come sorted by day: " + r.docId() + " " + r.incidentId()
            + " (" + r.date() + ") after " + lastKey.replace('\t', ' '));
      }
      lastKey = key;
      for (Iterator<Open> it = open.iterator(); it.hasNext(); ) {
        Open o = it.next();
        if (o.first == null || r.date() == null || o.first.plusDays(eventDays).isBefore(r.date())) {
          out.accept(o.fused("f" + ++emitted));
          it.remove();
          o.divisions.forEach(d -> byDivision.get(d).remove(o));
          unplaced.remove(o);
        }
      }
      Set<Open> candidates = new LinkedHashSet<>(unplaced);
      if (r.place().admin1() == null) {
        candidates.addAll(open);
      }
      divisionsOf(r).forEach(d -> candidates.addAll(byDivision.getOrDefault(d, Set.of())));
      Open joined = null;
      FusionEvidence.Join strongest = null;
      List<Open> inOrder = new ArrayList<>(candidates);
      inOrder.sort(Comparator.comparingInt(o -> o.opened));
      for (Open o : inOrder) {
        if (o.members.stream().anyMatch(m -> FusionEvidence.apart(m, r))) {
          continue;
        }
        FusionEvidence.Join best = o.members.stream().map(m -> evidence.join(m, r)).filter(Objects::nonNull)
            .max(FusionEvidence.Join.STRENGTH).orElse(null);
        if (best != null && (strongest == null || FusionEvidence.Join.STRENGTH.compare(best, strongest) > 0)) {
          joined = o;
          strongest = best;
        }
      }
      if (joined == null) {
        joined = new Open(opened++, r.date());
        open.add(joined);
      } else {
        joined.rules.add(strongest.rule());
      }
      joined.members.add(r);
      for (String d : divisionsOf(r)) {
        if (joined.divisions.add(d)) {
          byDivision.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(joined);
        }
      }
      if (r.place().admin1() == null) {
        unplaced.add(joined);
      }
    }
    for (Open o : open) {
      out.accept(o.fused("f" + ++emitted));
    }
  }

  private static Set<String> divisionsOf(Report r) {
    Set<String> d = new LinkedHashSet<>(r.divisions());
    if (r.place().admin1() != null) {
      d.add(r.place().admin1());
    }
    return d;
  }

  /** A happening still open to reports: its reports, the rules that joined them, the divisions they name. */
  private static final class Open {
    final int opened;
    final LocalDate first;
    final List<Report> members = new ArrayList<>();
    final Set<String> rules = new LinkedHashSet<>();
    final Set<String> divisions = new LinkedHashSet<>();

    Open(int opened, LocalDate first) {
      this.opened = opened;
      this.first = first;
    }

    FusedIncident fused(String id) {
      Set<String> actors = new LinkedHashSet<>();
      members.forEach(m -> actors.addAll(m.actors()));
      List<String> why = rules.isEmpty() ? List.of("fusion.single_report") : List.copyOf(rules);
      return new FusedIncident(id, mostCommon(members, Report::date), type(members), place(members),
          List.copyOf(actors), range(members, Report::killed), range(members, Report::injured),
          range(members, Report::displaced), members, why);
    }
  }

  private static Range range(List<Report> members, Function<Report, Total> toll) {
    return Range.across(members.stream().map(toll).toList());
  }

  /** The kind most reports name, a named kind before "other" and "attack". */
  private static EventType type(List<Report> members) {
    List<Report> named = members.stream()
        .filter(m -> m.type() != EventType.OTHER && m.type() != EventType.ATTACK).toList();
    return mostCommon(named.isEmpty() ? members : named, Report::type);
  }

  /** The place of the division most reports name, as the first of them (a lead report first) gives it. */
  private static Report.Place place(List<Report> members) {
    String division = mostCommon(members.stream().filter(m -> m.place().admin1() != null).toList(),
        m -> m.place().admin1());
    return members.stream()
        .filter(m -> division == null || division.equals(m.place().admin1()))
        .sorted(Comparator.comparing(m -> !m.lead()))
        .map(Report::place).findFirst().orElse(Report.Place.UNKNOWN);
  }

  /** The value most members have, the first of them on a tie; null where none has one. */
  private static <T> T mostCommon(List<Report> members, Function<Report, T> value) {
    Map<T, Integer> counts = new LinkedHashMap<>();
    members.stream().map(value).filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }
}
