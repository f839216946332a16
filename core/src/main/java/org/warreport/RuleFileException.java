package org.warreport;

/** A rule file or lexicon that cannot be loaded; the message starts with {@code file:line:} and says why. */
public final class RuleFileException extends RuntimeException {
  private final String file;
  private final int line;

  public RuleFileException(String file, int line, String reason) {
    this(file, line, reason, null);
  }

  public RuleFileException(String file, int line, String reason, Throwable cause) {
    super(file + ":" + line + ": " + reason, cause);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }
}
