package org.warreport;

import java.util.Objects;

/** Words of the document and where they stand: {@code span.textIn(document)} equals {@code text}. */
public record TextMention(String text, Span span) {
  public TextMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text '" + text + "' does not fit span " + span);
    }
  }

  public static TextMention of(String document, Span span) {
    return new TextMention(span.textIn(document), span);
  }
}
