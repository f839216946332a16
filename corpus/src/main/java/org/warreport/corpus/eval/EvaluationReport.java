package org.warreport.corpus.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The result of scoring system output against the gold, as shared/tools/score.py computes it, plus per-rule figures. */
public record EvaluationReport(
        int tp,
        int fp,
        int fn,
        int optionalTp,
        double precision,
        double recall,
        double f1,
        int totalsRight,
        int totalsJudged,
        Map<String, Double> slotAccuracy,
        List<String> misses,
        List<String> extras,
        Map<String, RuleFigures> perRule,
        List<Finding> missedFacts,
        List<Finding> extraFacts) {

    /** The slots score.py judges, in its order. */
    public static final List<String> SLOTS =
            List.of("victim_side", "attacker", "location", "source", "scope", "qualifier", "date");

    public EvaluationReport {
        Objects.requireNonNull(slotAccuracy, "slotAccuracy");
        Map<String, Double> slots = new LinkedHashMap<>();
        for (String k : SLOTS) {
            slots.put(k, slotAccuracy.get(k));
        }
        for (Map.Entry<String, Double> e : slotAccuracy.entrySet()) {
            slots.putIfAbsent(e.getKey(), e.getValue());
        }
        slotAccuracy = Collections.unmodifiableMap(slots);
        misses = List.copyOf(misses);
        extras = List.copyOf(extras);
        perRule = Collections.unmodifiableSortedMap(new TreeMap<>(perRule));
        missedFacts = List.copyOf(missedFacts);
        extraFacts = List.copyOf(extraFacts);
    }

    /** Share of documents whose killed totals are right, unrounded; null when no gold document has totals. */
    public Double totalsAccuracy() {
        return totalsJudged == 0 ? null : (double) totalsRight / totalsJudged;
    }

    /** Exactly what score.py prints without --json, each line ending in a newline. */
    public String renderLikeScorer() {
        StringBuilder b = new StringBuilder();
        for (String m : misses) {
            b.append("miss  ").append(m).append('\n');
        }
        for (String x : extras) {
            b.append("extra ").append(x).append('\n');
        }
        b.append(slotsJson()).append(" totals.killed right: ").append(Py.strRound3(totalsAccuracy())).append('\n');
        b.append("count P=").append(Py.fmt3(precision))
                .append(" R=").append(Py.fmt3(recall))
                .append(" F1=").append(Py.fmt3(f1))
                .append(" (tp=").append(tp).append(" fp=").append(fp).append(" fn=").append(fn)
                .append(", optional matched=").append(optionalTp).append(")\n");
        return b.toString();
    }

    /** Exactly what score.py --json prints, ending in a newline. */
    public String renderJsonLikeScorer() {
        return "{\"tp\": " + tp + ", \"fp\": " + fp + ", \"fn\": " + fn + ", \"optional_tp\": " + optionalTp
                + ", \"precision\": " + Py.jsonRound3(precision)
                + ", \"recall\": " + Py.jsonRound3(recall)
                + ", \"f1\": " + Py.jsonRound3(f1)
                + ", \"totals\": " + Py.jsonRound3(totalsAccuracy())
                + ", \"slots\": " + slotsJson() + "}\n";
    }

    /** A table of right, wrong and precision for each rule id, sorted by rule id. */
    public String renderPerRule() {
        int w = "rule".length();
        for (String r : perRule.keySet()) {
            w = Math.max(w, r.length());
        }
        String fmt = "%-" + w + "s  %5s  %5s  %9s\n";
        StringBuilder b = new StringBuilder(String.format(fmt, "rule", "right", "wrong", "precision"));
        for (Map.Entry<String, RuleFigures> e : perRule.entrySet()) {
            RuleFigures f = e.getValue();
            b.append(String.format(fmt, e.getKey(), f.right(), f.wrong(),
                    f.judged() == 0 ? "-" : Py.fmt3(f.precision())));
        }
        return b.toString();
    }

    /** The gold facts missed and the extractions matching no gold fact, each with its words or sentence. */
    public String renderFindings() {
        StringBuilder b = new StringBuilder("missed (" + missedFacts.size() + "):\n");
        for (Finding f : missedFacts) {
            b.append("  ").append(f.docId()).append(' ').append(f.id()).append(' ').append(f.outcome())
                    .append(": \u00ab").append(f.text().replaceAll("\\s+", " ").strip()).append("\u00bb\n");
        }
        b.append("extra (").append(extraFacts.size()).append("):\n");
        for (Finding f : extraFacts) {
            b.append("  ").append(f.docId()).append(' ').append(f.id()).append(' ').append(f.outcome())
                    .append(' ').append(f.rules()).append(": \u00ab").append(f.text().replaceAll("\\s+", " ").strip())
                    .append("\u00bb\n");
        }
        return b.toString();
    }

    private String slotsJson() {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Double> e : slotAccuracy.entrySet()) {
            parts.add(Py.jsonString(e.getKey()) + ": " + Py.jsonRound3(e.getValue()));
        }
        return "{" + String.join(", ", parts) + "}";
    }
}
