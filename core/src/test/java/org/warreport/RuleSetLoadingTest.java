package org.warreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warreport.internal.lexicon.Lexicons;

/**
 * Loading rule sets from a directory, the classpath and a GeoNames export: a valid set loads with ids, attributes,
 * examples and lines as written; every mistake is refused with a {@link RuleFileException} naming file and line.
 */
class RuleSetLoadingTest {
  private static final String INDEX = """
      # a small rule set for tests
      actors.tsv
      places.tsv
      sources.tsv
      victims.tsv
      quantities.tsv
      qualifiers.tsv
      toll.rules
      """;

  private static final String ACTORS = """
      # canonical name, aliases, side, type
      Northern Militia\tmilitia|NM\topposition\tmilitia
      Coastal Army\tcoastal troops|Coastal Army soldiers\tgovernment\tstate_forces
      """;

  private static final String PLACES = """
      # name, aliases, level, admin1, country, lat, lon
      Qasr Maraj\tKasr Maraj\tplace\tVell\tVeldra\t35.10\t36.70
      Vell\t-\tgovernorate\tVell\tVeldra\t35.00\t36.50
      """;

  private static final String SOURCES = """
      Levant Monitor\tthe monitor|LM\tmonitor
      Veldra News Agency\tVNA\tstate_media
      """;

  private static final String VICTIMS = """
      civilians\tcivilian|civilians\tcivilian\tperson
      schools\tschool|schools\t-\tstructure
      """;

  private static final String QUANTITIES = """
      dozens\t24\t99
      hundreds\t200\t-
      """;

  private static final String QUALIFIERS = """
      at least\tat_least
      nearly\tnearly
      """;

  /** Lines: define 3, rule killed_count 5, its pattern 8; since_then 14; subject 20. */
  private static final String TOLL = """
      # toll.rules: the rules of the test set
      
      define $NUM = [ { ner:NUMBER } ]+
      
      rule killed_count
        kind: outcome
        outcome: killed
        pattern: (?$trigger [ { lemma:/kill/ } ]) (?$count $QUALIFIER? ( $NUM | $VAGUE_QUANTITY ))
            (?$victim $VICTIM_NOUN)?
        example: Shelling killed 12 civilians near the dam.
        example: Gunfire killed dozens in the square.
        counter: Shelling hit the dam.
      
      rule since_then
        kind: scope
        scope: aggregate
        applies: killed injured
        pattern: /since/ [ { ner:DATE } ]   # a comment after white space
        example: Forty people have been killed since March.
      
      rule subject
        kind: attacker
        semgrex: {tag:/VB.*/}=trigger >nsubj {}=attacker
        example: The militia shelled the school.
      """;

  @TempDir
  Path dir;

