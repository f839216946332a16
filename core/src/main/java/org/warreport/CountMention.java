package org.warreport;

import java.util.Objects;

/**
 * A count and the words that state it; {@code implied} where the text gives no number and the count is read from
 * the words ("the village chief was shot dead" is one; then {@code words} are the victim's).
 */
public record CountMention(Count count, TextMention words, boolean implied) {
  public CountMention {
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(words, "words");
  }

  /** A count stated as a number or a quantity word. */
  public CountMention(Count count, TextMention words) {
    this(count, words, false);
  }
}
