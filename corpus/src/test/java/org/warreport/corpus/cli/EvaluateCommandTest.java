package org.warreport.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The two forms of {@code warreport evaluate}: a gold directory with its texts, or a set with document-level gold. */
class EvaluateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new EvaluateCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private static String resource(String name) throws Exception {
    return Path.of(EvaluateCommandTest.class.getResource("/eval/" + name).toURI()).toString();
  }

  @Test
  void aSetFileAsSecondArgumentPrintsTheDocumentLevelLine() throws Exception {
    assertEquals(0, run(resource("docgold/fakes-output.jsonl"), resource("docgold/fakes.jsonl")));
    assertEquals("{\"set\": \"fakes\", \"docs\": 4, \"missing\": 1, \"lead_killed\": 0.5, \"lead_killed_n\": 4, "
        + "\"totals_killed\": 0.25, \"totals_killed_n\": 4, \"lead_civilians\": 0.75, \"lead_civilians_n\": 4, "
        + "\"governorate\": 0.75, \"governorate_n\": 4, \"attacker\": 0.75, \"attacker_n\": 4}\n", out.toString());
  }

  @Test
  void findingsTakeANumberWithASet() throws Exception {
    assertEquals(0, run(resource("docgold/wiki-output.jsonl"), resource("docgold/wiki.jsonl"), "--findings", "1",
        "--per-rule"));
    String printed = out.toString();
    assertTrue(printed.contains("\n## per rule: documents whose counted events carry the rule, deaths right and wrong\n"),
        printed);
    assertTrue(printed.contains("\n## deaths: 2 misses; 1 shown (system / gold)\n- wiki-2: system 6 / gold 7\n"), printed);
    assertTrue(printed.indexOf("## per rule") < printed.indexOf("## deaths"), printed);
  }

  @Test
  void findingsWithoutANumberShowEveryMiss() throws Exception {
    assertEquals(0, run("--findings", resource("docgold/wiki-output.jsonl"), resource("docgold/wiki.jsonl")));
    assertTrue(out.toString().contains("## deaths: 2 misses; 2 shown"), out.toString());
  }

  @Test
  void theGoldDirectoryFormWorksAsBefore() throws Exception {
    // --findings before the arguments takes no number from them
    assertEquals(0, run("--findings", resource("system.jsonl"), resource("gold"), resource("texts")));
    String printed = out.toString();
    assertTrue(printed.contains("count P=0.667 R=0.857 F1=0.750 (tp=6 fp=3 fn=1, optional matched=2)\n"), printed);
    assertTrue(printed.contains("missed (1):\n"), printed);
  }

  @Test
  void aSetFileTakesNoTextDirectory() throws Exception {
    assertEquals(2, run(resource("docgold/wad-output.jsonl"), resource("docgold/wad.jsonl"), resource("texts")));
    assertTrue(err.toString().contains("is a set file with document-level gold, which carries its texts: no TEXT_DIR"),
        err.toString());
  }

  @Test
  void aGoldDirectoryNeedsItsTextsAndTakesNoFindingsNumber() throws Exception {
    assertEquals(2, run(resource("system.jsonl"), resource("gold")));
    assertTrue(err.toString().contains("a gold directory needs the directory of its texts"), err.toString());
    assertEquals(2, run(resource("system.jsonl"), resource("gold"), resource("texts"), "--findings", "3"));
    assertTrue(err.toString().contains("--findings N is for a set with document-level gold"), err.toString());
  }
}
