package org.warreport.internal.extract;

import java.util.Set;
import org.warreport.EventType;
import org.warreport.OutcomeKind;
import org.warreport.RuleKind;

/** Says what happened: displacement alone is displacement, else the type rule nearest the trigger, else a default. */
final class TypeFiller {
  private final RulesByKind rules;

  TypeFiller(RulesByKind rules) {
    this.rules = rules;
  }

  /** The type of an event with trigger tokens {@code trigger} whose outcomes are of {@code kinds}. */
  Filled<EventType> type(SentenceView s, int[] trigger, Set<OutcomeKind> kinds) {
    if (kinds.contains(OutcomeKind.DISPLACED) && kinds.size() == 1) {
      return new Filled<>(EventType.DISPLACEMENT, null);
    }
    RuleMatch best = rules.nearest(s, trigger, RuleKind.TYPE, m -> true);
    if (best != null) {
      return new Filled<>(EventType.fromCode(best.rule().rule().attribute("type")), best.ruleId());
    }
    return new Filled<>(kinds.contains(OutcomeKind.DAMAGED) ? EventType.DAMAGE : EventType.OTHER, null);
  }
}
