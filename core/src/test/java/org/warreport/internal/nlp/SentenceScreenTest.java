package org.warreport.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warreport.internal.nlp.SentenceScreen.Need;

class SentenceScreenTest {
  private static final SentenceScreen SCREEN = new SentenceScreen(Set.of("kill", "dead"), Set.of("say"));

  /** Tokens from "word/TAG/lemma" triples. */
  private static List<CoreLabel> tokens(String... triples) {
    List<CoreLabel> out = new ArrayList<>();
    for (String t : triples) {
      String[] p = t.split("/");
      CoreLabel l = new CoreLabel();
      l.setWord(p[0]);
      l.setTag(p[1]);
      l.setLemma(p[2]);
      out.add(l);
    }
    return out;
  }

  @Test
  void aCasualtyCueEarnsTheParseByWordOrLemma() {
    assertEquals(Need.NER_AND_PARSE, SCREEN.need(tokens("Shelling/NN/shelling", "killed/VBD/kill", "two/CD/two")));
    assertEquals(Need.NER_AND_PARSE, SCREEN.need(tokens("Dead/JJ/dead", "bodies/NNS/body")));
  }

  @Test
  void aNumberOrAnAttributionEarnsNerAlone() {
    assertEquals(Need.NER, SCREEN.need(tokens("The/DT/the", "monitor/NN/monitor", "said/VBD/say", "so/RB/so")));
    assertEquals(Need.NER, SCREEN.need(tokens("In/IN/in", "2011/CD/2011", "protests/NNS/protest", "began/VBD/begin")));
  }

  @Test
  void anyOtherSentenceGetsNothingMore() {
    assertEquals(Need.NOTHING_MORE, SCREEN.need(tokens("The/DT/the", "town/NN/town", "lies/VBZ/lie", "low/RB/low")));
  }
}
