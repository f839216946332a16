package org.warreport.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.warreport.Attacker;
import org.warreport.Count;
import org.warreport.CountMention;
import org.warreport.DocumentResult;
import org.warreport.Event;
import org.warreport.Incident;
import org.warreport.Location;
import org.warreport.Outcome;
import org.warreport.Side;
import org.warreport.Span;
import org.warreport.TextMention;
import org.warreport.Total;
import org.warreport.Victim;

/**
 * The JSON form of results, field for field as ../shared/event-schema.md (the output contract) names them; each
 * filled slot object of an event ends with {@code rule}, the id that filled it.
 */
public final class EventJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventJson() {}

  /** One document as one line of JSONL (no line breaks inside). */
  public static String toJsonLine(DocumentResult r) {
    return line(toTree(r), r.docId());
  }

  /** A tree as one line of JSON; {@code what} names it if it cannot be written (it always can: trees of our own). */
  static String line(ObjectNode tree, String what) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + what, e);
    }
  }

  public static ObjectNode toTree(DocumentResult r) {
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("doc_id", r.docId());
    doc.put("date", r.date() == null ? null : r.date().toString());
    ObjectNode totals = doc.putObject("totals");
    totals.set("killed", total(r.totals().killed()));
    totals.set("injured", total(r.totals().injured()));
    totals.set("displaced", total(r.totals().displaced()));
    ArrayNode incidents = doc.putArray("incidents");
    for (Incident i : r.incidents()) {
      incidents.add(incident(i));
    }
    ArrayNode events = doc.putArray("events");
    for (Event e : r.events()) {
      events.add(event(e));
    }
    if (!r.warnings().isEmpty()) {
      r.warnings().forEach(doc.putArray("warnings")::add);
    }
    return doc;
  }

  private static ObjectNode incident(Incident i) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", i.id());
    n.put("lead", i.lead());
    n.put("type", i.type().code());
    n.put("date", i.date() == null ? null : i.date().toString());
    if (i.location() == null) {
      n.putNull("location");
    } else {
      ObjectNode l = n.putObject("location");
      l.put("name", i.location().name());
      l.put("admin1", i.location().admin1());
      l.put("country", i.location().country());
      l.put("country_code", i.location().countryCode());
    }
    if (i.attacker() == null) {
      n.putNull("attacker");
    } else {
      i.attacker().actors().forEach(n.putObject("attacker").putArray("actors")::add);
    }
    i.sources().forEach(n.putArray("sources")::add);
    n.set("killed", total(i.killed()));
    n.set("injured", total(i.injured()));
    n.set("displaced", total(i.displaced()));
    i.events().forEach(n.putArray("events")::add);
    i.rules().forEach(n.putArray("rules")::add);
    return n;
  }

  static ObjectNode total(Total t) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("best", t.best());
    n.put("low", t.low());
    n.put("high", t.high());
    ObjectNode sides = n.putObject("by_side");
    for (Side s : Side.values()) {
      if (t.bySide().containsKey(s)) {
        sides.put(s.code(), t.bySide().get(s));
      }
    }
    return n;
  }

  private static ObjectNode event(Event e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", e.id());
    n.put("type", e.type().code());
    n.put("scope", e.scope().code());
    ObjectNode sentence = n.putObject("sentence");
    sentence.put("index", e.sentenceIndex());
    span(sentence, e.sentence());
    n.set("trigger", mention(e.trigger()));
    ArrayNode outcomes = n.putArray("outcomes");
    for (Outcome o : e.outcomes()) {
      outcomes.add(outcome(o));
    }
    n.set("attacker", e.attacker() == null ? null : attacker(e.attacker()));
    ArrayNode locations = n.putArray("locations");
    for (Location l : e.locations()) {
      locations.add(location(l));
    }
    if (e.date() == null) {
      n.putNull("date");
    } else {
      ObjectNode date = mention(e.date().words());
      date.put("value", e.date().value().toString());
      date.put("rule", e.date().rule());
      n.set("date", date);
    }
    if (e.source() == null) {
      n.putNull("source");
    } else {
      ObjectNode source = mention(e.source().words());
      source.put("name", e.source().name());
      source.put("kind", e.source().kind().code());
      source.put("organisation", e.source().organisation());
      source.put("cue", e.source().cue());
      source.put("rule", e.source().rule());
      n.set("source", source);
    }
    ArrayNode rules = n.putArray("rules");
    e.rules().forEach(rules::add);
    return n;
  }

  private static ObjectNode outcome(Outcome o) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", o.id());
    n.put("outcome", o.outcome().code());
    n.set("count", count(o.count()));
    n.set("victim", victim(o.victim()));
    n.put("part_of", o.partOf());
    return n;
  }

  private static ObjectNode count(CountMention m) {
    Count c = m.count();
    ObjectNode n = MAPPER.createObjectNode();
    n.put("value", c.value());
    n.put("low", c.low());
    n.put("high", c.high());
    n.put("qualifier", c.qualifier().code());
    n.put("text", m.words().text());
    span(n, m.words().span());
    if (m.implied()) {
      n.put("implied", true);
    }
    n.put("rule", m.rule());
    return n;
  }

  private static ObjectNode victim(Victim v) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("text", v.words() == null ? null : v.words().text());
    n.put("side", v.side().code());
    n.put("group", v.group());
    if (v.words() == null) {
      n.putNull("begin");
      n.putNull("end");
    } else {
      span(n, v.words().span());
    }
    n.put("rule", v.rule());
    return n;
  }

  private static ObjectNode attacker(Attacker a) {
    ObjectNode n = mention(a.words());
    ArrayNode actors = MAPPER.createArrayNode();
    a.actors().forEach(actors::add);
    n.set("actors", actors);
    ArrayNode types = MAPPER.createArrayNode();
    a.types().forEach(t -> types.add(t.code()));
    n.set("types", types);
    n.put("basis", a.basis().code());
    n.put("rule", a.rule());
    return n;
  }

  private static ObjectNode location(Location l) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("text", l.words().text());
    n.put("name", l.name());
    n.put("precision", l.precision().code());
    n.put("admin1", l.admin1());
    if (l.admin2() != null) {
      n.put("admin2", l.admin2());
    }
    n.put("country", l.country());
    n.put("country_code", l.countryCode());
    n.put("lat", l.lat());
    n.put("lon", l.lon());
    n.put("geonames_id", l.geonamesId());
    span(n, l.words().span());
    n.put("rule", l.rule());
    return n;
  }

  private static ObjectNode mention(TextMention m) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("text", m.text());
    span(n, m.span());
    return n;
  }

  private static void span(ObjectNode n, Span s) {
    n.put("begin", s.begin());
    n.put("end", s.end());
  }

  /** Parses one JSONL line back into a tree (for tools that read outputs). */
  public static JsonNode parse(String line) throws com.fasterxml.jackson.core.JsonProcessingException {
    return MAPPER.readTree(line);
  }

}
