package org.warreport.corpus.eval;

/**
 * For one rule, the documents whose counted events carry it (the lead incident's, for FA-KES), split by whether the
 * set's main figure came out right or wrong: rules that sit mostly in wrong documents are the ones to read first.
 */
public record RuleDocuments(int right, int wrong) {

    public RuleDocuments {
        if (right < 0 || wrong < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public int documents() {
        return right + wrong;
    }

    /** Share of the rule's documents right; 0 when it has none. */
    public double shareRight() {
        return documents() == 0 ? 0.0 : (double) right / documents();
    }
}
