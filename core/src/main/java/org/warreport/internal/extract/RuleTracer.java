package org.warreport.internal.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.warreport.ParsedSentence;
import org.warreport.internal.rules.CompiledRule;
import org.warreport.internal.rules.RequiredTokens;

/** What a rule author looks at: how CoreNLP read each sentence, and how far a rule got where it did not match. */
public final class RuleTracer {
  private RuleTracer() {}

  public static List<ParsedSentence> sentences(Annotation annotation) {
    List<ParsedSentence> out = new ArrayList<>();
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    for (int i = 0; i < sentences.size(); i++) {
      SentenceView s = new SentenceView(i, sentences.get(i));
      List<ParsedSentence.Token> tokens = new ArrayList<>();
      for (CoreLabel t : s.tokens) {
        tokens.add(new ParsedSentence.Token(t.word(), t.lemma(), t.tag(), t.ner()));
      }
      List<String> deps = new ArrayList<>();
      SemanticGraph g = s.graph();
      if (g != null) {
        for (SemanticGraphEdge e : g.edgeListSorted()) {
          deps.add(e.getRelation() + "(" + e.getGovernor().word() + "-" + e.getGovernor().index() + ", "
              + e.getDependent().word() + "-" + e.getDependent().index() + ")");
        }
      }
      out.add(new ParsedSentence(i, tokens, deps));
    }
    return out;
  }

  /** One line per sentence: where the rule matched, or how far it got before it failed. */
  public static List<String> progress(CompiledRule rule, Annotation annotation, String text) {
    List<String> lines = new ArrayList<>();
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    for (int i = 0; i < sentences.size(); i++) {
      SentenceView s = new SentenceView(i, sentences.get(i));
      lines.add("sentence " + i + ": " + progress(rule, s, text));
    }
    return lines;
  }

  private static String progress(CompiledRule rule, SentenceView s, String text) {
    List<RuleMatch> matches = RuleMatch.all(rule, s);
    if (!matches.isEmpty()) {
      RuleMatch m = matches.get(0);
      return "matches \u00ab" + words(s, m.start(), m.end(), text) + "\u00bb" + (matches.size() > 1 ? " and " + (matches.size() - 1) + " more" : "");
    }
    if (rule.semgrex() != null) {
      return s.graph() == null ? "no dependency graph (screened out or too long), so no Semgrex match"
          : "the Semgrex pattern finds no match in the dependency graph";
    }
    if (!rule.required().holds(s.texts())) {
      return "lacks what the pattern needs: " + rule.required().lacking(s.texts());
    }
    List<String> elements = RequiredTokens.elements(rule.rule().pattern());
    for (int k = elements.size() - 1; k >= 1; k--) {
      TokenSequenceMatcher m;
      try {
        m = TokenSequencePattern.compile(rule.env(), String.join(" ", elements.subList(0, k))).getMatcher(s.tokens);
      } catch (RuntimeException e) {
        continue;   // a prefix that does not stand alone
      }
      if (m.find()) {
        return "the first " + k + " of " + elements.size() + " elements match \u00ab" + words(s, m.start(), m.end(), text)
            + "\u00bb; then `" + elements.get(k) + "` does not follow";
      }
    }
    return "no match; not even its first element `" + elements.get(0) + "` matches";
  }

  private static String words(SentenceView s, int start, int end, String text) {
    return end <= start ? "" : s.span(start, end).textIn(text);
  }
}
