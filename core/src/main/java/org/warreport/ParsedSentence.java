package org.warreport;

import java.util.List;

/**
 * One sentence as CoreNLP read it, for a rule author: each token's word, lemma, POS and NER (null where the
 * sentence was screened out before NER), and the enhanced++ dependencies as {@code rel(governor-i, dependent-j)}
 * with 1-based token numbers (empty when the sentence was not parsed).
 */
public record ParsedSentence(int index, List<Token> tokens, List<String> dependencies) {
  /** A token of the sentence. */
  public record Token(String word, String lemma, String pos, String ner) {}

  public ParsedSentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }
}
