package org.warreport.internal.extract;

import org.warreport.Count;
import org.warreport.OutcomeKind;
import org.warreport.RuleKind;

/**
 * A count claimed by an outcome, subset or conjunct rule ({@link CountFiller}), and, once {@link Extraction} has
 * placed it, its outcome kind, trigger, the outcome it leans on and the event it belongs to.
 */
final class Mention {
  final RuleMatch match;
  final SentenceView sentence;
  final Count count;
  final int[] countTokens;
  OutcomeKind outcome;
  int[] trigger;
  Mention antecedent;      // the outcome a subset or conjunct leans on
  boolean part;            // a part of its antecedent: a subset, or a group joined to one ("... and 3 women")
  boolean structures;      // its counted nouns are buildings ("houses"), not people
  Draft event;
  String id;

  Mention(RuleMatch match, SentenceView sentence, Count count) {
    this.match = match;
    this.sentence = sentence;
    this.count = count;
    this.countTokens = implied() ? match.group("victim") : match.group("count");
  }

  RuleKind kind() {
    return match.rule().rule().kind();
  }

  /** Whether the count is read from the victim, not a number: "a soldier was killed" is one. */
  boolean implied() {
    return match.rule().rule().impliesCount();
  }
}
