package org.warreport;

import java.util.List;
import java.util.Objects;

/**
 * Who did it: the words of the text, the canonical actor names the actor lexicon gives them (never empty; the words
 * themselves for an actor the lexicon lacks), each actor's type (one per name), the basis on which the text names
 * them, and the id of the rule that found them (never blank).
 */
public record Attacker(TextMention words, List<String> actors, List<ActorType> types, Basis basis, String rule) {
  public Attacker {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(basis, "basis");
    actors = List.copyOf(actors);
    types = List.copyOf(types);
    if (actors.isEmpty()) {
      throw new IllegalArgumentException("an attacker names at least one actor");
    }
    if (types.size() != actors.size()) {
      throw new IllegalArgumentException("an attacker gives one type per actor: " + actors + " " + types);
    }
    Provenance.require(rule, "attacker");
  }
}
