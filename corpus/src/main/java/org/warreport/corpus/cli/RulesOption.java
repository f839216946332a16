package org.warreport.corpus.cli;

import java.nio.file.Path;
import org.warreport.RuleSet;
import org.warreport.rules.BundledRules;
import picocli.CommandLine.Option;

/** The options that choose a rule set: the bundled one, or a directory (edits there need no rebuild). */
final class RulesOption {
  @Option(names = "--rules", paramLabel = "DIR", description = "rule directory with index.txt (default: the bundled rules)")
  Path rulesDir;

  @Option(names = "--geonames", paramLabel = "FILE", description = "add the places of a GeoNames export to the gazetteer")
  Path geonames;

  RuleSet load() {
    RuleSet rules = rulesDir == null ? BundledRules.load() : RuleSet.load(rulesDir);
    return geonames == null ? rules : rules.withGeoNames(geonames);
  }
}
