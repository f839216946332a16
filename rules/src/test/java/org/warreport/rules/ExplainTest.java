package org.warreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warreport.AnnotatedDocument;
import org.warreport.Document;
import org.warreport.ParsedSentence;

/** What a rule author sees: the parse of each sentence, and how far a rule got where it did not match. */
class ExplainTest {
  private static AnnotatedDocument annotate(String text) {
    return SharedExtractor.EXTRACTOR.annotate(new Document("x", text, null));
  }

  @Test
  void parsedSentencesShowTokensAndDependenciesAndWhatWasScreenedOut() {
    List<ParsedSentence> s = SharedExtractor.EXTRACTOR.parsed(
        annotate("The town lies in a valley. Shelling killed two men. The army said so in Aleppo."));
    assertEquals(3, s.size());
    assertEquals(new ParsedSentence.Token("lies", "lie", "VBZ", null), s.get(0).tokens().get(2), "screened out: no NER");
    assertTrue(s.get(0).dependencies().isEmpty());
    ParsedSentence.Token killed = s.get(1).tokens().get(1);
    assertEquals(List.of("killed", "kill", "O"), List.of(killed.word(), killed.lemma(), killed.ner()));
    assertTrue(s.get(1).dependencies().contains("nsubj(killed-2, Shelling-1)"), s.get(1).dependencies().toString());
    assertEquals("LOCATION", s.get(2).tokens().get(5).ner(), "an attribution earns NER ...");
    assertTrue(s.get(2).dependencies().isEmpty(), "... and no parse");
  }

  @Test
  void progressSaysWhereARuleMatchedAndHowFarItGotElsewhere() {
    AnnotatedDocument doc = annotate("Air strikes killed at least 12 civilians. Air strikes on 12 towns killed the mayor. Nine soldiers were wounded.");
    List<String> lines = SharedExtractor.EXTRACTOR.ruleProgress(doc, "casualty.killed_count_victim");
    assertEquals("sentence 0: matches \u00abkilled at least 12 civilians\u00bb", lines.get(0));
    assertEquals("sentence 1: the first 3 of 6 elements match \u00abkilled\u00bb; then `(?$count $COUNT)` does not follow",
        lines.get(1));
    assertEquals("sentence 2: lacks what the pattern needs: lemma /kill|slay|massacre|execute/", lines.get(2));
  }

  @Test
  void progressNamesWhereThePatternStops() {
    // a cardinal may stand for a number ($NUMBER), so no required-token check rules this sentence out: the
    // matcher's own progress says where it stopped
    List<String> lines = SharedExtractor.EXTRACTOR.ruleProgress(annotate("Air strikes killed the mayor."),
        "casualty.killed_count_victim");
    assertEquals("sentence 0: the first 3 of 6 elements match «killed»; then `(?$count $COUNT)` does not follow",
        lines.get(0));
  }

  @Test
  void progressNamesOnlyWhatTheSentenceLacks() {
    List<String> lines = SharedExtractor.EXTRACTOR.ruleProgress(annotate("Air strikes hit the town."),
        "casualty.killed_count_victim");
    assertTrue(lines.get(0).startsWith("sentence 0: lacks what the pattern needs:"), lines.get(0));
    assertTrue(lines.get(0).contains("lemma /kill"), "the sentence lacks the verb: " + lines.get(0));
    assertTrue(lines.get(0).length() < 300, "short enough to read: " + lines.get(0));
  }

  @Test
  void anUnknownRuleIsNamedWithTheRulesThereAre() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SharedExtractor.EXTRACTOR.ruleProgress(annotate("Nine died."), "casualty.no_such_rule"));
    assertTrue(e.getMessage().startsWith("no rule casualty.no_such_rule; rules are ["), e.getMessage());
  }
}
