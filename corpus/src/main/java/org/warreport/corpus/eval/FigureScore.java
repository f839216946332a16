package org.warreport.corpus.eval;

import java.util.List;
import java.util.Objects;

/**
 * One figure of document-level scoring (deaths, region, attacker ...): how many documents it judged, how many the
 * system got right, and the misses in set order; judged = right + misses, so a figure can never disagree with itself.
 */
public record FigureScore(String key, int right, int judged, List<FigureMiss> misses) {

    public FigureScore {
        Objects.requireNonNull(key, "key");
        misses = List.copyOf(misses);
        if (right < 0 || judged != right + misses.size()) {
            throw new IllegalArgumentException(key + ": " + right + " right and " + misses.size()
                    + " misses do not make " + judged + " judged");
        }
    }

    /** Share of judged documents right, unrounded; null when the figure judged none (the scorer prints null). */
    public Double accuracy() {
        return judged == 0 ? null : (double) right / judged;
    }
}
