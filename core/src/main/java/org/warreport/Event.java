package org.warreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One reported act of violence or its toll, from one sentence: outcomes, attacker, places, day and source, with
 * the ids of every rule that contributed ({@code rules}, never empty). Attacker, date and source may be null. Each
 * slot names the rule that filled it; where that is a rule's id (see {@link Provenance#isRule}), it is among
 * {@code rules}, or the constructor throws.
 */
public record Event(String id, EventType type, Scope scope, int sentenceIndex, Span sentence, TextMention trigger,
                    List<Outcome> outcomes, Attacker attacker, List<Location> locations, EventDate date,
                    Source source, List<String> rules) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(trigger, "trigger");
    outcomes = List.copyOf(outcomes);
    locations = List.copyOf(locations);
    rules = List.copyOf(rules);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("event " + id + " has no rule id");
    }
    for (String slotRule : slotRules(outcomes, attacker, locations, date, source)) {
      if (Provenance.isRule(slotRule) && !rules.contains(slotRule)) {
        throw new IllegalArgumentException("event " + id + ": a slot filled by " + slotRule
            + " that is not among its rules " + rules);
      }
    }
  }

  /** The rule of each filled slot: each outcome's count and victim, the attacker, each place, the date, the source. */
  public List<String> slotRules() {
    return slotRules(outcomes, attacker, locations, date, source);
  }

  private static List<String> slotRules(List<Outcome> outcomes, Attacker attacker, List<Location> locations,
                                        EventDate date, Source source) {
    List<String> out = new ArrayList<>();
    for (Outcome o : outcomes) {
      out.add(o.count().rule());
      out.add(o.victim().rule());
    }
    if (attacker != null) {
      out.add(attacker.rule());
    }
    locations.forEach(l -> out.add(l.rule()));
    if (date != null) {
      out.add(date.rule());
    }
    if (source != null) {
      out.add(source.rule());
    }
    return out;
  }
}
