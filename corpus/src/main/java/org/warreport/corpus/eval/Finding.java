package org.warreport.corpus.eval;

import java.util.List;
import java.util.Objects;

/** One missed gold fact (text = its evidence, no rules) or one extra system fact (text = its sentence, the event's rules). */
public record Finding(String docId, String id, String outcome, String text, List<String> rules) {

    public Finding {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
        rules = List.copyOf(rules);
    }
}
