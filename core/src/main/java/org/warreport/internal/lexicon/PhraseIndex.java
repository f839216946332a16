package org.warreport.internal.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases in a sequence of words, longest match first, left to right, without overlaps.
 * Immutable once built; safe to share between threads.
 */
public final class PhraseIndex<T> {
  /** A phrase found at words [start, end). */
  public record Hit<T>(int start, int end, T entry, String phrase) {}

  private record Phrase<T>(List<String> words, T entry, String text) {}

  private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();

  /** Adds a phrase; returns false (and adds nothing) when it has no words. */
  public boolean add(String phrase, T entry) {
    List<String> words = PhraseWords.of(phrase);
    if (words.isEmpty()) {
      return false;
    }
    byFirstWord.computeIfAbsent(key(words.get(0)), k -> new ArrayList<>()).add(new Phrase<>(words, entry, phrase));
    return true;
  }

  /** The entry the whole of {@code phrase} names, or null. */
  public T lookup(String phrase) {
    List<String> words = PhraseWords.of(phrase);
    for (Hit<T> hit : findAll(words)) {
      if (hit.start() == 0 && hit.end() == words.size()) {
        return hit.entry();
      }
    }
    return null;
  }

  public List<Hit<T>> findAll(List<String> words) {
    List<Hit<T>> hits = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Phrase<T> best = null;
      for (Phrase<T> p : byFirstWord.getOrDefault(key(words.get(i)), List.of())) {
        if (p.words.size() <= words.size() - i && (best == null || p.words.size() > best.words.size())
            && matchesAt(p.words, words, i)) {
          best = p;
        }
      }
      if (best == null) {
        i++;
      } else {
        hits.add(new Hit<>(i, i + best.words.size(), best.entry, best.text));
        i += best.words.size();
      }
    }
    return hits;
  }

  /** Every phrase added, as written. */
  public java.util.List<String> phrases() {
    return byFirstWord.values().stream().flatMap(List::stream).map(Phrase::text).sorted().toList();
  }

  private static boolean matchesAt(List<String> phrase, List<String> words, int at) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!PhraseWords.matches(phrase.get(k), words.get(at + k))) {
        return false;
      }
    }
    return true;
  }

  private static String key(String word) {
    return word.toLowerCase(java.util.Locale.ROOT);
  }
}
