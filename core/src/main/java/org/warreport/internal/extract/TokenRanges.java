package org.warreport.internal.extract;

/** Token ranges [start, end) of one sentence, as rule groups give them. */
final class TokenRanges {
  private TokenRanges() {}

  static boolean overlaps(int[] a, int[] b) {
    return a[0] < b[1] && b[0] < a[1];
  }

  static boolean same(int[] a, int[] b) {
    return a[0] == b[0] && a[1] == b[1];
  }
}
