package org.warreport.corpus.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.warreport.corpus.eval.EvaluationReport;

/**
 * Two outputs over the same documents side by side: the extractions only one of them has (an outcome with its
 * count, victims, scope, attacker, place and source, as a line), and, given gold, each figure's change.
 */
public final class OutputComparison {
  private final List<String> onlyA;
  private final List<String> onlyB;
  private final int sizeA;
  private final int sizeB;

  private OutputComparison(List<String> onlyA, List<String> onlyB, int sizeA, int sizeB) {
    this.onlyA = onlyA;
    this.onlyB = onlyB;
    this.sizeA = sizeA;
    this.sizeB = sizeB;
  }

  public static OutputComparison of(List<JsonNode> a, List<JsonNode> b) {
    Map<String, Integer> linesA = lines(a);
    Map<String, Integer> linesB = lines(b);
    return new OutputComparison(minus(linesA, linesB), minus(linesB, linesA), total(linesA), total(linesB));
  }

  public List<String> onlyA() {
    return onlyA;
  }

  public List<String> onlyB() {
    return onlyB;
  }

  /** The extractions that differ, '-' for only in A and '+' for only in B, then the counts. */
  public String render(String nameA, String nameB) {
    StringBuilder s = new StringBuilder();
    s.append(String.format("extractions: A %d, B %d; only in A: %d, only in B: %d%n", sizeA, sizeB, onlyA.size(), onlyB.size()));
    s.append("A = ").append(nameA).append("\nB = ").append(nameB).append('\n');
    onlyA.forEach(l -> s.append("- ").append(l).append('\n'));
    onlyB.forEach(l -> s.append("+ ").append(l).append('\n'));
    return s.toString();
  }

  /** Each figure of two evaluations against the same gold, with B minus A. */
  public static String renderFigures(EvaluationReport a, EvaluationReport b) {
    StringBuilder s = new StringBuilder(String.format("%-14s %7s %7s %8s%n", "figure", "A", "B", "change"));
    row(s, "count P", a.precision(), b.precision());
    row(s, "count R", a.recall(), b.recall());
    row(s, "count F1", a.f1(), b.f1());
    for (String slot : EvaluationReport.SLOTS) {
      row(s, slot, a.slotAccuracy().get(slot), b.slotAccuracy().get(slot));
    }
    row(s, "totals right", a.totalsAccuracy(), b.totalsAccuracy());
    return s.toString();
  }

  private static void row(StringBuilder s, String name, Double a, Double b) {
    String change = a == null || b == null ? "-" : String.format(Locale.ROOT, "%+.3f", b - a);
    s.append(String.format(Locale.ROOT, "%-14s %7s %7s %8s%n", name, fmt(a), fmt(b), change));
  }

  private static String fmt(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }

  /** Each outcome as a line, with how often it occurs (one fact may be told twice in a document). */
  private static Map<String, Integer> lines(List<JsonNode> docs) {
    Map<String, Integer> lines = new TreeMap<>();
    for (JsonNode doc : docs) {
      for (JsonNode e : doc.path("events")) {
        for (JsonNode o : e.path("outcomes")) {
          lines.merge(line(doc, e, o), 1, Integer::sum);
        }
      }
    }
    return lines;
  }

  static String line(JsonNode doc, JsonNode e, JsonNode o) {
    JsonNode c = o.path("count");
    String count = c.path("qualifier").asText().equals("vague")
        ? "vague:" + c.path("low").asText() + "-" + (c.path("high").isNull() ? "" : c.path("high").asText())
        : c.path("qualifier").asText() + ":" + c.path("value").asText();
    List<String> actors = new ArrayList<>();
    e.path("attacker").path("actors").forEach(a -> actors.add(a.asText()));
    return String.format("%s s%s %s %s %s side=%s scope=%s attacker=%s place=%s source=%s \u00ab%s\u00bb",
        doc.path("doc_id").asText(), e.path("sentence").path("index").asText(), o.path("outcome").asText(), count,
        o.path("victim").path("group").asText(), o.path("victim").path("side").asText(), e.path("scope").asText(),
        actors.isEmpty() ? "none" : String.join("+", actors),
        e.path("locations").path(0).path("name").asText("none"),
        e.path("source").path("name").asText("none"), c.path("text").asText());
  }

  private static List<String> minus(Map<String, Integer> x, Map<String, Integer> y) {
    List<String> out = new ArrayList<>();
    x.forEach((line, n) -> {
      for (int i = y.getOrDefault(line, 0); i < n; i++) {
        out.add(line);
      }
    });
    return out;
  }

  private static int total(Map<String, Integer> lines) {
    return lines.values().stream().mapToInt(Integer::intValue).sum();
  }
}
