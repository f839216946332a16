package org.warreport;

import java.util.Objects;

/**
 * On whose word a claim rests: the words ("the monitor", "it"), the organisation they resolve to, its kind, and
 * the cue that attributes the claim ("said", "according to").
 */
public record Source(TextMention words, String name, SourceKind kind, String cue) {
  public Source {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cue, "cue");
  }
}
