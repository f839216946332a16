package org.warreport;

import java.util.Objects;

/**
 * On whose word a claim rests: the words ("the monitor", "it", "police in Borno state"), the organisation they
 * resolve to (a speaker the lexicon names by a generic word, "Police", "Officials", keeps that word), its kind, the
 * organisation or place such a speaker belongs to where the text names it ("Borno"; null otherwise), the cue that
 * attributes the claim ("said", "according to"), and the id of the source rule that found it or a
 * {@link Provenance} id where another sentence's attribution was taken over (never blank).
 */
public record Source(TextMention words, String name, SourceKind kind, String organisation, String cue, String rule) {
  public Source {
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cue, "cue");
    Provenance.require(rule, "source");
  }

  /** A source whose words name no organisation beyond the one they resolve to. */
  public Source(TextMention words, String name, SourceKind kind, String cue, String rule) {
    this(words, name, kind, null, cue, rule);
  }

  /** The same attribution, filled into a slot by {@code rule}. */
  public Source withRule(String rule) {
    return new Source(words, name, kind, organisation, cue, rule);
  }
}
