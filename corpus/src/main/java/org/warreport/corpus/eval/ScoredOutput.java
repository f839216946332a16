package org.warreport.corpus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One system output document as shared/tools/totals_score.py reads it: totals, the lead incident, its events, the
 * lead place. An absent document or an error line reads as a document with no events and zero figures. Values of
 * the wrong JSON type are read as absent where the Python scorer would stop with a TypeError.
 */
final class ScoredOutput {
    private static final JsonNode NO_DOCUMENT = JsonNodeFactory.instance.objectNode();

    private final JsonNode doc;

    ScoredOutput(JsonNode doc) {
        this.doc = doc == null ? NO_DOCUMENT : doc;
    }

    /** totals_score.py figure(block): the block's best, or 0 when it is missing or falsy. */
    static JsonNode figure(JsonNode block) {
        JsonNode best = Py.get(block, "best");
        return Py.truthy(best) ? best : IntNode.valueOf(0);
    }

    /** totals_score.py figure(block, side): the block's by_side entry, or 0. */
    static JsonNode figure(JsonNode block, String side) {
        JsonNode n = Py.get(Py.get(block, "by_side"), side);
        return Py.truthy(n) ? n : IntNode.valueOf(0);
    }

    /** The document's totals block for an outcome ("killed", "injured"), or null. */
    JsonNode totals(String outcome) {
        return Py.get(Py.get(doc, "totals"), outcome);
    }

    /** The incident marked lead; without one, the totals standing in for it (killed, injured, events None). */
    JsonNode lead() {
        for (JsonNode inc : array(Py.get(doc, "incidents"))) {
            if (inc.isObject() && Py.truthy(Py.get(inc, "lead"))) {
                return inc;
            }
        }
        ObjectNode standIn = JsonNodeFactory.instance.objectNode();
        JsonNode t = Py.get(doc, "totals");
        standIn.set("killed", orNull(Py.get(t, "killed")));
        standIn.set("injured", orNull(Py.get(t, "injured")));
        standIn.putNull("events");
        return standIn;
    }

    /** The lead incident's block for an outcome, or null. */
    JsonNode leadBlock(String outcome) {
        return Py.get(lead(), outcome);
    }

    /** All events of the document. */
    List<JsonNode> events() {
        return objects(Py.get(doc, "events"));
    }

    /** totals_score.py lead_events(): the lead incident's events, or every event when that leaves none. */
    List<JsonNode> leadEvents() {
        List<JsonNode> evs = events();
        JsonNode ids = Py.get(lead(), "events");
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : evs) {
            if (ids == null || contains(ids, Py.get(e, "id"))) {
                out.add(e);
            }
        }
        return out.isEmpty() ? evs : out;
    }

    /**
     * The events counted in the document's totals: those of its incidents (totals are the sum over incidents, and
     * aggregates belong to none), or every event of an output that has no incidents.
     */
    List<JsonNode> countedEvents() {
        List<JsonNode> incidents = objects(Py.get(doc, "incidents"));
        if (incidents.isEmpty()) {
            return events();
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : events()) {
            for (JsonNode inc : incidents) {
                JsonNode ids = Py.get(inc, "events");
                if (ids != null && contains(ids, Py.get(e, "id"))) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    /** totals_score.py lead_place(): the first location with a country among the lead events, else among all; or {}. */
    JsonNode leadPlace() {
        for (List<JsonNode> events : List.of(leadEvents(), events())) {
            for (JsonNode e : events) {
                for (JsonNode loc : objects(Py.get(e, "locations"))) {
                    if (Py.truthy(Py.get(loc, "country")) || Py.truthy(Py.get(loc, "country_code"))) {
                        return loc;
                    }
                }
            }
        }
        return NO_DOCUMENT;
    }

    /** totals_score.py place_str(): "name / admin1 / country_code (or country)", or "no place". */
    static String placeString(JsonNode loc) {
        if (!Py.truthy(loc)) {
            return "no place";
        }
        String third = Py.truthy(Py.get(loc, "country_code")) ? "country_code" : "country";
        return Py.str(Py.get(loc, "name")) + " / " + Py.str(Py.get(loc, "admin1")) + " / " + Py.str(Py.get(loc, third));
    }

    /** totals_score.py actors_of(): the attacker actors of the events, lower-cased, in order. */
    static List<String> actorsOf(List<JsonNode> events) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : events) {
            JsonNode actors = Py.get(Py.get(e, "attacker"), "actors");
            if (!Py.truthy(actors) || !(actors.isContainerNode() || actors.isTextual())) {
                continue;
            }
            for (JsonNode a : Py.iter(actors)) {
                if (a.isTextual()) {
                    out.add(a.textValue().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** The rule ids of the events, each once, in order of first appearance. */
    static Set<String> rulesOf(List<JsonNode> events) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode e : events) {
            for (JsonNode r : array(Py.get(e, "rules"))) {
                if (r.isTextual()) {
                    out.add(r.textValue());
                }
            }
        }
        return out;
    }

    /** Python's {@code x in container} for a list, a dict (its keys) or a string (a substring); false otherwise. */
    private static boolean contains(JsonNode container, JsonNode x) {
        if (container.isArray()) {
            for (JsonNode item : container) {
                if (Py.eq(item, x)) {
                    return true;
                }
            }
            return false;
        }
        if (container.isObject()) {
            return x != null && x.isTextual() && container.has(x.textValue());
        }
        if (container.isTextual()) {
            return x != null && x.isTextual() && container.textValue().contains(x.textValue());
        }
        return false;
    }

    private static List<JsonNode> array(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    private static List<JsonNode> objects(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode x : array(n)) {
            if (x.isObject()) {
                out.add(x);
            }
        }
        return out;
    }

    private static JsonNode orNull(JsonNode n) {
        return n == null ? JsonNodeFactory.instance.nullNode() : n;
    }
}
