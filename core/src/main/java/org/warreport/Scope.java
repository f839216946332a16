package org.warreport;

/** One event at one time and place (incident), or a running tally over a period (aggregate, never summed). */
public enum Scope {
  INCIDENT, AGGREGATE;

  /** The lower-case name the JSON contract and the rule files use. */
  public String code() {
    return Codes.of(this);
  }

  /** Parses a lower-case code; throws naming the accepted codes otherwise. */
  public static Scope fromCode(String code) {
    return Codes.parse(Scope.class, code, "scope");
  }
}
