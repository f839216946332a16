package org.warreport.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a pattern requires of a sentence: only what every match needs, never more. */
class RequiredTokensTest {
  private static final Map<String, String> MACROS = Map.of(
      "$KILL", "[ { lemma:/kill|slay/ } & { tag:/VB.*/ } ]",
      "$COUNT", "( $QUALIFIER? [ { ner:NUMBER } ]+ )");

  /** Tokens "word/lemma". */
  private static List<CoreLabel> tokens(String... wordsAndLemmas) {
    List<CoreLabel> out = new ArrayList<>();
    for (String wl : wordsAndLemmas) {
      CoreLabel t = new CoreLabel();
      String[] p = wl.split("/");
      t.setWord(p[0]);
      t.setLemma(p.length > 1 ? p[1] : p[0]);
      out.add(t);
    }
    return out;
  }

  private static boolean holds(String pattern, String... tokens) {
    return RequiredTokens.of(pattern, MACROS).holds(tokens(tokens));
  }

  @Test
  void wordsOfTheSequenceAreRequiredIgnoringCaseAsTheRulesMatch() {
    assertTrue(holds("/of/ /them|whom/", "Four", "Of", "them"));
    assertFalse(holds("/of/ /them|whom/", "four", "of", "us"));
  }

  @Test
  void aNegatedTokenIsNotRequired() {
    assertTrue(holds("/in/ /july/ !/\\d{1,2}/", "In", "July", "a", "bomb"));
    assertFalse(holds("/in/ /july/ !/\\d{1,2}/", "In", "June", "a", "bomb"));
    assertTrue(holds("/twelve/ /dead/ !{ word:/bodies|body/ }", "twelve", "dead", "in", "Saada"));
    assertFalse(holds("/twelve/ { word:/bodies|body/ }", "twelve", "dead", "in", "Saada"));
  }

  @Test
  void lemmaTermsOfANodeAndOfAMacroAreRequired() {
    assertTrue(holds("/strikes/ (?$trigger $KILL)", "strikes/strike", "killed/kill"));
    assertFalse(holds("/strikes/ (?$trigger $KILL)", "strikes/strike", "wounded/wound"));
    assertTrue(holds("[ { lemma:/die/ } & { tag:/VB.*/ } ]", "died/die"));
  }

  @Test
  void aNumberTaggedByNerIsRequiredWhereTheCountIs() {
    List<CoreLabel> withNumber = tokens("seven", "died/die");
    withNumber.get(0).setNER("NUMBER");
    assertTrue(RequiredTokens.of("(?$count $COUNT) /died/", MACROS).holds(withNumber));
    assertFalse(holds("(?$count $COUNT) /died/", "many", "died/die"));
    assertEquals("ner /NUMBER/ and word /died/", RequiredTokens.of("(?$count $COUNT) /died/", MACROS).describe()
        .replace("\\Q", "").replace("\\E", ""));
  }

  @Test
  void aListOfWordsIsCheckedAsASetAndARealRegexAsARegex() {
    RequiredTokens.Token lexicon = (RequiredTokens.Token) RequiredTokens.of("/\\Qbaby\\E|\\Qboys\\E|men/", MACROS);
    assertEquals(java.util.Set.of("baby", "boys", "men"), lexicon.words());
    assertTrue(lexicon.holds(tokens("three", "Boys")));
    assertFalse(lexicon.holds(tokens("three", "boy")));
    RequiredTokens.Token regex = (RequiredTokens.Token) RequiredTokens.of("/hosts?|housing/", MACROS);
    assertEquals(null, regex.words());
    assertTrue(regex.holds(tokens("it", "Hosts")));
  }

  @Test
  void optionalRepeatedAndNegatedPartsRequireNothing() {
    assertTrue(holds("/a/? [ { lemma:/be/ } ]* [ !{ word:/of/ } ] /dead/{0,2} /killed/", "killed"));
    assertFalse(holds("/at/+ /least/{1,2}", "at"));
  }

  @Test
  void anAlternationNeedsOneOfItsBranches() {
    String p = "(?$trigger [ { lemma:/die/ } ] | [ { lemma:/lose/ } ] /their/ /lives/)";
    assertTrue(holds(p, "died/die"));
    assertTrue(holds(p, "lost/lose", "their", "lives/life"));
    assertFalse(holds(p, "lost/lose", "their", "homes/home"));
    assertTrue(holds("/killed/ | /x/?", "nothing"), "a branch that needs nothing needs nothing");
  }

  @Test
  void whatItCannotReadItDoesNotRequire() {
    assertEquals(new RequiredTokens.Anything(), RequiredTokens.of("[ { word:/a/ } | { word:/b/ } ]", MACROS));
    assertEquals(new RequiredTokens.Anything(), RequiredTokens.of("$VICTIM_NOUN", MACROS));
    assertEquals(new RequiredTokens.Anything(), RequiredTokens.of("/of/ ) /them/", MACROS));
    assertEquals(new RequiredTokens.Anything(), RequiredTokens.of("( /of/ /them/", MACROS));
  }

  @Test
  void onlyRegexesThatMayBacktrackForLongAreProbedBeforeAPatternRuns() {
    assertEquals(new RequiredTokens.Anything(), RequiredTokens.ofSemgrex("{lemma:/kill|slay/}=trigger >obj {tag:/NNS?/}=v"));
    RequiredTokens.Condition probed = RequiredTokens.ofSemgrex("{lemma:/kill/}=t >obj {word:/(.*z){16}w/}=v");
    assertTrue(probed instanceof RequiredTokens.Probed, probed.toString());
    assertEquals(1, ((RequiredTokens.Probed) probed).risky().size());
    assertTrue(RequiredTokens.ofTokensRegex("/burned/ !{ word:/(a+)+b/ }", Map.of()) instanceof RequiredTokens.All);
    assertTrue(RequiredTokens.ofTokensRegex("/burned/ $ODD", Map.of("$ODD", "[ !{ lemma:/(x*y)+z/ } ]"))
        instanceof RequiredTokens.All);   // a macro's regex too
    assertFalse(RequiredTokens.ofTokensRegex("/burned/ $ODD", Map.of("$ODD", "[ !{ lemma:/xyz/ } ]"))
        instanceof RequiredTokens.All);
  }
}
