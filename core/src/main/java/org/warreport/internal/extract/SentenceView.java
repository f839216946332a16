package org.warreport.internal.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.warreport.Span;
import org.warreport.internal.lexicon.PeopleNouns;
import org.warreport.internal.lexicon.PhraseIndex;
import org.warreport.internal.lexicon.PhraseWords;
import org.warreport.internal.rules.RequiredTokens;

/** One annotated sentence as the engine reads it: tokens, offsets, the dependency graph, lexicon look-ups. */
final class SentenceView {
  /** A lexicon entry found over tokens [start, end). */
  record Found<T>(int start, int end, T entry) {}

  final int index;
  final CoreMap sentence;
  final List<CoreLabel> tokens;
  // by identity: a compiled rule's record hash would walk its whole pattern on every look-up
  private final java.util.Map<org.warreport.internal.rules.CompiledRule, List<RuleMatch>> matches = new java.util.IdentityHashMap<>();
  private final List<String> words = new ArrayList<>();
  private RequiredTokens.Texts texts;
  private final List<Integer> wordToken = new ArrayList<>();

  SentenceView(int index, CoreMap sentence) {
    this.index = index;
    this.sentence = sentence;
    this.tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    PeopleNouns.shared().mark(tokens);   // what the rules read as { denotes:person }
    for (int t = 0; t < tokens.size(); t++) {
      for (String w : PhraseWords.of(tokens.get(t).originalText())) {
        words.add(w);
        wordToken.add(t);
      }
    }
  }

  /** The words, lemmas and NER tags that rules' required-token checks read, made on first use. */
  RequiredTokens.Texts texts() {
    if (texts == null) {
      texts = RequiredTokens.Texts.of(tokens);
    }
    return texts;
  }

  /** The matches of a rule here, computed once: several event fields ask for the same rule. */
  List<RuleMatch> matches(org.warreport.internal.rules.CompiledRule rule) {
    return matches.computeIfAbsent(rule, r -> RuleMatch.all(r, this));
  }

  SemanticGraph graph() {
    return sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
  }

  /** Token {@code t}'s node in the dependency graph, or null where the sentence has no parse. */
  IndexedWord node(int t) {
    SemanticGraph g = graph();
    return g == null ? null : g.getNodeByIndexSafe(t + 1);
  }

  Span span() {
    return span(0, tokens.size());
  }

  /** Character span of tokens [start, end). */
  Span span(int start, int end) {
    return new Span(tokens.get(start).beginPosition(), tokens.get(end - 1).endPosition());
  }

  String lemma(int t) {
    String l = tokens.get(t).lemma();
    return l == null ? tokens.get(t).word().toLowerCase(java.util.Locale.ROOT) : l.toLowerCase(java.util.Locale.ROOT);
  }

  int size() {
    return tokens.size();
  }

  String word(int t) {
    return tokens.get(t).word();
  }

  String ner(int t) {
    String n = tokens.get(t).ner();
    return n == null ? "O" : n;
  }

  /** Lexicon entries found inside tokens [start, end), longest first, left to right. */
  <T> List<Found<T>> find(PhraseIndex<T> index, int start, int end) {
    int from = firstWordAtOrAfter(start);
    int to = firstWordAtOrAfter(end);
    List<Found<T>> found = new ArrayList<>();
    for (PhraseIndex.Hit<T> h : index.findAll(words.subList(from, to))) {
      found.add(new Found<>(wordToken.get(from + h.start()), wordToken.get(from + h.end() - 1) + 1, h.entry()));
    }
    return found;
  }

  <T> List<Found<T>> find(PhraseIndex<T> index) {
    return find(index, 0, tokens.size());
  }

  private int firstWordAtOrAfter(int token) {
    int i = 0;
    while (i < wordToken.size() && wordToken.get(i) < token) {
      i++;
    }
    return i;
  }
}
