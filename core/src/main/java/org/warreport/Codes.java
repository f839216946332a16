package org.warreport;

import java.util.Arrays;
import java.util.Locale;

/** The lower-case codes by which the JSON contract and the rule files name enum constants. */
final class Codes {
  private Codes() {}

  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  static <E extends Enum<E>> E parse(Class<E> type, String code, String what) {
    for (E v : type.getEnumConstants()) {
      if (of(v).equals(code)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown " + what + " '" + code + "', expected one of "
        + Arrays.stream(type.getEnumConstants()).map(Codes::of).toList());
  }
}
