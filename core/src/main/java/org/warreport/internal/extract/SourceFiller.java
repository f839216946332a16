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
        List<SentenceView.Found<Lexicons.Actor>> actor = s.find(lexicons.actors, src[0], src[1]).stream()
            .filter(a -> a.entry().type() != org.warreport.ActorType.UNIDENTIFIED).toList();
        SentenceView.Found<Lexicons.SourceEntry> named = known.stream().filter(f -> named(s, f)).findFirst().orElse(null);
        boolean actorNamed = !actor.isEmpty() && named(s, actor.get(0));
        if (named != null || !known.isEmpty() && !actorNamed) {
          // a body the text names ("a spokesman for Jaish al-Izza") before a generic word for a speaker ("spokesman")
          SentenceView.Found<Lexicons.SourceEntry> f = named != null ? named : known.get(0);
          Lexicons.SourceEntry e = f.entry();
          return new Attributed(new Source(words, e.name(), e.kind(), organisation(s, src, f, text), cueText,
              m.ruleId()), m.ruleId(), s.index, cue[1]);
        }
        if (src[1] - src[0] == 1 && s.lemma(src[0]).matches("it|he|she|they") && previous != null) {
          return new Attributed(new Source(words, previous.name(), previous.kind(), cueText, m.ruleId()), m.ruleId(),
              s.index, cue[1]);
        }
        if (!actor.isEmpty()) {
          // an armed actor speaking for itself ("the Taliban said", "the Nigerian army said")
          Lexicons.Actor a = actor.get(0).entry();
          SourceKind kind = switch (a.type()) {
            case STATE_FORCES, FOREIGN_STATE, COALITION -> SourceKind.GOVERNMENT;
            default -> SourceKind.ARMED_GROUP;
          };
          return new Attributed(new Source(words, a.name(), kind, cueText, m.ruleId()), m.ruleId(), s.index, cue[1]);
        }
        if (src[1] - src[0] <= 2 && s.ner(src[1] - 1).matches("LOCATION|COUNTRY")
            && s.tokens.get(src[1] - 1).tag().startsWith("NNP")) {
          // a state speaking ("Pakistan said"): its government
          String name = words.text().replaceFirst("^(?i)(the)\\s+", "");
          return new Attributed(new Source(words, name, SourceKind.GOVERNMENT, cueText, m.ruleId()), m.ruleId(),
              s.index, cue[1]);
        }
        if (s.ner(src[1] - 1).matches("ORGANIZATION|PERSON")) {
          String name = words.text().replaceFirst("^(?i)(the|a|an)\\s+", "");   // "the Joint Command": "Joint Command"
          return new Attributed(new Source(words, name, SourceKind.OTHER, cueText, m.ruleId()), m.ruleId(), s.index,
              cue[1]);
        }
        int head = src[1] - 1;
        if (s.tokens.get(head).get(org.warreport.internal.lexicon.PeopleNouns.DenotesAnnotation.class) != null
            && src[1] - src[0] <= 6 && shortNounPhrase(s, src)) {
          // a speaker the lexicons lack, named by a noun of people ("a student at the university"): as written
          String name = words.text().replaceFirst("^(?i)(the|a|an|some|several|two|three)\\s+", "");
          return new Attributed(new Source(words, name, SourceKind.OTHER, cueText, m.ruleId()), m.ruleId(), s.index,
              cue[1]);
        }
      }
    }
    return null;
  }

  /** Whether a lexicon entry was found over words that include a proper name ("Jaish al-Izza", not "spokesman"). */
  private static boolean named(SentenceView s, SentenceView.Found<?> f) {
    for (int t = f.start(); t < f.end(); t++) {
      if (s.tokens.get(t).tag().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code src} hold no number and no verb: a noun phrase, not a clause swept up by the pattern. */
  private static boolean shortNounPhrase(SentenceView s, int[] src) {
    for (int t = src[0]; t < src[1]; t++) {
      if (s.tokens.get(t).tag().matches("CD|VB.*|MD|WDT|WP")) {
        return false;
      }
    }
    return true;
  }

  /** Tags of the words that name an organisation or a place a generic speaker belongs to ("Borno", "Iraq"). */
  private static final java.util.regex.Pattern NAME_NER =
      java.util.regex.Pattern.compile("LOCATION|ORGANIZATION|CITY|STATE_OR_PROVINCE|COUNTRY|NATIONALITY|MISC");

  /**
   * The organisation or place a speaker found as {@code f} in source phrase {@code src} belongs to, where the phrase
   * names one beside the lexicon's words: the run of proper names around them ("Kaduna State Police Command"), else
   * the first such run elsewhere in the phrase ("police in Borno state": Borno); null where there is none, or the
   * run is the lexicon's words themselves ("the Observatory") or a modifier ("Britain-based").
   */
  private static String organisation(SentenceView s, int[] src, SentenceView.Found<?> f, String text) {
    String apart = null;
    int start = -1;
    for (int t = src[0]; t <= src[1]; t++) {
      boolean name = t < src[1] && (s.tokens.get(t).tag().startsWith("NNP") || NAME_NER.matcher(s.ner(t)).matches())
          && !s.ner(t).matches("PERSON|DATE|TIME|DURATION|NUMBER|ORDINAL|SET") && !s.word(t).matches("(?i)the|a|an");
      if (name && start < 0) {
        start = t;
      } else if (!name && start >= 0) {
        boolean modifier = t < s.tokens.size() && s.word(t).equals("-");   // "Britain-based": where, not whose
        String run = s.span(start, t).textIn(text).replaceFirst("(?i)['\u2019]s?$", "").strip();
        if (start <= f.start() && t >= f.end()) {
          if (start < f.start() || t > f.end()) {
            return run;   // the name the generic word is part of: "Kaduna State Police Command", "Al Massira TV"
          }
        } else if (!modifier && apart == null && (t <= f.start() || start >= f.end())) {
          apart = run;
        }
        start = -1;
      }
    }
    return apart;
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
