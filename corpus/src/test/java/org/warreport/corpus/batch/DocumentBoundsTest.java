package org.warreport.corpus.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.warreport.Document;
import org.warreport.DocumentResult;
import org.warreport.EventExtractor;

/** What one document may cost CoreNLP is bounded before CoreNLP sees it, and the warnings name what was not read. */
@Timeout(120)
class DocumentBoundsTest {
  private static final EventExtractor EXTRACTOR = BadInputTest.EXTRACTOR;
  private static final String GOOD_A = "Shelling killed four civilians in the village on Monday, a war monitor said.";
  private static final String GOOD_B = "Two soldiers died when a roadside bomb hit their patrol near the border.";

  @Test
  void aHugeTokenIsBlankedAndTheSentencesAroundItAreRead() {
    String text = GOOD_A + "\n\n" + "x".repeat(50_000) + "\n\n" + GOOD_B;
    DocumentResult r = EXTRACTOR.extract(new Document("token", text, null));
    assertEquals(List.of("a token of 50000 characters at character 78 was not read: the limit is 300 characters per token"),
        r.warnings());
    assertEquals(EXTRACTOR.extract(new Document("token", GOOD_A + "\n\n\n\n" + GOOD_B, null)).totals(), r.totals());
  }

  @Test
  void a300KbDocumentIsReadUpToTheCharacterBound() {
    String filler = "The market reopened after the holiday and traders sold fruit.\n\n";   // 63 characters
    String text = GOOD_A + "\n\n" + filler.repeat(4780);
    DocumentResult r = EXTRACTOR.extract(new Document("long", text, null));
    assertEquals(301_218, text.length());
    assertEquals(List.of("characters 49999 to 301218 were not read: the limit is 50000 characters per document",
        "the 294 sentences after the first 500 were not tagged for names or parsed: the limit is 500 sentences per document"),
        r.warnings());
    assertEquals(EXTRACTOR.extract(new Document("short", GOOD_A, null)).totals(), r.totals());
  }

  @Test
  void sentencesPastTheBoundAreNotTaggedForNamesOrParsed() {
    String text = (GOOD_A + "\n\n").repeat(3) + "Nine men died in the raid.\n\n".repeat(600);
    DocumentResult r = EXTRACTOR.extract(new Document("many", text, null));
    assertEquals(List.of("the 103 sentences after the first 500 were not tagged for names or parsed: the limit is 500 "
        + "sentences per document"), r.warnings());
  }
}
