package org.warreport.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.warreport.Count;
import org.warreport.Event;
import org.warreport.Location;
import org.warreport.Outcome;

/**
 * One outcome written as a line: {@code <outcome> <count> <group> key=value ...}, for example
 * {@code killed at_least:12 civilians side=civilian place=Saraqib attacker="Syrian government+Russia"}.
 * A count is {@code 12} (exact), {@code at_least:12}, {@code more_than:12}, {@code nearly:12}, {@code about:12},
 * or {@code vague:24-99} ({@code vague:1000-} when open above). An expected line names only the keys it checks.
 */
record CanonicalOutcome(String outcome, String count, String group, Map<String, String> attributes) {
  /** The keys a line may check; {@code rule} holds when the event's rules include the id. */
  static final Set<String> KEYS = Set.of("side", "scope", "type", "attacker", "attacker_types", "basis", "place",
      "places", "precision", "admin1", "country", "date", "source", "source_kind", "source_org", "part_of", "words",
      "implied", "victim", "rule");

  static CanonicalOutcome parse(String line) {
    List<String> tokens = tokens(line);
    if (tokens.size() < 3) {
      throw new IllegalArgumentException("an outcome line is '<outcome> <count> <group> key=value ...': " + line);
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (String t : tokens.subList(3, tokens.size())) {
      int eq = t.indexOf('=');
      if (eq < 0 || !KEYS.contains(t.substring(0, eq))) {
        throw new IllegalArgumentException("'" + t + "' is not key=value with a key among " + KEYS.stream().sorted().toList());
      }
      attributes.put(t.substring(0, eq), t.substring(eq + 1));
    }
    return new CanonicalOutcome(tokens.get(0), tokens.get(1), tokens.get(2), attributes);
  }

  /** The line for an extracted outcome, with every key; {@code part_of} may name an outcome of another event. */
  static CanonicalOutcome of(List<Event> all, Event e, Outcome o) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("side", o.victim().side().code());
    a.put("scope", e.scope().code());
    a.put("type", e.type().code());
    a.put("attacker", e.attacker() == null ? "none" : String.join("+", e.attacker().actors()));
    a.put("attacker_types", e.attacker() == null ? "none"
        : e.attacker().types().stream().map(t -> t.code()).collect(Collectors.joining("+")));
    a.put("basis", e.attacker() == null ? "none" : e.attacker().basis().code());
    a.put("place", e.locations().isEmpty() ? "none" : e.locations().get(0).name());
    a.put("places", e.locations().isEmpty() ? "none"
        : e.locations().stream().map(Location::name).collect(Collectors.joining("+")));
    a.put("precision", e.locations().isEmpty() ? "none" : e.locations().get(0).precision().code());
    // the first place with a country, as the scorers read an event's place
    Location placed = e.locations().stream().filter(l -> l.countryCode() != null).findFirst().orElse(null);
    a.put("admin1", placed == null || placed.admin1() == null ? "none" : placed.admin1());
    a.put("country", placed == null ? "none" : placed.countryCode());
    a.put("date", e.date() == null ? "none" : e.date().value().toString());
    a.put("source", e.source() == null ? "none" : e.source().name());
    a.put("source_kind", e.source() == null ? "none" : e.source().kind().code());
    a.put("source_org", e.source() == null || e.source().organisation() == null ? "none" : e.source().organisation());
    a.put("part_of", all.stream().flatMap(x -> x.outcomes().stream()).filter(p -> p.id().equals(o.partOf())).findFirst()
        .map(p -> p.outcome().code() + " " + count(p.count().count()) + " " + p.victim().group()).orElse("none"));
    a.put("words", o.count().words().text());
    a.put("implied", String.valueOf(o.count().implied()));
    a.put("victim", o.victim().words() == null ? "none" : o.victim().words().text());
    a.put("rule", String.join("+", e.rules()));
    return new CanonicalOutcome(o.outcome().code(), count(o.count().count()), o.victim().group(), a);
  }

  static String count(Count c) {
    return switch (c.qualifier()) {
      case EXACT -> String.valueOf(c.value());
      case VAGUE -> "vague:" + c.low() + "-" + (c.high() == null ? "" : c.high());
      default -> c.qualifier().code() + ":" + c.value();
    };
  }

  /** Whether an extracted outcome ({@code actual}, every key filled) is what this expected line says. */
  boolean accepts(CanonicalOutcome actual) {
    if (!outcome.equals(actual.outcome) || !count.equals(actual.count) || !group.equals(actual.group)) {
      return false;
    }
    for (Map.Entry<String, String> want : attributes.entrySet()) {
      String got = actual.attributes.get(want.getKey());
      boolean ok = want.getKey().equals("rule")
          ? List.of(got.split("\\+")).contains(want.getValue())
          : want.getValue().equals(got);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(outcome + " " + count + " " + group);
    attributes.forEach((k, v) -> s.append(' ').append(k).append('=').append(v.contains(" ") ? '"' + v + '"' : v));
    return s.toString();
  }

  /** Splits on spaces, keeping "quoted values" whole (quotes dropped). */
  private static List<String> tokens(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (char ch : line.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (Character.isWhitespace(ch) && !quoted) {
        if (!cur.isEmpty()) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.append(ch);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unclosed quote in: " + line);
    }
    if (!cur.isEmpty()) {
      out.add(cur.toString());
    }
    return out;
  }
}
