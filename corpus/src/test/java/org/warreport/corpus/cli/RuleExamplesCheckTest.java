package org.warreport.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warreport.rules.BundledRules;

/** Rules given with --rules are checked against their own examples before any document is read. */
class RuleExamplesCheckTest {
  @TempDir
  Path dir;

  /** The bundled rule set copied into {@code dir}, with {@code extra} added to casualty.rules; returns its last line. */
  private int copyBundledWith(String extra) throws Exception {
    ClassLoader loader = BundledRules.class.getClassLoader();
    try (InputStream index = loader.getResourceAsStream(BundledRules.FOLDER + "/index.txt")) {
      String text = new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("index.txt"), text);
      for (String name : text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
        try (InputStream in = loader.getResourceAsStream(BundledRules.FOLDER + "/" + name)) {
          Files.copy(in, dir.resolve(name));
        }
      }
    }
    Path casualty = dir.resolve("casualty.rules");
    int lines = Files.readAllLines(casualty).size();
    Files.writeString(casualty, extra, StandardOpenOption.APPEND);
    return lines;
  }

  @Test
  void aRuleThatMissesItsExampleIsRefusedWithFileAndLine() throws Exception {
    int before = copyBundledWith("""

        rule never_fires
          kind: exclude
          pattern: (?$count /zzqq/)
          example: Shelling killed four civilians in the village.
          counter: Nothing happened in zzqq.
        """);
    RulesOption option = new RulesOption();
    option.rulesDir = dir;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, option::extractor);
    String at = "casualty.never_fires (" + dir.resolve("casualty.rules") + ":" + (before + 2) + "): ";
    assertEquals(dir + ": 2 rule examples failed (--no-check-examples runs the rules anyway):\n"
        + at + "does not fire on its example: Shelling killed four civilians in the village.\n"
        + at + "fires on its counter-example: Nothing happened in zzqq.", e.getMessage());

    option.noCheckExamples = true;
    assertEquals("casualty.never_fires", option.extractor().rules().rule("casualty.never_fires").id());
  }
}
