package org.warreport;

/** How precisely a location is known, in the way of UCDP where_prec. */
public enum Precision {
  PLACE, DISTRICT, GOVERNORATE, REGION, COUNTRY;

  /** The lower-case name the JSON contract and the rule files use. */
  public String code() {
    return Codes.of(this);
  }

  /** Parses a lower-case code; throws naming the accepted codes otherwise. */
  public static Precision fromCode(String code) {
    return Codes.parse(Precision.class, code, "precision");
  }
}
