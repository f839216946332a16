package org.warreport;

/**
 * On what footing the text names an attacker: it says so ({@code stated}), the attacker claimed it ({@code claimed}),
 * someone suspects it ({@code suspected}: "suspected herdsmen", "believed to be"), or someone blames it
 * ({@code blamed}: "blamed on", "accused").
 */
public enum Basis {
  STATED, CLAIMED, SUSPECTED, BLAMED;

  /** The lower-case name the JSON contract and the rule files use. */
  public String code() {
    return Codes.of(this);
  }

  /** Parses a lower-case code; throws naming the accepted codes otherwise. */
  public static Basis fromCode(String code) {
    return Codes.parse(Basis.class, code, "basis");
  }
}
