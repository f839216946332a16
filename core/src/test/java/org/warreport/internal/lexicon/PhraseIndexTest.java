package org.warreport.internal.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrase matching as the lexicons use it: longest first, left to right, folded, acronyms kept. */
class PhraseIndexTest {

  /** The comparison words of a text, token by token, as the sentence view makes them. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String token : text.split(" ")) {
      words.addAll(PhraseWords.of(token));
    }
    return words;
  }

  private static <T> List<String> found(PhraseIndex<T> index, String text) {
    List<String> words = words(text);
    return index.findAll(words).stream()
        .map(h -> h.start() + "-" + h.end() + " " + h.entry() + " (" + h.phrase() + ")")
        .toList();
  }

  @Test
  void phraseWordsFoldCaseAccentsHyphensAndApostrophes() {
    assertEquals(List.of("al", "sham"), PhraseWords.of("al-Sham"));
    assertEquals(List.of("al", "sham"), PhraseWords.of("Al Sham"));
    assertEquals(List.of("jisr", "al", "shughur"), PhraseWords.of("Jisr al-Shughūr"));
    assertEquals(List.of("idlib", "s"), PhraseWords.of("Idlib's"));
    assertEquals(List.of("idlib", "s"), PhraseWords.of("Idlib\u2019s"));
    assertEquals(List.of(), PhraseWords.of(" -- ,"));
  }

  @Test
  void phraseWordsKeepShortAllCapitalWords() {
    assertEquals(List.of("IS"), PhraseWords.of("IS"));
    assertEquals(List.of("HTS", "fighters"), PhraseWords.of("HTS fighters"));
    assertEquals(List.of("is"), PhraseWords.of("Is"));
    // five capitals is a shouted word, not an acronym
    assertEquals(List.of("syria"), PhraseWords.of("SYRIA"));
    // one capital is a word like any other
    assertEquals(List.of("a"), PhraseWords.of("A"));
  }

  @Test
  void longestMatchFirst() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("Tahrir", "short");
    index.add("Hayat Tahrir al-Sham", "long");
    index.add("Hayat Tahrir", "middle");
    assertEquals(List.of("2-6 long (Hayat Tahrir al-Sham)"),
        found(index, "fighters of Hayat Tahrir al-Sham attacked"));
    assertEquals(List.of("0-2 middle (Hayat Tahrir)"), found(index, "Hayat Tahrir fighters"));
    assertEquals(List.of("2-3 short (Tahrir)"), found(index, "the new Tahrir square"));
  }

  @Test
  void longestMatchEvenWhenAddedFirst() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("Khan Sheikhun", "town");
    index.add("Khan", "title");
    assertEquals(List.of("0-2 town (Khan Sheikhun)"), found(index, "Khan Sheikhun"));
  }

  @Test
  void hyphensApostrophesAccentsAndCaseAreFolded() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("al-Sham", "sham");
    index.add("Idlib", "idlib");
    index.add("Jisr al-Shughur", "jisr");
    assertEquals("sham", index.lookup("Al Sham"));
    assertEquals("sham", index.lookup("al sham"));
    assertEquals("sham", index.lookup("AL-SHAM"));
    assertEquals("jisr", index.lookup("Jisr al-Shughūr"));
    assertEquals("jisr", index.lookup("JISR AL SHUGHUR"));
    assertEquals(List.of("2-3 idlib (Idlib)"), found(index, "shelling in Idlib's south"));
    assertEquals(List.of("1-2 idlib (Idlib)"), found(index, "across idlib"));
  }

  @Test
  void apostropheInTheLexiconMatchesTheTokensOfTheText() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("Assad's forces", "regime");
    // the tokenizer splits "Assad's" into "Assad" and "'s"
    assertEquals(List.of("0-3 regime (Assad's forces)"), found(index, "Assad 's forces shelled"));
    assertEquals("regime", index.lookup("Assad’s forces"));
  }

  @Test
  void acronymsKeepTheirCase() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("IS", "islamic state");
    index.add("HTS", "hts");
    assertEquals(List.of(), found(index, "the town is quiet"));
    assertEquals(List.of("1-2 islamic state (IS)"), found(index, "suspected IS fighters"));
    assertEquals(List.of("0-1 hts (HTS)"), found(index, "HTS said"));
    assertEquals(List.of(), found(index, "hts said"));
    assertNull(index.lookup("is"));
    assertNull(index.lookup("Is"));
    assertEquals("islamic state", index.lookup("IS"));
    assertEquals("hts", index.lookup("HTS"));
  }

  @Test
  void lowerCaseLexiconWordsMatchCapitalsInTheText() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("army", "army");
    assertEquals("army", index.lookup("ARMY"));
    assertEquals("army", index.lookup("Army"));
  }

  @Test
  void hitsDoNotOverlapAndRunLeftToRight() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("Khan Sheikhun", "town");
    index.add("Sheikhun Road", "road");
    index.add("Maraj", "village");
    assertEquals(List.of("0-2 town (Khan Sheikhun)", "3-4 village (Maraj)"),
        found(index, "Khan Sheikhun Road Maraj"));
    assertEquals(List.of("1-3 road (Sheikhun Road)"), found(index, "old Sheikhun Road"));
  }

  @Test
  void repeatedPhraseIsFoundEachTime() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("Maraj", "village");
    assertEquals(List.of("0-1 village (Maraj)", "2-3 village (Maraj)"), found(index, "Maraj and Maraj"));
  }

  @Test
  void phraseLongerThanTheRestOfTheTextIsNotFound() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("Hayat Tahrir al-Sham", "hts");
    assertEquals(List.of(), found(index, "fighters of Hayat Tahrir"));
  }

  @Test
  void lookupNeedsTheWholePhrase() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("Qasr Maraj", "village");
    index.add("Maraj", "other");
    assertEquals("village", index.lookup("Qasr Maraj"));
    assertEquals("other", index.lookup("Maraj"));
    assertNull(index.lookup("Qasr"));
    assertNull(index.lookup("Qasr Maraj east"));
    assertNull(index.lookup("near Qasr Maraj"));
    assertNull(index.lookup(""));
  }

  @Test
  void firstAddedWinsAmongEqualPhrases() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("Maraj", "first");
    index.add("maraj", "second");
    assertEquals("first", index.lookup("Maraj"));
  }

  @Test
  void phraseWithoutWordsIsNotAdded() {
    PhraseIndex<String> index = new PhraseIndex<>();
    assertFalse(index.add("--", "nothing"));
    assertFalse(index.add("", "nothing"));
    assertTrue(index.add("Maraj", "village"));
    assertEquals(List.of("Maraj"), index.phrases());
  }

  @Test
  void phrasesAreListedAsWrittenAndSorted() {
    PhraseIndex<String> index = new PhraseIndex<>();
    index.add("al-Sham", "a");
    index.add("Idlib", "b");
    index.add("Hayat Tahrir al-Sham", "c");
    assertEquals(List.of("Hayat Tahrir al-Sham", "Idlib", "al-Sham"), index.phrases());
  }
}
