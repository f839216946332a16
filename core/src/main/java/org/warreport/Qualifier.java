package org.warreport;

/** How a count is hedged in the text: "32" is exact, "at least 15" at_least, "dozens" vague. */
public enum Qualifier {
  EXACT, AT_LEAST, MORE_THAN, NEARLY, ABOUT, VAGUE;

  /** The lower-case name the JSON contract and the rule files use. */
  public String code() {
    return Codes.of(this);
  }

  /** Parses a lower-case code; throws naming the accepted codes otherwise. */
  public static Qualifier fromCode(String code) {
    return Codes.parse(Qualifier.class, code, "qualifier");
  }
}
