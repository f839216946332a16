package org.warreport.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.warreport.EventType;
import org.warreport.Side;
import org.warreport.Total;
import org.warreport.fusion.FusedIncident;
import org.warreport.fusion.Range;
import org.warreport.fusion.Report;

/**
 * Fusion's JSON: reports read back from an output line (the {@code annotate} JSONL), and fused incidents written as
 * ../shared/event-schema.md's "Fused incidents" section describes them.
 */
public final class FusionJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FusionJson() {}

  /**
   * The reports of one output line: one per incident. An error line (no {@code incidents}) has none. Throws
   * {@link IllegalArgumentException} naming the document and the field where the line is not an output's.
   */
  public static List<Report> reports(JsonNode doc) {
    String docId = doc.path("doc_id").asText(null);
    if (docId == null) {
      throw new IllegalArgumentException("not an output line: no doc_id");
    }
    LocalDate story = date(doc.path("date"), docId, "date");
    Map<String, Set<String>> divisions = new java.util.HashMap<>();
    for (JsonNode e : doc.path("events")) {
      Set<String> d = divisions.computeIfAbsent(e.path("id").asText(), k -> new TreeSet<>());
      for (JsonNode l : e.path("locations")) {
        if (l.hasNonNull("admin1")) {
          d.add(l.get("admin1").asText());
        }
      }
    }
    List<Report> reports = new ArrayList<>();
    for (JsonNode i : doc.path("incidents")) {
      String id = i.path("id").asText();
      String where = docId + " incident " + id;
      Set<String> named = new TreeSet<>();
      i.path("events").forEach(e -> named.addAll(divisions.getOrDefault(e.asText(), Set.of())));
      LocalDate date = date(i.path("date"), docId, "incidents[" + id + "].date");
      reports.add(new Report(docId, id, i.path("lead").asBoolean(), story, date != null ? date : story,
          type(i.path("type"), where), place(i.path("location")), named, strings(i.path("attacker").path("actors")),
          strings(i.path("sources")), total(i.path("killed"), where), total(i.path("injured"), where),
          total(i.path("displaced"), where)));
    }
    return reports;
  }

  /** One report as one compact line: what fusion needs of it, for sorting reports past memory. */
  public static String reportLine(Report r) {
    ObjectNode n = identity(MAPPER.createObjectNode(), r);
    n.put("type", r.type().code());
    place(n, r.place());
    r.divisions().forEach(n.putArray("divisions")::add);
    r.actors().forEach(n.putArray("actors")::add);
    r.sources().forEach(n.putArray("sources")::add);
    n.set("killed", EventJson.total(r.killed()));
    n.set("injured", EventJson.total(r.injured()));
    n.set("displaced", EventJson.total(r.displaced()));
    return EventJson.line(n, r.docId());
  }

  /** Which report this is: its document, incident, lead flag, story date and event date. */
  private static ObjectNode identity(ObjectNode n, Report r) {
    n.put("doc_id", r.docId());
    n.put("incident", r.incidentId());
    n.put("lead", r.lead());
    n.put("story_date", r.storyDate() == null ? null : r.storyDate().toString());
    n.put("date", r.date() == null ? null : r.date().toString());
    return n;
  }

  /** A report read back from {@link #reportLine}. */
  public static Report report(JsonNode n) {
    String docId = n.path("doc_id").asText();
    String where = docId + " incident " + n.path("incident").asText();
    return new Report(docId, n.path("incident").asText(), n.path("lead").asBoolean(),
        date(n.path("story_date"), docId, "story_date"), date(n.path("date"), docId, "date"),
        type(n.path("type"), where), place(n.path("location")), new TreeSet<>(strings(n.path("divisions"))),
        strings(n.path("actors")), strings(n.path("sources")), total(n.path("killed"), where),
        total(n.path("injured"), where), total(n.path("displaced"), where));
  }

  /** A place read back: name, division, country and code, each may be null; none at all where there is no object. */
  private static Report.Place place(JsonNode l) {
    return l.isObject() ? new Report.Place(text(l, "name"), text(l, "admin1"), text(l, "country"),
        text(l, "country_code")) : Report.Place.UNKNOWN;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  /** One fused incident as one line of JSONL. */
  public static String toJsonLine(FusedIncident f) {
    return EventJson.line(toTree(f), f.id());
  }

  private static ObjectNode toTree(FusedIncident f) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", f.id());
    n.put("date", f.date() == null ? null : f.date().toString());
    n.put("type", f.type().code());
    place(n, f.place());
    f.actors().forEach(n.putArray("actors")::add);
    n.set("killed", range(f.killed()));
    n.set("injured", range(f.injured()));
    n.set("displaced", range(f.displaced()));
    var reports = n.putArray("reports");
    for (Report r : f.reports()) {
      ObjectNode o = identity(reports.addObject(), r);
      o.set("killed", figure(r.killed()));
      o.set("injured", figure(r.injured()));
      r.sources().forEach(o.putArray("sources")::add);
    }
    n.put("disagreement", f.disagreement());
    f.rules().forEach(n.putArray("rules")::add);
    return n;
  }

  private static void place(ObjectNode parent, Report.Place p) {
    ObjectNode l = parent.putObject("location");
    l.put("name", p.name());
    l.put("admin1", p.admin1());
    l.put("country", p.country());
    l.put("country_code", p.countryCode());
  }

  private static ObjectNode range(Range r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("best", r.best());
    n.put("low", r.low());
    n.put("high", r.high());
    n.put("disagreement", r.disagreement());
    return n;
  }

  /** A report's own figure: its best, its bounds, and the qualifier they amount to. */
  private static ObjectNode figure(Total t) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("value", t.best());
    n.put("low", t.low());
    n.put("high", t.high());
    n.put("qualifier", t.high() == null ? "at_least" : t.low() == t.best() && t.high() == t.best() ? "exact" : "range");
    return n;
  }

  private static Total total(JsonNode n, String where) {
    if (n.isMissingNode() || n.isNull()) {
      return Total.NONE;
    }
    if (!n.path("best").isIntegralNumber() || !n.path("low").isIntegralNumber()) {
      throw new IllegalArgumentException(where + ": a toll needs whole numbers best and low: " + n);
    }
    Map<Side, Long> sides = new EnumMap<>(Side.class);
    Long high = n.path("high").isIntegralNumber() ? n.get("high").asLong() : null;
    try {
      n.path("by_side").fields().forEachRemaining(e -> sides.put(Side.fromCode(e.getKey()), e.getValue().asLong()));
      return new Total(n.get("best").asLong(), n.get("low").asLong(), high, sides);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static EventType type(JsonNode n, String where) {
    try {
      return EventType.fromCode(n.asText());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static LocalDate date(JsonNode n, String docId, String field) {
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(n.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(docId + ": " + field + " is not a day (yyyy-mm-dd): '" + n.asText() + "'", e);
    }
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }
}
