package org.warreport;

/** The side a victim group belongs to (government forces and their allies, the opposition, civilians) or unknown. */
public enum Side {
  GOVERNMENT, OPPOSITION, CIVILIAN, UNKNOWN;

  /** The lower-case name the JSON contract and the rule files use. */
  public String code() {
    return Codes.of(this);
  }

  /** Parses a lower-case code; throws naming the accepted codes otherwise. */
  public static Side fromCode(String code) {
    return Codes.parse(Side.class, code, "side");
  }
}
