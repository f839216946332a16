package org.warreport.corpus.eval;

/** How many system facts of the events one rule contributed to matched a gold fact (right) and how many did not (wrong). */
public record RuleFigures(int right, int wrong) {

    public RuleFigures {
        if (right < 0 || wrong < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public int judged() {
        return right + wrong;
    }

    public double precision() {
        return judged() == 0 ? 0.0 : (double) right / judged();
    }
}
