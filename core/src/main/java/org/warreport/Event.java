package org.warreport;

import java.util.List;
import java.util.Objects;

/**
 * One reported act of violence or its toll, from one sentence: outcomes, attacker, places, day and source, with
 * the ids of every rule that contributed ({@code rules}, never empty). Attacker, date and source may be null.
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
  }
}
