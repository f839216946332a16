package org.warreport.corpus.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of scoring system output against a set with document-level gold, as shared/tools/totals_score.py
 * computes it: the set's kind (the ids' prefix), its documents, those the output lacks, each figure in the scorer's
 * order; plus, per rule, the documents right and wrong on the set's main figure (null for a kind the scorer has no
 * figures for).
 */
public record DocumentGoldReport(
        String set,
        int docs,
        int missing,
        List<FigureScore> figures,
        String mainFigure,
        Map<String, RuleDocuments> perRule) {

    public DocumentGoldReport {
        Objects.requireNonNull(set, "set");
        figures = List.copyOf(figures);
        perRule = Collections.unmodifiableSortedMap(new TreeMap<>(perRule));
        if (mainFigure != null && figures.stream().noneMatch(f -> f.key().equals(mainFigure))) {
            throw new IllegalArgumentException("main figure " + mainFigure + " is not among the figures");
        }
    }

    /** The figure of that key (deaths, lead_killed, region ...), or null when this kind of set has none. */
    public FigureScore figure(String key) {
        for (FigureScore f : figures) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }

    /** Exactly the JSON line totals_score.py prints, ending in a newline. */
    public String renderLikeScorer() {
        StringBuilder b = new StringBuilder("{\"set\": ").append(Py.jsonString(set))
                .append(", \"docs\": ").append(docs)
                .append(", \"missing\": ").append(missing);
        for (FigureScore f : figures) {
            b.append(", ").append(Py.jsonString(f.key())).append(": ").append(Py.jsonRound3(f.accuracy()))
                    .append(", ").append(Py.jsonString(f.key() + "_n")).append(": ").append(f.judged());
        }
        return b.append("}\n").toString();
    }

    /**
     * Up to {@code perFigure} misses of each figure with the document's text (its first 600 characters), in the
     * layout of totals_score.py --findings; the misses shown are the first by document id, where the scorer draws
     * them at random.
     */
    public String renderFindings(int perFigure) {
        if (perFigure < 0) {
            throw new IllegalArgumentException("findings per figure must be 0 or more: " + perFigure);
        }
        if (perFigure == 0) {
            return ""; // as the scorer: --findings 0 prints nothing
        }
        StringBuilder b = new StringBuilder();
        for (FigureScore f : figures) {
            List<FigureMiss> ms = new ArrayList<>(f.misses());
            ms.sort(Comparator.comparing(FigureMiss::docId));
            int shown = Math.min(perFigure, ms.size());
            b.append("\n## ").append(f.key()).append(": ").append(ms.size()).append(" misses; ").append(shown)
                    .append(" shown (system / gold)\n");
            for (FigureMiss m : ms.subList(0, shown)) {
                b.append("- ").append(m.docId()).append(": system ").append(m.system()).append(" / gold ")
                        .append(m.gold()).append("\n  ").append(Py.head(m.text(), 600)).append('\n');
            }
        }
        return b.toString();
    }

    /** A table of the documents right and wrong on the main figure for each rule, sorted by rule id. */
    public String renderPerRule() {
        if (mainFigure == null) {
            return "\n## per rule: a set of kind " + Py.jsonString(set) + " has no figure to judge rules by\n";
        }
        StringBuilder b = new StringBuilder("\n## per rule: documents whose ")
                .append(set.equals("fakes") ? "lead incident's events carry" : "counted events carry")
                .append(" the rule, ").append(mainFigure).append(" right and wrong\n");
        int w = "rule".length();
        for (String r : perRule.keySet()) {
            w = Math.max(w, r.length());
        }
        String fmt = "%-" + w + "s  %5s  %5s  %11s\n";
        b.append(String.format(fmt, "rule", "right", "wrong", "share right"));
        for (Map.Entry<String, RuleDocuments> e : perRule.entrySet()) {
            RuleDocuments d = e.getValue();
            b.append(String.format(fmt, e.getKey(), d.right(), d.wrong(), Py.fmt3(d.shareRight())));
        }
        return b.toString();
    }
}
