package org.warreport.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of cases: short texts of our own, each with every outcome it must yield (as {@link CanonicalOutcome}
 * lines) and what it must not. The format:
 *
 * <pre>
 * # comment
 * date: 2019-06-06                                  document date of the cases below ("none": no date)
 * case: Seven civilians died in Saraqib on Tuesday.  the text (one paragraph)
 *   &gt; A second paragraph of the same text.
 *   killed 7 civilians side=civilian date=2019-06-04  an outcome it must yield (others may not appear)
 *   ! on Tuesday                                     words no count may be read from
 *   none                                             it yields no outcome at all
 *   totals: killed=7 injured=0                       the document totals (best)
 *   known: why it fails                              a known failure: the test fails once it passes
 * </pre>
 */
record CaseFile(Path path, List<Case> cases) {

  /** One text and what it must yield; {@code line} is where it starts in its file. */
  record Case(Path file, int line, String text, LocalDate date, List<Expected> outcomes, List<String> mustNotCount,
              boolean none, Map<String, Long> totals, String knownFailure) {
    String where() {
      return file.getFileName() + ":" + line;
    }
  }

  /** An expected outcome line and where it stands. */
  record Expected(int line, CanonicalOutcome outcome) {}

  static CaseFile read(Path path) throws IOException {
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    List<Case> cases = new ArrayList<>();
    LocalDate date = null;
    CaseBuilder open = null;
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String raw = lines.get(i);
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        if (raw.startsWith("date:")) {
          String d = raw.substring(5).strip();
          date = d.equals("none") ? null : LocalDate.parse(d);
        } else if (raw.startsWith("case:")) {
          if (open != null) {
            cases.add(open.build());
          }
          open = new CaseBuilder(path, lineNo, raw.substring(5).strip(), date);
        } else if (raw.startsWith("  ") && open != null) {
          open.add(lineNo, line);
        } else {
          throw new IllegalArgumentException("expected 'date:', 'case:' or an indented line under a case");
        }
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalArgumentException(path.getFileName() + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    if (open != null) {
      cases.add(open.build());
    }
    return new CaseFile(path, cases);
  }

  private static final class CaseBuilder {
    final Path file;
    final int line;
    final StringBuilder text;
    final LocalDate date;
    final List<Expected> outcomes = new ArrayList<>();
    final List<String> mustNot = new ArrayList<>();
    final Map<String, Long> totals = new LinkedHashMap<>();
    boolean none;
    String knownFailure;

    CaseBuilder(Path file, int line, String text, LocalDate date) {
      if (text.isEmpty()) {
        throw new IllegalArgumentException("a case needs its text after 'case:'");
      }
      this.file = file;
      this.line = line;
      this.text = new StringBuilder(text);
      this.date = date;
    }

    void add(int lineNo, String line) {
      if (line.startsWith(">")) {
        text.append("\n\n").append(line.substring(1).strip());
      } else if (line.startsWith("!")) {
        mustNot.add(line.substring(1).strip());
      } else if (line.startsWith("known:")) {
        knownFailure = line.substring(6).strip();
      } else if (line.equals("none")) {
        none = true;
      } else if (line.startsWith("totals:")) {
        for (String kv : line.substring(7).strip().split("\\s+")) {
          String[] p = kv.split("=", 2);
          if (p.length != 2) {
            throw new IllegalArgumentException("totals are written kind=number, not '" + kv + "'");
          }
          totals.put(p[0], Long.parseLong(p[1]));
        }
      } else {
        outcomes.add(new Expected(lineNo, CanonicalOutcome.parse(line)));
      }
    }

    Case build() {
      if (none && !outcomes.isEmpty()) {
        throw new IllegalArgumentException("case at line " + line + " says 'none' and lists outcomes");
      }
      if (!none && outcomes.isEmpty() && mustNot.isEmpty() && totals.isEmpty()) {
        throw new IllegalArgumentException("case at line " + line + " expects nothing: add outcomes, '!' or 'none'");
      }
      return new Case(file, line, text.toString(), date, List.copyOf(outcomes), List.copyOf(mustNot), none,
          Map.copyOf(totals), knownFailure);
    }
  }
}
