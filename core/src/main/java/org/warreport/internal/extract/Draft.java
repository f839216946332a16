package org.warreport.internal.extract;

import java.util.ArrayList;
import java.util.List;

/** An event while it is assembled: its sentence, its trigger's tokens, and the counts placed in it so far. */
final class Draft {
  final SentenceView sentence;
  final int[] trigger;
  final List<Mention> mentions = new ArrayList<>();
  Draft carriedFrom;       // a subset opening its sentence leans on this event of the sentence before

  Draft(SentenceView sentence, int[] trigger) {
    this.sentence = sentence;
    this.trigger = trigger;
  }
}
