package org.warreport;

/** A half-open range [begin, end) of UTF-16 offsets into the original document text; begin &le; end, both &ge; 0. */
public record Span(int begin, int end) {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  /** The text this span covers in {@code document}; throws if the span runs past its end. */
  public String textIn(String document) {
    if (end > document.length()) {
      throw new IndexOutOfBoundsException("span [" + begin + ", " + end + ") past end " + document.length());
    }
    return document.substring(begin, end);
  }

  public boolean covers(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public int length() {
    return end - begin;
  }
}
