package org.warreport.internal.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How lexicon phrases and text are compared: case- and accent-insensitive, with hyphens, apostrophes and spaces
 * alike ("al-Sham" = "Al Sham"). Short all-capital words ("IS", "US", "WHO") keep their case, so that the verb
 * "is" never names the Islamic State.
 */
public final class PhraseWords {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private PhraseWords() {}

  /** The comparison words of a phrase or a token, in order; empty for pure punctuation. */
  public static List<String> of(String text) {
    String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    List<String> words = new ArrayList<>();
    for (String w : SEPARATORS.split(folded)) {
      if (!w.isEmpty()) {
        words.add(isAcronym(w) ? w : w.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  /** Words such as "IS" and "HTS" that are compared with their case; a text word is folded only when it is not one. */
  static boolean isAcronym(String w) {
    if (w.length() > 4 || w.length() < 2) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isUpperCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a text word matches a lexicon word: acronyms exactly, any other word in lower case. */
  static boolean matches(String lexiconWord, String textWord) {
    return isAcronym(lexiconWord) ? lexiconWord.equals(textWord) : lexiconWord.equals(textWord.toLowerCase(Locale.ROOT));
  }
}
