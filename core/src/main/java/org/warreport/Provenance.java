package org.warreport;

import java.util.List;

/**
 * The ids a slot's {@code rule} names where no rule of the rule set filled it: a lexicon look-up ({@link #LEXICON}),
 * a slot taken over from an earlier sentence ({@link #CARRIED}), or one of the engine's own fallbacks, whose ids
 * start {@code engine.}. Every other id is a rule's, {@code <file>.<name>}; no rule file may be named {@code engine},
 * so the two never meet.
 */
public final class Provenance {
  /** A place the gazetteer found in the sentence, no rule of its own around it. */
  public static final String LEXICON = "lexicon";
  /**
   * Taken over from the event of an earlier sentence that this one leans on ("Four of them were children."): its
   * date, places and source.
   */
  public static final String CARRIED = "carried";
  /** The sentence names no place: the event takes the places of the story's lead (its first body sentence with any). */
  public static final String STORY_PLACE = "engine.story_place";
  /**
   * No place of the sentence, the event it leans on or the story's lead has a country: the event takes the country
   * the story names most (countries named, demonyms such as "Afghan", a dateline's country).
   */
  public static final String STORY_COUNTRY = "engine.story_country";
  /**
   * The event's first place has a country but no first-level division ("northern Nigeria", "Syria"): the division the
   * story names most in that country ("Borno state", or a town of Borno), set before it.
   */
  public static final String STORY_DIVISION = "engine.story_division";
  /** The words name no victim ("clashes killed 55"): people, side unknown. */
  public static final String UNNAMED_VICTIM = "engine.unnamed_victim";
  /** A part that names no victim of its own ("two children ..., one in the camp") is of its whole's group and side. */
  public static final String VICTIM_OF_WHOLE = "engine.victim_of_whole";
  /** A sentence inside a quotation takes the attribution of the sentence where the quotation closes. */
  public static final String CLOSING_ATTRIBUTION = "engine.closing_attribution";

  /** Every id above, in the order the README lists them. */
  public static final List<String> IDS = List.of(LEXICON, CARRIED, STORY_PLACE, STORY_COUNTRY, STORY_DIVISION, UNNAMED_VICTIM, VICTIM_OF_WHOLE,
      CLOSING_ATTRIBUTION);

  /** The prefix of the engine's own ids; a rule file of this name is refused at load. */
  public static final String ENGINE_PREFIX = "engine.";

  private Provenance() {}

  /** Whether {@code id} names a rule of the rule set, not a lexicon, a carry-over or an engine fallback. */
  public static boolean isRule(String id) {
    return !id.equals(LEXICON) && !id.equals(CARRIED) && !id.startsWith(ENGINE_PREFIX);
  }

  /** The rule of a slot, checked: never null or blank. */
  static String require(String rule, String slot) {
    if (rule == null || rule.isBlank()) {
      throw new IllegalArgumentException(slot + " without the rule that filled it");
    }
    return rule;
  }
}
