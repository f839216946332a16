package org.warreport;

/** What kind of violence an event is. */
public enum EventType {
  CLASH, AIR_STRIKE, SHELLING, ATTACK, BOMBING, TERRITORY_SEIZED, DISPLACEMENT, DAMAGE, OTHER;

  /** The lower-case name the JSON contract and the rule files use. */
  public String code() {
    return Codes.of(this);
  }

  /** Parses a lower-case code; throws naming the accepted codes otherwise. */
  public static EventType fromCode(String code) {
    return Codes.parse(EventType.class, code, "event type");
  }
}