  private Map<String, String> validFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("index.txt", INDEX);
    files.put("actors.tsv", ACTORS);
    files.put("places.tsv", PLACES);
    files.put("sources.tsv", SOURCES);
    files.put("victims.tsv", VICTIMS);
    files.put("quantities.tsv", QUANTITIES);
    files.put("qualifiers.tsv", QUALIFIERS);
    files.put("toll.rules", TOLL);
    return files;
  }

  /** Writes the valid set with {@code changes} applied (a null content leaves the file out). */
  private Path write(Map<String, String> changes) throws IOException {
    Map<String, String> files = validFiles();
    files.putAll(changes);
    for (Map.Entry<String, String> f : files.entrySet()) {
      if (f.getValue() != null) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
    }
    return dir;
  }

  private Path write(String file, String content) throws IOException {
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put(file, content);
    return write(changes);
  }

  private RuleFileException refused(String file, String content) throws IOException {
    Path d = write(file, content);
    return assertThrows(RuleFileException.class, () -> RuleSet.load(d));
  }

  private String at(String file, int line) {
    return dir.resolve(file) + ":" + line + ": ";
  }

  // ---- a valid set

  @Test
  void loadsAValidSet() throws IOException {
    RuleSet set = RuleSet.load(write(Map.of()));

    assertEquals(dir.toString(), set.origin());
    assertEquals(List.of("toll.killed_count", "toll.since_then", "toll.subject"),
        set.rules().stream().map(Rule::id).toList());

    Rule killed = set.rule("toll.killed_count");
    assertEquals(dir.resolve("toll.rules").toString(), killed.file());
    assertEquals(5, killed.line());
    assertEquals(dir.resolve("toll.rules") + ":5", killed.location());
    assertEquals(RuleKind.OUTCOME, killed.kind());
    assertFalse(killed.semgrex());
    assertEquals("(?$trigger [ { lemma:/kill/ } ]) (?$count $QUALIFIER? ( $NUM | $VAGUE_QUANTITY )) "
        + "(?$victim $VICTIM_NOUN)?", killed.pattern());
    assertEquals(Map.of("outcome", "killed"), killed.attributes());
    assertEquals("killed", killed.attribute("outcome"));
    assertEquals(List.of("Shelling killed 12 civilians near the dam.", "Gunfire killed dozens in the square."),
        killed.examples());
    assertEquals(List.of("Shelling hit the dam."), killed.counterExamples());

    Rule since = set.rule("toll.since_then");
    assertEquals(14, since.line());
    assertEquals(RuleKind.SCOPE, since.kind());
    assertEquals("/since/ [ { ner:DATE } ]", since.pattern());
    assertEquals(Map.of("scope", "aggregate", "applies", "killed injured"), since.attributes());
    assertEquals(List.of(), since.counterExamples());

    Rule subject = set.rule("toll.subject");
    assertEquals(21, subject.line());
    assertEquals(RuleKind.ATTACKER, subject.kind());
    assertTrue(subject.semgrex());
    assertEquals("{tag:/VB.*/}=trigger >nsubj {}=attacker", subject.pattern());
    assertEquals(Map.of(), subject.attributes());
  }

  @Test
  void loadsTheLexicons() throws IOException {
    Lexicons lex = RuleSet.load(write(Map.of())).lexicons();
    assertEquals(new Lexicons.Actor("Northern Militia", Side.OPPOSITION, ActorType.MILITIA), lex.actors.lookup("militia"));
    assertEquals(new Lexicons.Actor("Northern Militia", Side.OPPOSITION, ActorType.MILITIA), lex.actors.lookup("NM"));
    assertEquals(new Lexicons.Actor("Coastal Army", Side.GOVERNMENT, ActorType.STATE_FORCES), lex.actors.lookup("coastal troops"));
    assertEquals(new Lexicons.Place("Qasr Maraj", Precision.PLACE, "Vell", "Veldra", 35.10, 36.70),
        lex.places.lookup("Kasr Maraj"));
    assertEquals(new Lexicons.SourceEntry("Veldra News Agency", SourceKind.STATE_MEDIA), lex.sources.lookup("VNA"));
    assertEquals(new Lexicons.VictimClass("schools", Side.UNKNOWN, true), lex.victims.lookup("school"));
    assertEquals(new Lexicons.VictimClass("civilians", Side.CIVILIAN, false), lex.victims.lookup("civilians"));
    assertEquals(new Lexicons.Quantity(200, null), lex.quantities.lookup("hundreds"));
    assertEquals(Qualifier.AT_LEAST, lex.qualifiers.lookup("at least"));
  }

  @Test
  void ruleLooksUpByIdAndNamesTheMissingOne() throws IOException {
    RuleSet set = RuleSet.load(write(Map.of()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> set.rule("toll.nothing"));
    assertEquals("no rule toll.nothing in " + dir, e.getMessage());
  }

  @Test
  void editsAreSeenByTheNextLoad() throws IOException {
    RuleSet before = RuleSet.load(write(Map.of()));
    Files.writeString(dir.resolve("toll.rules"), TOLL.replace("rule subject", "rule subject_of_verb"));
    RuleSet after = RuleSet.load(dir);
    assertEquals("toll.subject", before.rules().get(2).id());
    assertEquals("toll.subject_of_verb", after.rules().get(2).id());
  }

  @Test
  void notADirectoryIsRefused() {
    Path nowhere = dir.resolve("nowhere");
    RuleFileException e = assertThrows(RuleFileException.class, () -> RuleSet.load(nowhere));
    assertEquals(nowhere + ":0: not a directory", e.getMessage());
    assertEquals(nowhere.toString(), e.file());
    assertEquals(0, e.line());
  }

  // ---- mistakes in rule files

  @Test
  void unknownKind() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule killed_count
          kind: toll
          pattern: /killed/
          example: Shelling killed 12 civilians.
        """);
    assertEquals(at("toll.rules", 2) + "unknown rule kind 'toll', expected one of [outcome, subset, conjunct, "
        + "exclude, scope, type, attacker, attack, source, place, date, separate, update]", e.getMessage());
    assertEquals(dir.resolve("toll.rules").toString(), e.file());
    assertEquals(2, e.line());
  }

  @Test
  void badTokensRegexPattern() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule broken
          kind: type
          type: shelling
          pattern: ( /shelling/ /hit/
          example: Shelling hit the dam.
        """);
    assertTrue(e.getMessage().startsWith(at("toll.rules", 4) + "rule toll.broken: bad pattern: "), e.getMessage());
  }

  @Test
  void badTokensRegexPatternOnAContinuationLineIsReportedAtThePatternLine() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule broken
          kind: type
          type: shelling
          pattern: /shelling/
              [ { word: }
          example: Shelling hit the dam.
        """);
    assertTrue(e.getMessage().startsWith(at("toll.rules", 4) + "rule toll.broken: bad pattern: "), e.getMessage());
  }

  @Test
  void badSemgrex() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule subject
          kind: attacker
          semgrex: {tag:/VB.*/}=trigger >nsubj ({}=attacker
          example: The militia shelled the school.
        """);
    assertTrue(e.getMessage().startsWith(at("toll.rules", 3) + "rule toll.subject: bad pattern: "), e.getMessage());
  }

  @Test
  void duplicateRuleIdNamesTheFirstLocation() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule shelling
          kind: type
          type: shelling
          pattern: /shelling/
          example: Shelling hit the dam.

        rule shelling
          kind: type
          type: shelling
          pattern: /shelled/
          example: The army shelled the dam.
        """);
    assertEquals(at("toll.rules", 7) + "duplicate rule id toll.shelling, first defined at "
        + dir.resolve("toll.rules") + ":1", e.getMessage());
  }

  @Test
  void sameNameInTwoFilesGivesTwoIds() throws IOException {
    // the same construction name in two files is two ids
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put("index.txt", INDEX + "more.rules\n");
    changes.put("more.rules", TOLL.replace("define $NUM = [ { ner:NUMBER } ]+", ""));
    RuleSet set = RuleSet.load(write(changes));
    assertEquals(List.of("toll.killed_count", "toll.since_then", "toll.subject",
        "more.killed_count", "more.since_then", "more.subject"), set.rules().stream().map(Rule::id).toList());
  }

  @Test
  void missingExample() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule shelling
          kind: type
          type: shelling
          pattern: /shelling/
          counter: The dam was quiet.
        """);
    assertEquals(at("toll.rules", 1) + "rule toll.shelling has no 'example:' sentence", e.getMessage());
  }

  @Test
  void missingPattern() throws IOException {
    RuleFileException e = refused("toll.rules", """
        # comment line first
        rule shelling
          kind: type
          type: shelling
          example: Shelling hit the dam.
        """);
    assertEquals(at("toll.rules", 2) + "rule toll.shelling has no 'pattern:' or 'semgrex:'", e.getMessage());
  }

  @Test
  void missingKind() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule shelling
          type: shelling
          pattern: /shelling/
          example: Shelling hit the dam.
        """);
    assertEquals(at("toll.rules", 1) + "rule toll.shelling has no 'kind:'", e.getMessage());
  }

  @Test
  void secondPattern() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule shelling
          kind: type
          type: shelling
          pattern: /shelling/
          semgrex: {}=a >nsubj {}=b
          example: Shelling hit the dam.
        """);
    assertEquals(at("toll.rules", 5) + "rule toll.shelling has a second pattern", e.getMessage());
  }

  @Test
  void unknownField() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule shelling
          kind: type
          type: shelling
          pattern: /shelling/
          exampel: Shelling hit the dam.
        """);
    assertEquals(at("toll.rules", 5) + "unknown field 'exampel'; fields are kind, pattern, semgrex, example, "
        + "counter, actor, applies, basis, bound, implied, outcome, precision, reach, scope, type, updates", e.getMessage());
  }

  @Test
  void updatesTakesOnlyEarlier() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule toll_rose
          kind: outcome
          outcome: killed
          updates: later
          pattern: (?$trigger /toll/) /to/ (?$count [ { ner:NUMBER } ])
          example: The toll rose to 40.
        """);
    assertEquals(at("toll.rules", 4) + "updates: takes 'earlier' (the figure replaces an earlier telling of its toll)",
        e.getMessage());
  }

  @Test
  void impliedTakesOnlyOne() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule chief_killed
          kind: outcome
          outcome: killed
          implied: two
          semgrex: {lemma:kill}=trigger >nsubj:pass {}=victim
          example: The chief was killed.
        """);
    assertEquals(at("toll.rules", 4) + "implied: takes 'one' (each victim the rule names counts one)", e.getMessage());
  }

  @Test
  void impliedOutcomeNeedsAVictimNotACount() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule chief_killed
          kind: outcome
          outcome: killed
          implied: one
          semgrex: {lemma:kill}=trigger >nsubj:pass {}=chief
          example: The chief was killed.
        """);
    assertEquals(at("toll.rules", 5) + "rule toll.chief_killed of kind outcome needs a node named =victim",
        e.getMessage());
  }

  @Test
  void onlyOutcomesAndConjunctsAreImplied() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule chief
          kind: subset
          implied: one
          pattern: /chief/ (?$count [ { ner:NUMBER } ])
          example: The chief and 2 others.
        """);
    assertEquals(at("toll.rules", 1) + "rule toll.chief: only an outcome or conjunct rule may say 'implied:'", e.getMessage());
  }

  @Test
  void onlyAttackerRulesSayActor() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule pounded
          kind: attack
          actor: lexicon
          pattern: (?$attacker [ { tag:NNP } ]) (?$trigger /pounded/)
          example: Moscow pounded the town.
        """);
    assertEquals(at("toll.rules", 1) + "rule toll.pounded: only an attacker rule may say 'actor:'", e.getMessage());
  }

  @Test
  void onlySeparateRulesSayAReachAndOnlyTheSentence() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule april
          kind: scope
          scope: aggregate
          reach: sentence
          pattern: /april/
          example: Nine died in April.
        """);
    assertEquals(at("toll.rules", 1) + "rule toll.april: only a separate rule may say 'reach:'", e.getMessage());
    RuleFileException wide = refused("toll.rules", """
        rule april
          kind: separate
          reach: story
          pattern: /april/
          example: Nine died in April.
        """);
    assertEquals(at("toll.rules", 3) + "reach: takes 'sentence' (the cue marks every toll of its sentence, wherever it "
        + "stands)", wide.getMessage());
  }

  @Test
  void onlyAttackerAndAttackRulesSayABasis() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule claimed
          kind: type
          type: bombing
          basis: claimed
          pattern: /claimed/
          example: The group claimed the bombing.
        """);
    assertEquals(at("toll.rules", 1) + "rule toll.claimed: only an attacker or attack rule may say 'basis:'", e.getMessage());
  }

  @Test
  void lineOutsideARule() throws IOException {
    RuleFileException e = refused("toll.rules", """
        kind: type
        """);
    assertEquals(at("toll.rules", 1) + "expected 'rule <name>' or 'define $NAME = <pattern>', found: kind: type",
        e.getMessage());
  }

  @Test
  void unindentedLineInsideARule() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule shelling
          kind: type
        type: shelling
        """);
    assertEquals(at("toll.rules", 3) + "expected an indented 'field: value' line, found: type: shelling",
        e.getMessage());
  }

  @Test
  void fieldThatDoesNotContinue() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule shelling
          kind: type
              shelling
        """);
    assertEquals(at("toll.rules", 3) + "field 'kind' does not continue over lines", e.getMessage());
  }

  @Test
  void outcomeRuleWithoutOutcomeAttribute() throws IOException {
    RuleFileException e = refused("toll.rules", """

        rule killed_count
          kind: outcome
          pattern: (?$trigger /killed/) (?$count [ { ner:NUMBER } ])
          example: Shelling killed 12 civilians.
        """);
    assertEquals(at("toll.rules", 2) + "rule toll.killed_count of kind outcome needs 'outcome:'", e.getMessage());
  }

  @Test
  void outcomeRuleWithoutCountGroup() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule killed_count
          kind: outcome
          outcome: killed
          example: Shelling killed 12 civilians.
          pattern: (?$trigger /killed/) [ { ner:NUMBER } ]
        """);
    assertEquals(at("toll.rules", 5) + "rule toll.killed_count of kind outcome needs a group (?$count ...)",
        e.getMessage());
  }

  @Test
  void outcomeRuleWithALongerGroupNameHasNoCountGroup() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule killed_count
          kind: outcome
          outcome: killed
          pattern: (?$trigger /killed/) (?$counted [ { ner:NUMBER } ])
          example: Shelling killed 12 civilians.
        """);
    assertEquals(at("toll.rules", 4) + "rule toll.killed_count of kind outcome needs a group (?$count ...)",
        e.getMessage());
  }

  @Test
  void semgrexAttackerRuleWithoutAttackerNode() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule subject
          kind: attacker
          semgrex: {tag:/VB.*/}=trigger >nsubj {}=agent
          example: The militia shelled the school.
        """);
    assertEquals(at("toll.rules", 3) + "rule toll.subject of kind attacker needs a node named =attacker",
        e.getMessage());
  }

  @Test
  void badOutcomeCode() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule killed_count
          kind: outcome
          outcome: slain
          pattern: (?$trigger /killed/) (?$count [ { ner:NUMBER } ])
          example: Shelling killed 12 civilians.
        """);
    assertEquals(at("toll.rules", 3) + "unknown outcome 'slain', expected one of [killed, injured, displaced, "
        + "damaged, captured, missing]", e.getMessage());
  }

  @Test
  void badAppliesCode() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule since_then
          kind: scope
          scope: aggregate
          applies: killed hurt
          pattern: /since/
          example: Forty people have been killed since March.
        """);
    assertEquals(at("toll.rules", 4) + "unknown outcome 'hurt', expected one of [killed, injured, displaced, "
        + "damaged, captured, missing]", e.getMessage());
  }

  @Test
  void unknownMacroUse() throws IOException {
    RuleFileException e = refused("toll.rules", """
        rule killed_count
          kind: outcome
          outcome: killed
          pattern: (?$trigger /killed/) (?$count $NUMBERS)
          example: Shelling killed 12 civilians.
        """);
    assertTrue(e.getMessage().startsWith(at("toll.rules", 4) + "rule toll.killed_count: bad pattern: "),
        e.getMessage());
    assertTrue(e.getMessage().contains("$NUMBERS"), e.getMessage());
  }

  @Test
  void badMacroDefinition() throws IOException {
    RuleFileException e = refused("toll.rules", """
        # macros
        define $NUM = ( [ { ner:NUMBER } ]+
        """);
    assertTrue(e.getMessage().startsWith(at("toll.rules", 2) + "macro $NUM: bad pattern: "), e.getMessage());
  }

  @Test
  void macroFromAnEarlierFileIsKnownInALaterOne() throws IOException {
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put("index.txt", INDEX + "later.rules\n");
    changes.put("later.rules", """
        rule count_only
          kind: exclude
          pattern: /aged/ (?$count $NUM)
          example: The man, aged 40, survived.
        """);
    RuleSet set = RuleSet.load(write(changes));
    assertEquals(RuleKind.EXCLUDE, set.rule("later.count_only").kind());
  }

  // ---- mistakes in lexicons

  @Test
  void lexiconRowWithTheWrongColumnCount() throws IOException {
    RuleFileException e = refused("actors.tsv", ACTORS + "Southern Front\tfront\n");
    assertEquals(at("actors.tsv", 4) + "expected 4 columns, found 2", e.getMessage());
  }

  @Test
  void placesRowWithTheWrongColumnCount() throws IOException {
    RuleFileException e = refused("places.tsv", "Tell Sabra\t-\tplace\tVell\tVeldra\t35.6\n");
    assertEquals(at("places.tsv", 1) + "expected 7 columns, found 6", e.getMessage());
  }

  @Test
  void duplicateAliasWithinALexicon() throws IOException {
    RuleFileException e = refused("actors.tsv", ACTORS + "Mountain Brigade\tthe Militia\topposition\tmilitia\n"
        + "Hill Militia\tmilitia\topposition\tmilitia\n");
    // "the Militia" is another phrase; "militia" repeats the alias of line 2
    assertEquals(at("actors.tsv", 5) + "'militia' is already listed at line 2", e.getMessage());
  }

  @Test
  void duplicateAfterFoldingWithinALexicon() throws IOException {
    RuleFileException e = refused("places.tsv", PLACES + "Qasr-maraj\t-\tplace\tVell\tVeldra\t35.2\t36.8\n");
    assertEquals(at("places.tsv", 4) + "'Qasr-maraj' is already listed at line 2", e.getMessage());
  }

  @Test
  void nameRepeatedInItsOwnRowIsAccepted() throws IOException {
    RuleSet set = RuleSet.load(write("sources.tsv", "Levant Monitor\tLevant Monitor|the monitor\tmonitor\n"));
    assertEquals("Levant Monitor", set.lexicons().sources.lookup("the monitor").name());
  }

  @Test
  void badSideInALexicon() throws IOException {
    RuleFileException e = refused("actors.tsv", "Northern Militia\tmilitia\trebel\tmilitia\n");
    assertEquals(at("actors.tsv", 1) + "column 3: unknown side 'rebel', expected one of [government, opposition, "
        + "civilian, unknown]", e.getMessage());
  }

  @Test
  void badVictimClass() throws IOException {
    RuleFileException e = refused("victims.tsv", VICTIMS + "cars\tcar|cars\t-\tvehicle\n");
    assertEquals(at("victims.tsv", 3) + "column 4 must be 'person' or 'structure', found 'vehicle'", e.getMessage());
  }

  @Test
  void vagueQuantityWithoutLowBound() throws IOException {
    RuleFileException e = refused("quantities.tsv", "scores\t-\t199\n");
    assertEquals(at("quantities.tsv", 1) + "a vague quantity needs a low bound", e.getMessage());
  }

  @Test
  void nonNumericCoordinateInPlaces() throws IOException {
    RuleFileException e = refused("places.tsv", PLACES + "Tell Sabra\t-\tplace\tVell\tVeldra\tnorth\t36.8\n");
    assertEquals(at("places.tsv", 4) + "column 6 is not a number: 'north'", e.getMessage());
  }

  @Test
  void phraseWithoutLetters() throws IOException {
    RuleFileException e = refused("qualifiers.tsv", QUALIFIERS + "--\tabout\n");
    assertEquals(at("qualifiers.tsv", 3) + "'--' has no letters or digits", e.getMessage());
  }

  // ---- mistakes in index.txt

  @Test
  void fileListedInTheIndexThatDoesNotExist() throws IOException {
    RuleFileException e = refused("index.txt", INDEX + "\nmissing.rules\n");
    assertEquals(at("index.txt", 10) + "no such file: " + dir.resolve("missing.rules"), e.getMessage());
  }

  @Test
  void lexiconListedInTheIndexThatDoesNotExist() throws IOException {
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put("sources.tsv", null);
    Path d = write(changes);
    RuleFileException e = assertThrows(RuleFileException.class, () -> RuleSet.load(d));
    assertEquals(at("index.txt", 4) + "no such file: " + dir.resolve("sources.tsv"), e.getMessage());
  }

  @Test
  void lexiconMissingFromTheIndex() throws IOException {
    RuleFileException e = refused("index.txt", INDEX.replace("victims.tsv\n", "").replace("qualifiers.tsv\n", ""));
    assertEquals(at("index.txt", 6) + "lexicons not listed: [qualifiers.tsv, victims.tsv]", e.getMessage());
  }

  @Test
  void unknownFileTypeInTheIndex() throws IOException {
    RuleFileException e = refused("index.txt", INDEX + "notes.md\n");
    assertEquals(at("index.txt", 9) + "'notes.md' is neither a .rules file nor one of the lexicons "
        + "[actors.tsv, cues.tsv, places.tsv, qualifiers.tsv, quantities.tsv, sources.tsv, theatres.tsv, victims.tsv, world.tsv.gz]",
        e.getMessage());
  }

  @Test
  void cueLexiconIsOptionalAndAddsTheWordsOfVagueQuantities() throws IOException {
    assertNull(RuleSet.load(write(Map.of())).lexicons().parseCues(), "no cues.tsv: every sentence is parsed");
    Path d = write(Map.of("index.txt", INDEX + "cues.tsv\n", "cues.tsv", "# screen\nKill\nsay\n",
        "quantities.tsv", QUANTITIES + "tens of thousands\t20000\t99999\n"));
    Set<String> cues = RuleSet.load(d).lexicons().parseCues();
    assertTrue(cues.containsAll(List.of("kill", "say")), cues.toString());
    assertFalse(cues.contains("Kill"));
    for (String phrase : RuleSet.load(d).lexicons().quantities.phrases()) {
      String[] words = phrase.toLowerCase(java.util.Locale.ROOT).split(" ");
      assertTrue(cues.contains(words[words.length - 1]), phrase + " in " + cues);
    }
    assertFalse(cues.contains("of"), "'tens of thousands' is screened in by 'thousands', not by 'of'");
  }

  @Test
  void cueMarkedNerEarnsNerAloneAndNothingElseMayFollowACue() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("index.txt", INDEX + "cues.tsv\n");
    files.put("cues.tsv", "kill\nSay\tner\n");
    Lexicons lexicons = RuleSet.load(write(files)).lexicons();
    assertEquals(Set.of("say"), lexicons.nerCues());
    assertTrue(lexicons.parseCues().contains("kill"));
    assertFalse(lexicons.parseCues().contains("say"), lexicons.parseCues().toString());
    files.put("cues.tsv", "kill\nsay\tparse\n");
    RuleFileException e = assertThrows(RuleFileException.class, () -> RuleSet.load(write(files)));
    assertEquals(at("cues.tsv", 2) + "a cue's second column says 'ner' (the word earns NER but no parse), not 'parse'",
        e.getMessage());
    files.put("cues.tsv", "kill\tner\tx\n");
    e = assertThrows(RuleFileException.class, () -> RuleSet.load(write(files)));
    assertEquals(at("cues.tsv", 1) + "expected a word and at most 'ner' after it, found 3 columns", e.getMessage());
  }

  @Test
  void cueOfTwoWordsOrListedTwiceIsRefused() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("index.txt", INDEX + "cues.tsv\n");
    files.put("cues.tsv", "kill\nburn down\n");
    RuleFileException e = assertThrows(RuleFileException.class, () -> RuleSet.load(write(files)));
    assertEquals(at("cues.tsv", 2) + "a cue is one word, not 'burn down'", e.getMessage());
    files.put("cues.tsv", "kill\nsay\nKILL\n");
    e = assertThrows(RuleFileException.class, () -> RuleSet.load(write(files)));
    assertEquals(at("cues.tsv", 3) + "'kill' is listed twice", e.getMessage());
  }

  @Test
  void fileListedTwiceInTheIndex() throws IOException {
    RuleFileException e = refused("index.txt", INDEX + "places.tsv\n");
    assertEquals(at("index.txt", 9) + "'places.tsv' is listed twice", e.getMessage());
  }

  @Test
  void aRuleFileNamedEngineIsRefused() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("index.txt", INDEX + "engine.rules\n");
    files.put("engine.rules", TOLL);
    RuleFileException e = assertThrows(RuleFileException.class, () -> RuleSet.load(write(files)));
    assertEquals(at("index.txt", 9) + "'engine.rules': rule ids starting 'engine.' are kept for the engine's own "
        + "fallbacks", e.getMessage());
  }

  @Test
  void missingIndex() throws IOException {
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put("index.txt", null);
    Path d = write(changes);
    RuleFileException e = assertThrows(RuleFileException.class, () -> RuleSet.load(d));
    assertEquals(at("index.txt", 0) + "no such file: " + dir.resolve("index.txt"), e.getMessage());
  }

  // ---- the classpath

  @Test
  void loadsFromTheClasspath() {
    RuleSet set = RuleSet.fromClasspath("testrules", RuleSetLoadingTest.class.getClassLoader());
    assertEquals("classpath:testrules", set.origin());
    assertEquals(List.of("watch.burned_count", "watch.said"), set.rules().stream().map(Rule::id).toList());
    Rule burned = set.rule("watch.burned_count");
    assertEquals("classpath:testrules/watch.rules", burned.file());
    assertEquals(3, burned.line());
    assertEquals(Map.of("outcome", "damaged"), burned.attributes());
    assertEquals(List.of("Raiders burned four schools in the valley."), burned.examples());
    Rule said = set.rule("watch.said");
    assertEquals(RuleKind.SOURCE, said.kind());
    assertEquals(9, said.line());
    assertEquals(new Lexicons.SourceEntry("Valley Watch", SourceKind.NGO), set.lexicons().sources.lookup("the watch"));
  }

  @Test
  void classpathFolderWithoutIndexIsRefused() {
    RuleFileException e = assertThrows(RuleFileException.class,
        () -> RuleSet.fromClasspath("no/such/folder/", RuleSetLoadingTest.class.getClassLoader()));
    assertEquals("classpath:no/such/folder/index.txt:0: no such resource: no/such/folder/index.txt", e.getMessage());
  }

  // ---- GeoNames

  private static String geoRow(String id, String name, String ascii, String alternates, String lat, String lon,
                               String featureClass, String featureCode, String population) {
    return String.join("\t", id, name, ascii, alternates, lat, lon, featureClass, featureCode, "SY", "", "10", "",
        "", "", population, "", "300", "Asia/Damascus", "2019-05-01");
  }

  private Path geoNamesFile() throws IOException {
    String rows = String.join("\n",
        geoRow("9000001", "Tell Sabra", "Tell Sabra", "Tal Sabra,Tell Sabrah,\u062a\u0644 \u0635\u0628\u0631\u0629",
            "35.61", "36.82", "P", "PPL", "1200"),
        geoRow("9000002", "Muhafazat Vell Sharqi", "Muhafazat Vell Sharqi", "", "35.2", "36.6", "A", "ADM1",
            "120000"),
        geoRow("9000003", "Nahr Sabra", "Nahr Sabra", "", "35.6", "36.8", "H", "STM", "0"),
        geoRow("9000004", "Qasr Maraj", "Qasr Maraj", "", "35.99", "36.99", "P", "PPL", "800")) + "\n";
    assertEquals(19, rows.lines().findFirst().orElseThrow().split("\t", -1).length);
    Path f = dir.resolve("geonames.txt");
    Files.writeString(f, rows, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void geoNamesAddsPlacesToTheGazetteer() throws IOException {
    RuleSet base = RuleSet.load(write(Map.of()));
    RuleSet withGeo = base.withGeoNames(geoNamesFile());

    // admin1: the name of the file's own ADM1 row with the same admin1 code ("10")
    Lexicons.Place tell = new Lexicons.Place("Tell Sabra", Precision.PLACE, "Muhafazat Vell Sharqi", "Syria", 35.61, 36.82);
    assertEquals(tell, withGeo.lexicons().places.lookup("Tell Sabra"));
    assertEquals(tell, withGeo.lexicons().places.lookup("Tal Sabra"));
    assertEquals(tell, withGeo.lexicons().places.lookup("tell sabrah"));
    assertNull(withGeo.lexicons().places.lookup("\u062a\u0644 \u0635\u0628\u0631\u0629"),
        "non-Latin alternate names are left out");
    assertEquals(Precision.GOVERNORATE, withGeo.lexicons().places.lookup("Muhafazat Vell Sharqi").precision());
    assertNull(withGeo.lexicons().places.lookup("Nahr Sabra"), "streams are not places");
    assertEquals(base.rules().stream().map(Rule::id).toList(), withGeo.rules().stream().map(Rule::id).toList());
    assertEquals(base.origin(), withGeo.origin());
  }

  @Test
  void bundledGazetteerWinsOverGeoNames() throws IOException {
    RuleSet withGeo = RuleSet.load(write(Map.of())).withGeoNames(geoNamesFile());
    assertEquals(new Lexicons.Place("Qasr Maraj", Precision.PLACE, "Vell", "Veldra", 35.10, 36.70),
        withGeo.lexicons().places.lookup("Qasr Maraj"));
  }

  @Test
  void withGeoNamesLeavesTheOriginalSetAlone() throws IOException {
    RuleSet base = RuleSet.load(write(Map.of()));
    base.withGeoNames(geoNamesFile());
    assertNull(base.lexicons().places.lookup("Tell Sabra"));
  }

  @Test
  void geoNamesAddsUp() throws IOException {
    Path second = dir.resolve("more-geonames.txt");
    Files.writeString(second, geoRow("9000010", "Ain Dara", "Ain Dara", "", "36.4", "36.8", "P", "PPL", "90") + "\n");
    RuleSet both = RuleSet.load(write(Map.of())).withGeoNames(geoNamesFile()).withGeoNames(second);
    assertNotNull(both.lexicons().places.lookup("Tell Sabra"));
    assertNotNull(both.lexicons().places.lookup("Ain Dara"));
  }

  @Test
  void withGeoNamesOnTheClasspathSet() throws IOException {
    RuleSet set = RuleSet.fromClasspath("testrules", RuleSetLoadingTest.class.getClassLoader())
        .withGeoNames(geoNamesFile());
    assertEquals(Precision.PLACE, set.lexicons().places.lookup("Tell Sabra").precision());
  }

  @Test
  void geoNamesRowWithTooFewColumns() throws IOException {
    RuleSet base = RuleSet.load(write(Map.of()));
    Path bad = dir.resolve("short.txt");
    Files.writeString(bad, geoRow("9000010", "Ain Dara", "Ain Dara", "", "36.4", "36.8", "P", "PPL", "90")
        + "\n9000011\tKafr Lam\tKafr Lam\n");
    RuleFileException e = assertThrows(RuleFileException.class, () -> base.withGeoNames(bad));
    assertEquals(bad + ":2: expected 11 TAB-separated columns, found 3", e.getMessage());
  }

  @Test
  void geoNamesFileThatDoesNotExist() throws IOException {
    RuleSet base = RuleSet.load(write(Map.of()));
    Path missing = dir.resolve("absent.txt");
    RuleFileException e = assertThrows(RuleFileException.class, () -> base.withGeoNames(missing));
    assertTrue(e.getMessage().startsWith(missing + ":0: cannot read: "), e.getMessage());
  }

  @Test
  void geoNamesAdmin1TakesTheGazetteersGovernorateName() throws IOException {
    Path f = dir.resolve("vell.txt");
    Files.writeString(f, String.join("\n",
        geoRow("9000011", "Muhafazat Vell", "Muhafazat Vell", "Vell Governorate,Vell", "35.0", "36.5", "A", "ADM1", "90000")
            .replace("\t10\t", "\t11\t"),
        geoRow("9000012", "Deir Amal", "Deir Amal", "", "35.05", "36.55", "P", "PPL", "500").replace("\t10\t", "\t11\t"))
        + "\n", StandardCharsets.UTF_8);
    RuleSet withGeo = RuleSet.load(write(Map.of())).withGeoNames(f);
    assertEquals(new Lexicons.Place("Deir Amal", Precision.PLACE, "Vell", "Syria", 35.05, 36.55),
        withGeo.lexicons().places.lookup("Deir Amal"));
  }

  @Test
  void geoNamesPlacesNameTheirCountry() throws IOException {
    RuleSet withGeo = RuleSet.load(write(Map.of())).withGeoNames(geoNamesFile());
    assertEquals("Syria", withGeo.lexicons().places.lookup("Tell Sabra").country());
  }

  // ---- mistakes that once passed loading and failed at run time (issue 12)

  @Test
  void anOutcomeRuleWhoseCountIsOptionalIsRefused() throws IOException {
    RuleFileException e = refused("toll.rules", TOLL + """
        
        rule maybe_counted
          kind: outcome
          outcome: killed
          pattern: (?$trigger [ { lemma:/kill/ } ]) (?$count [ { ner:NUMBER } ])? (?$victim $VICTIM_NOUN)
          example: Shelling killed 12 civilians near the dam.
        """);
    assertEquals(at("toll.rules", 29) + "rule toll.maybe_counted of kind outcome: its group (?$count ...) is optional "
        + "(followed by '?'), but every match needs one", e.getMessage());
  }

  @Test
  void aCountInsideAnOptionalGroupIsRefused() throws IOException {
    RuleFileException e = refused("toll.rules", TOLL + """
        
        rule maybe_counted
          kind: outcome
          outcome: killed
          pattern: (?$trigger [ { lemma:/kill/ } ]) ( /some/ (?$count [ { ner:NUMBER } ]) )* (?$victim $VICTIM_NOUN)
          example: Shelling killed 12 civilians near the dam.
        """);
    assertEquals(at("toll.rules", 29) + "rule toll.maybe_counted of kind outcome: its group (?$count ...) is optional "
        + "(followed by '*'), but every match needs one", e.getMessage());
  }

  @Test
  void aVagueQuantityWhoseLowBoundIsAboveItsHighIsRefused() throws IOException {
    RuleFileException e = refused("quantities.tsv", QUANTITIES + "scores\t500\t10\n");
    assertEquals(at("quantities.tsv", 3) + "the low bound 500 is above the high bound 10", e.getMessage());
  }

  @Test
  void aRuleFileMissingFromTheIndexIsRefused() throws IOException {
    Files.writeString(dir.resolve("forgotten.rules"), "rule x\n  kind: exclude\n");
    RuleFileException e = refused("index.txt", INDEX);
    assertEquals(at("index.txt", 8) + "forgotten.rules is in " + dir + " but not listed in index.txt: list it, or move "
        + "it out of the rule directory", e.getMessage());
  }

  @Test
  void aByteOrderMarkIsPassedOver() throws IOException {
    Path d = write(Map.of("toll.rules", "\uFEFF" + TOLL, "actors.tsv", "\uFEFF" + ACTORS, "index.txt", "\uFEFF" + INDEX));
    assertEquals("Northern Militia", RuleSet.load(d).lexicons().actors.lookup("NM").name());
    assertEquals(3, RuleSet.load(d).rules().size());
  }

  @Test
  void aLatin1ByteIsRefusedWithItsLine() throws IOException {
    Path d = write(Map.of());
    byte[] latin1 = TOLL.replace("Gunfire killed dozens", "Gunfire killed dozens in Ma\u00e2rat").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(d.resolve("toll.rules"), latin1);
    RuleFileException e = assertThrows(RuleFileException.class, () -> RuleSet.load(d));
    assertEquals(at("toll.rules", 11) + "not UTF-8 text: byte 0xE2 at column 39", e.getMessage());
  }
}
