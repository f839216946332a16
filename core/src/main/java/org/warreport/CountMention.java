package org.warreport;

import java.util.Objects;

/**
 * A count and the words that state it; {@code implied} where the text gives no number and the count is read from
 * the words ("the village chief was shot dead" is one; then {@code words} are the victim's). {@code rule} is the id
 * of the rule that found it (never blank).
 */
public record CountMention(Count count, TextMention words, boolean implied, String rule) {
  public CountMention {
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(words, "words");
    Provenance.require(rule, "count");
  }

  /** A count stated as a number or a quantity word. */
  public CountMention(Count count, TextMention words, String rule) {
    this(count, words, false, rule);
  }
}
