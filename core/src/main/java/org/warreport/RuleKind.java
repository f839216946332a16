package org.warreport;

/** What a rule contributes to an event; the rules-package manual ({@code package-info}) lists each kind's groups. */
public enum RuleKind {
  /**
   * A toll with its trigger: groups {@code $trigger}, {@code $count}, optional {@code $victim}; attribute outcome;
   * optional attribute updates ({@code earlier}: the figure is a toll's latest telling, "the death toll rose to 76");
   * optional attribute bound ({@code upper}: the figure is the most the toll can be, "killed or wounded 53").
   */
  OUTCOME,
  /** A subset of the outcome before it ("among them four children"): {@code $count}, optional {@code $victim}. */
  SUBSET,
  /** Another group of the outcome before it ("... and 24 rebels"): {@code $count}, optional {@code $victim}. */
  CONJUNCT,
  /** A number that is not a toll (a population, an age): {@code $count}. */
  EXCLUDE,
  /** A cue that makes the sentence's tolls a running tally: attribute scope, optional attribute applies. */
  SCOPE,
  /** A cue for the event type: attribute type. */
  TYPE,
  /** Who did it: Semgrex with nodes {@code trigger} and {@code attacker}, or TokensRegex with those groups. */
  ATTACKER,
  /**
   * An attack told with its doer, in any sentence ("Russian jets pounded the town"): groups {@code $trigger} (the
   * attack's word) and {@code $attacker}, an actor of the lexicon. It names the attacker of an event whose attacker
   * rules name none, told in the event's sentence or the one just before or after it.
   */
  ATTACK,
  /** An attribution: groups {@code $source} and {@code $cue}. */
  SOURCE,
  /** A region or relative place ("northwest Syria"): group {@code $place}; attribute precision. */
  PLACE,
  /** The day: group {@code $date}. */
  DATE,
  /**
   * A cue that the sentence tells another happening than the one before ("Meanwhile, ...", "in a separate attack"):
   * no groups; an event after the cue starts an incident of its own.
   */
  SEPARATE,
  /**
   * A cue that the sentence's tolls are the latest telling of a toll told before ("revising an earlier toll of 40",
   * "Altogether, ..."): no groups; the sentence's figures replace the incident's earlier ones.
   */
  UPDATE;

  public String code() {
    return Codes.of(this);
  }

  public static RuleKind fromCode(String code) {
    return Codes.parse(RuleKind.class, code, "rule kind");
  }
}
