package org.warreport;

/**
 * What kind of armed actor an attacker is, as UCDP and ACLED actor lists class them; {@code unidentified} for
 * attackers the text leaves nameless ("gunmen"), {@code unknown} for a name the actor lexicon lacks.
 */
public enum ActorType {
  STATE_FORCES, REBEL_GROUP, JIHADIST_GROUP, MILITIA, COMMUNAL_GROUP, CRIMINAL_GROUP, FOREIGN_STATE, COALITION,
  UNIDENTIFIED, UNKNOWN;

  /** The lower-case name the JSON contract and the rule files use. */
  public String code() {
    return Codes.of(this);
  }

  /** Parses a lower-case code; throws naming the accepted codes otherwise. */
  public static ActorType fromCode(String code) {
    return Codes.parse(ActorType.class, code, "actor type");
  }
}
