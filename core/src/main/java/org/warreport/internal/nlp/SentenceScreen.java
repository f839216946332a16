package org.warreport.internal.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of CoreNLP's costly annotators a sentence earns, decided from its words before they run: a word of
 * {@code parseCues} (a killing, a wound, a toll) earns NER and the dependency parse, which the casualty and attacker
 * rules read; a number or a word of {@code nerCues} (an attribution such as "said") earns NER alone, for the places
 * and names the story-level rules read; any other sentence keeps its tokens, POS and lemmas.
 */
public record SentenceScreen(Set<String> parseCues, Set<String> nerCues) {
  /** What a sentence is given beyond tokens, POS and lemmas. */
  public enum Need { NOTHING_MORE, NER, NER_AND_PARSE }

  public SentenceScreen {
    parseCues = Set.copyOf(parseCues);
    nerCues = Set.copyOf(nerCues);
  }

  public Need need(List<CoreLabel> tokens) {
    Need need = Need.NOTHING_MORE;
    for (CoreLabel t : tokens) {
      if (has(parseCues, t)) {
        return Need.NER_AND_PARSE;
      }
      if ("CD".equals(t.tag()) || has(nerCues, t)) {
        need = Need.NER;
      }
    }
    return need;
  }

  private static boolean has(Set<String> cues, CoreLabel t) {
    return cues.contains(t.word().toLowerCase(Locale.ROOT))
        || t.lemma() != null && cues.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return "parse " + new TreeSet<>(parseCues) + ", NER " + new TreeSet<>(nerCues);
  }
}
