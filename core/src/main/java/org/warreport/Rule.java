package org.warreport;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One hand-written rule as loaded from its file: id {@code <file>.<construction>}, where it stands, its pattern
 * (TokensRegex, or Semgrex when {@code semgrex}), its attributes, and the sentences it must and must not fire on.
 */
public record Rule(String id, String file, int line, RuleKind kind, String pattern, boolean semgrex,
                   Map<String, String> attributes, List<String> examples, List<String> counterExamples) {
  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pattern, "pattern");
    attributes = Map.copyOf(attributes);
    examples = List.copyOf(examples);
    counterExamples = List.copyOf(counterExamples);
  }

  /** "file:line", the place a failure report points to. */
  public String location() {
    return file + ":" + line;
  }

  public String attribute(String name) {
    return attributes.get(name);
  }

  /** Whether the rule reads its count from the victims it names ({@code implied: one}), not from a number. */
  public boolean impliesCount() {
    return attributes.containsKey("implied");
  }
}
