package org.warreport;

import java.util.Objects;

/**
 * On whose word a claim rests: the words ("the monitor", "it"), the organisation they resolve to, its kind, the
 * cue that attributes the claim ("said", "according to"), and the id of the source rule that found it or a
 * {@link Provenance} id where another sentence's attribution was taken over (never blank).
 */
public record Source(TextMention words, String name, SourceKind kind, String cue, String rule) {
  public Source {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cue, "cue");
    Provenance.require(rule, "source");
  }

  /** The same attribution, filled into a slot by {@code rule}. */
  public Source withRule(String rule) {
    return new Source(words, name, kind, cue, rule);
  }
}
