package org.warreport.corpus.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.warreport.AnnotatedDocument;
import org.warreport.Document;
import org.warreport.EventExtractor;
import org.warreport.ParsedSentence;
import org.warreport.RuleHit;
import org.warreport.json.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warreport explain}: how a text was read, which rules fired and what they bound, and why one did not. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Show for a text: each token's lemma, POS and NER, the dependencies, every rule that matched and "
        + "what it bound, the events; with --rule, how far that rule got in each sentence.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "TEXT", description = "a sentence or a short text")
  String text;

  @Option(names = "--rule", paramLabel = "ID", description = "a rule id (file.name) to trace, matched or not")
  String ruleId;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the document date, for days such as 'on Tuesday'")
  LocalDate date;

  @Mixin
  RulesOption rules = new RulesOption();

  @Override
  public Integer call() {
    EventExtractor extractor = EventExtractor.builder().rules(rules.load()).build();
    AnnotatedDocument doc = extractor.annotate(new Document("explain", text, date));
    for (ParsedSentence s : extractor.parsed(doc)) {
      boolean screened = s.tokens().stream().allMatch(t -> t.ner() == null);
      System.out.println("sentence " + s.index() + (screened ? "  (screened out: no number or cue word, so no NER or parse)" : ""));
      System.out.printf("  %3s  %-18s %-16s %-5s %s%n", "#", "word", "lemma", "POS", "NER");
      List<ParsedSentence.Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        ParsedSentence.Token t = tokens.get(i);
        System.out.printf("  %3d  %-18s %-16s %-5s %s%n", i + 1, t.word(), t.lemma(), t.pos(), t.ner() == null ? "-" : t.ner());
      }
      System.out.println("  dependencies (enhanced++):");
      s.dependencies().forEach(d -> System.out.println("    " + d));
    }
    System.out.println("rules that matched:");
    for (RuleHit h : extractor.explain(doc)) {
      StringBuilder groups = new StringBuilder();
      h.groups().forEach((k, v) -> groups.append("  ").append(k).append("=\u00ab").append(v).append('\u00bb'));
      System.out.println("  " + h.ruleId() + "  \u00ab" + h.text() + "\u00bb" + groups);
    }
    if (ruleId != null) {
      System.out.println("rule " + ruleId + ":");
      extractor.ruleProgress(doc, ruleId).forEach(l -> System.out.println("  " + l));
    }
    System.out.println("events:");
    System.out.println(EventJson.toJsonLine(extractor.extract(doc)));
    return 0;
  }
}
