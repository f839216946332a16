package org.warreport;

/**
 * A number as written, with the bounds its words allow: {@code value} is null only for vague counts; {@code low}
 * and {@code high} are null where the words set no bound ("more than 550" has no upper bound).
 */
public record Count(Long value, Long low, Long high, Qualifier qualifier) {
  public Count {
    if (qualifier == null) {
      throw new IllegalArgumentException("qualifier is required");
    }
    if ((value == null) != (qualifier == Qualifier.VAGUE)) {
      throw new IllegalArgumentException("a count has no value exactly when it is vague: " + value + " " + qualifier);
    }
    if (low != null && high != null && low > high) {
      throw new IllegalArgumentException("low " + low + " above high " + high);
    }
  }

  public static Count exactly(long n) {
    return new Count(n, n, n, Qualifier.EXACT);
  }

  /** "at least n", "no fewer than n". */
  public static Count atLeast(long n) {
    return new Count(n, n, null, Qualifier.AT_LEAST);
  }

  /** "more than n", "over n": the lower bound is n + 1. */
  public static Count moreThan(long n) {
    return new Count(n, n + 1, null, Qualifier.MORE_THAN);
  }

  /** "nearly n", "almost n", "up to n": n is an upper bound. */
  public static Count nearly(long n) {
    return new Count(n, null, n, Qualifier.NEARLY);
  }

  /** "about n", "some n", "an estimated n": no bound either way. */
  public static Count about(long n) {
    return new Count(n, null, null, Qualifier.ABOUT);
  }

  /** "dozens", "tens of thousands": no value, bounds from the quantity lexicon (high may be open). */
  public static Count vague(long low, Long high) {
    return new Count(null, low, high, Qualifier.VAGUE);
  }

  /** Whether {@code n} is consistent with what the words say. */
  public boolean admits(long n) {
    return (low == null || n >= low) && (high == null || n <= high);
  }
}
