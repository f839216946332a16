package org.warreport.corpus.cli;

import java.nio.file.Path;
import java.util.List;
import org.warreport.EventExtractor;
import org.warreport.RuleSet;
import org.warreport.rules.BundledRules;
import picocli.CommandLine.Option;

/**
 * The options that choose a rule set: the bundled one, or a directory (edits there need no rebuild). A picocli mixin
 * of the commands that extract, here and in the Spark job.
 */
public final class RulesOption {
  @Option(names = "--rules", paramLabel = "DIR", description = "rule directory with index.txt (default: the bundled rules)")
  Path rulesDir;

  @Option(names = "--geonames", paramLabel = "FILE", description = "add the places of a GeoNames export to the gazetteer")
  Path geonames;

  @Option(names = "--no-check-examples", negatable = false,
      description = "with --rules, do not check that every rule fires on its examples and not on its counters")
  boolean noCheckExamples;

  /** The rule directory given, or null for the bundled rules. */
  public Path rulesDir() {
    return rulesDir;
  }

  /** The GeoNames export given, or null. */
  public Path geonames() {
    return geonames;
  }

  /** Whether rules from a directory are checked against their examples before use. */
  public boolean checksExamples() {
    return !noCheckExamples;
  }

  /** The same choice made in code: {@code rulesDir} and {@code geonames} may be null. */
  public static RulesOption of(Path rulesDir, Path geonames, boolean checkExamples) {
    RulesOption o = new RulesOption();
    o.rulesDir = rulesDir;
    o.geonames = geonames;
    o.noCheckExamples = !checkExamples;
    return o;
  }

  RuleSet load() {
    RuleSet rules = rulesDir == null ? BundledRules.load() : RuleSet.load(rulesDir);
    return geonames == null ? rules : rules.withGeoNames(geonames);
  }

  /**
   * An extractor of the chosen rules; rules from a directory are checked against their examples and counters first
   * (the bundled ones are checked by the build), and any that fails is refused, each named with its file and line.
   */
  public EventExtractor extractor() {
    return extractor(b -> b);
  }

  /** The same, with other settings of the extractor ({@code settings} gets a builder with the rules set). */
  public EventExtractor extractor(java.util.function.UnaryOperator<EventExtractor.Builder> settings) {
    EventExtractor extractor = settings.apply(EventExtractor.builder().rules(load())).build();
    if (rulesDir != null && !noCheckExamples) {
      List<String> failures = extractor.exampleFailures();
      if (!failures.isEmpty()) {
        throw new RuleExamplesException(rulesDir + ": " + failures.size() + " rule example"
            + (failures.size() == 1 ? "" : "s") + " failed (--no-check-examples runs the rules anyway):\n"
            + String.join("\n", failures));
      }
    }
    return extractor;
  }

  /** Rules that load but do not keep their own examples. */
  static final class RuleExamplesException extends IllegalArgumentException {
    RuleExamplesException(String message) {
      super(message);
    }
  }
}
