package org.warreport;

import java.util.Objects;

/** A count and the words that state it. */
public record CountMention(Count count, TextMention words) {
  public CountMention {
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(words, "words");
  }
}
