package org.warreport.corpus.eval;

import java.util.Objects;

/** One document whose figure the system got wrong: what each side said, as the scorer prints them, and the text. */
public record FigureMiss(String docId, String system, String gold, String text) {

    public FigureMiss {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(text, "text");
    }
}
