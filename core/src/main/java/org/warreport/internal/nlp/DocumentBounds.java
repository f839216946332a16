package org.warreport.internal.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * What one document may cost CoreNLP, checked before CoreNLP sees it: no "word" longer than {@code maxTokenChars}
 * characters (NER builds features of a word's characters; a 50,000-character token exhausts the heap), then at most
 * {@code maxChars} characters of the other words (cut at a space, so no word is split), and NER and parses for the
 * first {@code maxSentences} sentences. A word over the bound is blanked with spaces of its own length, so every
 * offset CoreNLP reports is still an offset of the original text. The text given to CoreNLP
 * and the warnings for what was not read depend on the text alone, so a cached annotation can be checked against
 * them.
 */
public record DocumentBounds(int maxChars, int maxTokenChars, int maxSentences) {
  public DocumentBounds {
    if (maxChars < 1000 || maxTokenChars < 20 || maxSentences < 10) {
      throw new IllegalArgumentException("bounds too small: " + maxChars + " characters, " + maxTokenChars
          + " characters per token, " + maxSentences + " sentences (at least 1000, 20 and 10)");
    }
  }

  /** The text CoreNLP reads, with a warning for each part of {@code text} it does not read. */
  public record Readable(String text, List<String> warnings) {}

  public Readable readable(String text) {
    // words over the token bound first: blanked, they cost CoreNLP nothing and do not count towards the characters
    List<int[]> blanks = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        if (i - start > maxTokenChars) {
          blanks.add(new int[] {start, i});
        }
        start = -1;
      }
    }
    int cut = text.length();
    int read = 0;
    int next = 0;   // the next blanked word
    for (int i = 0; i < text.length(); i++) {
      if (next < blanks.size() && i == blanks.get(next)[0]) {
        i = blanks.get(next++)[1] - 1;
        continue;
      }
      if (++read > maxChars) {
        cut = i;
        break;
      }
    }
    List<String> warnings = new ArrayList<>();
    if (cut < text.length()) {
      int at = cut;
      while (at > cut / 2 && !Character.isWhitespace(text.charAt(at))) {
        at--;
      }
      cut = Character.isWhitespace(text.charAt(at)) ? at : Character.isLowSurrogate(text.charAt(cut)) ? cut - 1 : cut;
    }
    StringBuilder kept = new StringBuilder(text.substring(0, cut));
    for (int[] b : blanks) {
      if (b[0] < cut) {
        for (int j = b[0]; j < b[1]; j++) {
          kept.setCharAt(j, ' ');
        }
        warnings.add("a token of " + (b[1] - b[0]) + " characters at character " + b[0]
            + " was not read: the limit is " + maxTokenChars + " characters per token");
      }
    }
    if (cut < text.length()) {
      warnings.add("characters " + cut + " to " + text.length() + " were not read: the limit is " + maxChars
          + " characters per document");
    }
    return new Readable(blanks.isEmpty() && cut == text.length() ? text : kept.toString(), warnings);
  }

  /** The warning for the sentences past the bound, which get no NER and no parse; empty when there are none. */
  public List<String> sentenceWarnings(int sentences) {
    return sentences <= maxSentences ? List.of() : List.of("the " + (sentences - maxSentences) + " sentences after the first "
        + maxSentences + " were not tagged for names or parsed: the limit is " + maxSentences + " sentences per document");
  }
}
