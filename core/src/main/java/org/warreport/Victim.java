package org.warreport;

import java.util.Objects;

/**
 * Who or what was hit: the head-noun class ({@code civilians}, {@code fighters}, {@code schools}) and the side.
 * {@code words} is null when the text gives a bare number ("clashes kill 55").
 */
public record Victim(String group, Side side, TextMention words) {
  public Victim {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(side, "side");
  }
}
