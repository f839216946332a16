package org.warreport.internal.extract;

import java.util.List;
import org.warreport.Provenance;
import org.warreport.RuleKind;
import org.warreport.Source;
import org.warreport.SourceKind;
import org.warreport.TextMention;
import org.warreport.internal.lexicon.Lexicons;
import org.warreport.internal.rules.CompiledRule;

/**
 * Fills an event's source: each sentence's attribution by the first source rule (in file order) whose phrase
 * resolves, taken into the earlier sentences of a quotation it closes and into a part that leans on its sentence.
 */
final class SourceFiller {
  /**
   * A sentence's source, the rule that found it (in sentence {@code sentence}, where its cue ends at token
   * {@code cueEnd}); the source's own {@code rule} says how it came to this sentence.
   */
  record Attributed(Source source, String ruleId, int sentence, int cueEnd) {
    /** The same attribution, taken into another sentence by {@code rule}. */
    Attributed filledBy(String rule) {
      return new Attributed(source.withRule(rule), ruleId, sentence, cueEnd);
    }
  }

  private final RulesByKind rules;
  private final Lexicons lexicons;

  SourceFiller(RulesByKind rules, Lexicons lexicons) {
    this.rules = rules;
    this.lexicons = lexicons;
  }

  /** Who the sentence's claims are attributed to; "it" and "he" refer back to {@code previous}. */
  Attributed attribution(SentenceView s, String text, Source previous) {
    for (CompiledRule r : rules.of(RuleKind.SOURCE)) {
      for (RuleMatch m : s.matches(r)) {
        int[] src = m.group("source");
        int[] cue = m.group("cue");
        TextMention words = TextMention.of(text, s.span(src[0], src[1]));
        String cueText = s.span(cue[0], cue[1]).textIn(text);
        List<SentenceView.Found<Lexicons.SourceEntry>> known = s.find(lexicons.sources, src[0], src[1]);
        if (!known.isEmpty()) {
          Lexicons.SourceEntry e = known.get(0).entry();
          return new Attributed(new Source(words, e.name(), e.kind(), cueText, m.ruleId()), m.ruleId(), s.index,
              cue[1]);
        }
        if (src[1] - src[0] == 1 && s.lemma(src[0]).matches("it|he|she|they") && previous != null) {
          return new Attributed(new Source(words, previous.name(), previous.kind(), cueText, m.ruleId()), m.ruleId(),
              s.index, cue[1]);
        }
        if (s.ner(src[1] - 1).matches("ORGANIZATION|PERSON")) {
          String name = words.text().replaceFirst("^(?i)(the|a|an)\\s+", "");   // "the Joint Command": "Joint Command"
          return new Attributed(new Source(words, name, SourceKind.OTHER, cueText, m.ruleId()), m.ruleId(), s.index,
              cue[1]);
        }
      }
    }
    return null;
  }

  /**
   * A quotation over several sentences is attributed where it closes ("... Three more died," he said.): its earlier
   * sentences, which name no source of their own, take that attribution.
   */
  static void carryIntoQuotations(List<SentenceView> sentences, List<Attributed> sourceBySentence) {
    boolean open = false;
    int openedAt = -1;
    for (int i = 0; i < sentences.size(); i++) {
      SentenceView s = sentences.get(i);
      boolean wasOpen = open;
      for (int t = 0; t < s.tokens.size(); t++) {
        String w = s.tokens.get(t).originalText();
        if (w.equals("\u201c") || w.equals("``")) {
          open = true;
        } else if (w.equals("\u201d") || w.equals("''")) {
          open = false;
        } else if (w.equals("\"")) {
          open = !open;   // a straight quote opens or closes by turns
        }
      }
      if (open && !wasOpen) {
        openedAt = i;
      } else if (!open && wasOpen && openedAt >= 0 && sourceBySentence.get(i) != null) {
        for (int k = openedAt; k < i; k++) {
          if (sourceBySentence.get(k) == null) {
            sourceBySentence.set(k, sourceBySentence.get(i).filledBy(Provenance.CLOSING_ATTRIBUTION));
          }
        }
      }
      if (!open) {
        openedAt = -1;
      }
    }
  }

  /**
   * The attribution of an event: its sentence's ({@code bySentence}, quotations carried into); for a part that
   * leans on the sentence before ("Four of them were children."), where its own names no one, that sentence's.
   */
  static Attributed ofEvent(List<Attributed> bySentence, Draft d) {
    Attributed attributed = bySentence.get(d.sentence.index);
    if (attributed == null && d.carriedFrom != null) {
      attributed = bySentence.get(d.carriedFrom.sentence.index);
      if (attributed != null) {
        attributed = attributed.filledBy(Provenance.CARRIED);
      }
    }
    return attributed;
  }
}
