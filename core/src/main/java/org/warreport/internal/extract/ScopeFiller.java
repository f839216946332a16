package org.warreport.internal.extract;

import java.util.Set;
import org.warreport.OutcomeKind;
import org.warreport.RuleKind;
import org.warreport.Scope;
import org.warreport.internal.rules.CompiledRule;

/** Says whether an event is one incident or a tally over a period: the first scope rule that applies and matches. */
final class ScopeFiller {
  private final RulesByKind rules;

  ScopeFiller(RulesByKind rules) {
    this.rules = rules;
  }

  /** The scope of an event of sentence {@code s} whose outcomes are of {@code kinds}; an incident by default. */
  Filled<Scope> scope(SentenceView s, Set<OutcomeKind> kinds) {
    for (CompiledRule r : rules.of(RuleKind.SCOPE)) {
      String applies = r.rule().attribute("applies");
      if (applies != null && java.util.Arrays.stream(applies.split("\\s+")).map(OutcomeKind::fromCode).noneMatch(kinds::contains)) {
        continue;
      }
      if (!s.matches(r).isEmpty()) {
        return new Filled<>(Scope.fromCode(r.rule().attribute("scope")), r.id());
      }
    }
    return new Filled<>(Scope.INCIDENT, null);
  }
}
