package org.warreport.internal.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.warreport.RuleFileException;

/** A lexicon file's rows: TAB-separated, '#' comments and blank lines skipped, each row remembering its line. */
public record TsvTable(String file, List<Row> rows) {
  /** One row; {@link #fail} reports a mistake at its line. */
  public record Row(String file, int line, List<String> cells) {
    public String cell(int i) {
      return cells.get(i);
    }

    /** The '|'-separated list in a cell; "-" is an empty list. */
    public List<String> list(int i) {
      String c = cells.get(i).trim();
      return c.equals("-") || c.isEmpty() ? List.of() : Arrays.stream(c.split("\\|")).map(String::trim).toList();
    }

    public Double number(int i) {
      String c = cells.get(i).trim();
      if (c.equals("-")) {
        return null;
      }
      try {
        return Double.valueOf(c);
      } catch (NumberFormatException e) {
        throw fail("column " + (i + 1) + " is not a number: '" + c + "'");
      }
    }

    public RuleFileException fail(String reason) {
      return new RuleFileException(file, line, reason);
    }
  }

  public static TsvTable parse(String file, List<String> lines, int minColumns) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
      if (cells.size() < minColumns) {
        throw new RuleFileException(file, i + 1,
            "expected " + minColumns + " TAB-separated columns, found " + cells.size());
      }
      rows.add(new Row(file, i + 1, cells));
    }
    return new TsvTable(file, List.copyOf(rows));
  }
}
