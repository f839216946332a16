package org.warreport.fusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.warreport.DocumentResult;
import org.warreport.Event;
import org.warreport.EventType;
import org.warreport.Incident;
import org.warreport.Location;
import org.warreport.Total;

/**
 * One document's incident as fusion reads it: where and when it happened, what kind of violence, who did it, its
 * tolls and who told them. {@code date} is the incident's own day, else the story's; {@code divisions} are the
 * first-level divisions any of its events names (the incident's own place may be a dateline's mistake).
 */
public record Report(String docId, String incidentId, boolean lead, LocalDate storyDate, LocalDate date,
                     EventType type, Place place, Set<String> divisions, List<String> actors, List<String> sources,
                     Total killed, Total injured, Total displaced) {
  public Report {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(killed, "killed");
    Objects.requireNonNull(injured, "injured");
    Objects.requireNonNull(displaced, "displaced");
    divisions = Set.copyOf(divisions);
    actors = List.copyOf(actors);
    sources = List.copyOf(sources);
  }

  /** Where a report or a fused incident happened: every part may be null but the record. */
  public record Place(String name, String admin1, String country, String countryCode) {
    public static final Place UNKNOWN = new Place(null, null, null, null);

    static Place of(Location l) {
      return l == null ? UNKNOWN : new Place(l.name(), l.admin1(), l.country(), l.countryCode());
    }
  }

  /** The reports of a document: one per incident, aggregates (which belong to no incident) left out. */
  public static List<Report> of(DocumentResult d) {
    List<Report> reports = new ArrayList<>();
    for (Incident i : d.incidents()) {
      Set<String> divisions = new TreeSet<>();
      for (Event e : d.events()) {
        if (i.events().contains(e.id())) {
          e.locations().stream().map(Location::admin1).filter(Objects::nonNull).forEach(divisions::add);
        }
      }
      LocalDate date = i.date() != null ? i.date() : d.date();
      reports.add(new Report(d.docId(), i.id(), i.lead(), d.date(), date, i.type(), Place.of(i.location()), divisions,
          i.attacker() == null ? List.of() : i.attacker().actors(), i.sources(), i.killed(), i.injured(),
          i.displaced()));
    }
    return reports;
  }

  /** The key reports are sorted and blocked by: the day (none last), then the document and incident. */
  public String sortKey() {
    return (date == null ? "9999-99-99" : date.toString()) + "\t" + docId + "\t" + incidentId;
  }

  /** Whether a report tells toll {@code t} at all (an incident may tell only wounded, or only flight). */
  static boolean tells(Total t) {
    return t.best() > 0 || t.bySide().values().stream().anyMatch(n -> n > 0);
  }
}
