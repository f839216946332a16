package org.warreport;

/**
 * The thread reading a document was interrupted (a batch run's time bound, say) while the rules were matched: the
 * document's result is lost. {@link #rule()} is the rule being matched or about to be; the thread stays interrupted.
 */
public final class ExtractionInterruptedException extends RuntimeException {
  private final transient Rule rule;
  private final boolean inMatch;

  public ExtractionInterruptedException(Rule rule, boolean inMatch) {
    super((inMatch ? "interrupted in rule " : "interrupted before rule ") + rule.id() + " (" + rule.location() + ")");
    this.rule = rule;
    this.inMatch = inMatch;
  }

  public Rule rule() {
    return rule;
  }

  /** True when the interrupt stopped a match of {@link #rule()} part way, false when it came between rules. */
  public boolean inMatch() {
    return inMatch;
  }
}
