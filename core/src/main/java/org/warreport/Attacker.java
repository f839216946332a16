package org.warreport;

import java.util.List;
import java.util.Objects;

/**
 * Who did it: the words of the text, the canonical actor names the actor lexicon gives them (never empty), and the
 * id of the rule that found them (never blank).
 */
public record Attacker(TextMention words, List<String> actors, String rule) {
  public Attacker {
    Objects.requireNonNull(words, "words");
    actors = List.copyOf(actors);
    if (actors.isEmpty()) {
      throw new IllegalArgumentException("an attacker names at least one actor");
    }
    Provenance.require(rule, "attacker");
  }
}
