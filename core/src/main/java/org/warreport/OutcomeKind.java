package org.warreport;

/** What happened to a counted group. */
public enum OutcomeKind {
  KILLED, INJURED, DISPLACED, DAMAGED, CAPTURED, MISSING;

  /** The lower-case name the JSON contract and the rule files use. */
  public String code() {
    return Codes.of(this);
  }

  /** Parses a lower-case code; throws naming the accepted codes otherwise. */
  public static OutcomeKind fromCode(String code) {
    return Codes.parse(OutcomeKind.class, code, "outcome");
  }
}
