package org.warreport;

import java.util.Objects;

/**
 * Who or what was hit: the head-noun class ({@code civilians}, {@code fighters}, {@code schools}) and the side.
 * {@code words} is null when the text gives a bare number ("clashes kill 55"). {@code rule} is the id of the rule
 * whose match named the victim, or a {@link Provenance} id where the engine supplied it (never blank).
 */
public record Victim(String group, Side side, TextMention words, String rule) {
  public Victim {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(side, "side");
    Provenance.require(rule, "victim");
  }
}
