package org.warreport.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.warreport.Document;
import org.warreport.DocumentResult;
import org.warreport.Event;
import org.warreport.Outcome;
import org.warreport.Total;

/** Runs every case file under {@code cases/} through the real pipeline and the bundled rules. */
class CaseFilesTest {
  static List<CaseFile> caseFiles() throws IOException, URISyntaxException {
    Path dir = Path.of(CaseFilesTest.class.getResource("/cases").toURI());
    List<CaseFile> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".cases")).sorted().toList()) {
        files.add(CaseFile.read(p));
      }
    }
    return files;
  }

  /** Issue 3 asks for at least 150 case sentences across the count, victim, attacker and scope constructions. */
  @Test
  void caseFilesHoldEnoughSentences() throws Exception {
    long sentences = caseFiles().stream()
        .filter(f -> !f.path().getFileName().toString().matches("(places|dates|sources).*"))
        .flatMap(f -> f.cases().stream())
        .mapToLong(c -> c.text().split("(?<=[.!?])\\s+(?=[A-Z\"])").length).sum();
    assertTrue(sentences >= 150, "only " + sentences + " case sentences on counts, victims, attackers and scope");
  }

  @TestFactory
  Stream<DynamicContainer> everyCasePasses() throws Exception {
    return caseFiles().stream().map(f -> DynamicContainer.dynamicContainer(f.path().getFileName().toString(),
        f.cases().stream().map(c -> DynamicTest.dynamicTest(c.where() + " " + abbreviate(c.text()), () -> check(c)))));
  }

  private static void check(CaseFile.Case c) {
    DocumentResult r = SharedExtractor.EXTRACTOR.extract(new Document(c.where(), c.text(), c.date()));
    List<CanonicalOutcome> actual = new ArrayList<>();
    for (Event e : r.events()) {
      for (Outcome o : e.outcomes()) {
        actual.add(CanonicalOutcome.of(r.events(), e, o));
      }
    }
    List<String> problems = new ArrayList<>();
    List<CanonicalOutcome> unmatched = new ArrayList<>(actual);
    for (CaseFile.Expected want : c.outcomes()) {
      CanonicalOutcome hit = unmatched.stream().filter(want.outcome()::accepts).findFirst().orElse(null);
      if (hit == null) {
        problems.add("missing (line " + want.line() + "): " + want.outcome());
      } else {
        unmatched.remove(hit);
      }
    }
    if (!c.outcomes().isEmpty() || c.none()) {
      unmatched.forEach(u -> problems.add("unexpected: " + u));
    }
    for (String words : c.mustNotCount()) {
      actual.stream().filter(a -> a.attributes().get("words").toLowerCase().contains(words.toLowerCase()))
          .forEach(a -> problems.add("'" + words + "' must not be a count: " + a));
    }
    for (Map.Entry<String, Long> t : c.totals().entrySet()) {
      Total total = switch (t.getKey()) {
        case "killed" -> r.totals().killed();
        case "injured" -> r.totals().injured();
        case "displaced" -> r.totals().displaced();
        default -> throw new IllegalArgumentException(c.where() + ": no total named " + t.getKey());
      };
      if (total.best() != t.getValue()) {
        problems.add("totals." + t.getKey() + " is " + total.best() + ", expected " + t.getValue());
      }
    }
    if (c.knownFailure() != null) {
      assertFalse(problems.isEmpty(), c.where() + " now passes: remove its 'known: " + c.knownFailure() + "' line");
    } else {
      assertTrue(problems.isEmpty(), () -> c.where() + ": " + c.text() + "\n  " + String.join("\n  ", problems));
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
