package org.warreport;

/** What kind of body a claim is attributed to. */
public enum SourceKind {
  MONITOR, UN, STATE_MEDIA, GOVERNMENT, ARMED_GROUP, NGO, MEDIA, OTHER;

  /** The lower-case name the JSON contract and the rule files use. */
  public String code() {
    return Codes.of(this);
  }

  /** Parses a lower-case code; throws naming the accepted codes otherwise. */
  public static SourceKind fromCode(String code) {
    return Codes.parse(SourceKind.class, code, "source kind");
  }
}
