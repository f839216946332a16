package org.warreport;

import java.util.List;
import java.util.Objects;

/** Who did it: the words of the text and the canonical actor names the actor lexicon gives them (never empty). */
public record Attacker(TextMention words, List<String> actors) {
  public Attacker {
    Objects.requireNonNull(words, "words");
    actors = List.copyOf(actors);
    if (actors.isEmpty()) {
      throw new IllegalArgumentException("an attacker names at least one actor");
    }
  }
}
