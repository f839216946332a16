package org.warreport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warreport.internal.lexicon.Lexicons;
import org.warreport.internal.lexicon.TsvTable;
import org.warreport.internal.rules.CompiledRule;
import org.warreport.internal.rules.RuleFileParser;
import org.warreport.internal.rules.RuleResources;

/**
 * A loaded, validated set of rules and lexicons, from a directory or a classpath folder whose {@code index.txt}
 * lists its files. Loading refuses any mistake with a {@link RuleFileException} naming file and line. Immutable.
 */
public final class RuleSet {
  private final String origin;
  private final List<Rule> rules;
  private final List<CompiledRule> compiled;
  private final Lexicons lexicons;
  private final RuleResources resources;
  private final List<Path> geonamesFiles;
  private final String fingerprint;

  private RuleSet(String origin, RuleResources resources, List<Path> geonamesFiles, List<CompiledRule> compiled,
                  Lexicons lexicons, String fingerprint) {
    this.origin = origin;
    this.fingerprint = fingerprint;
    this.resources = resources;
    this.geonamesFiles = List.copyOf(geonamesFiles);
    this.compiled = List.copyOf(compiled);
    this.rules = compiled.stream().map(CompiledRule::rule).toList();
    this.lexicons = lexicons;
  }

  /** Loads the rule set in {@code dir}: edits there are picked up by the next load, with no rebuild. */
  public static RuleSet load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new RuleFileException(dir.toString(), 0, "not a directory");
    }
    return load(dir.toString(), RuleResources.directory(dir), List.of());
  }

  /** Loads a rule set from a classpath folder such as {@code org/warreport/rules}. */
  public static RuleSet fromClasspath(String folder, ClassLoader loader) {
    return load("classpath:" + folder, RuleResources.classpath(folder, loader), List.of());
  }

  /**
   * This rule set with the places of a GeoNames export (geonames.org's tab-separated dump format) added to its
   * gazetteer; the bundled gazetteer's entries win where both name a place.
   */
  public RuleSet withGeoNames(Path geonamesFile) {
    List<String> lines;
    try {
      lines = Files.readAllLines(geonamesFile);
    } catch (java.io.IOException e) {
      throw new RuleFileException(geonamesFile.toString(), 0, "cannot read: " + e.getMessage(), e);
    }
    List<Path> extra = new ArrayList<>(geonamesFiles);
    extra.add(geonamesFile);
    TsvTable.parse(geonamesFile.toString(), lines, 11);   // fail early, before recompiling
    return load(origin, resources, extra);
  }

  private static RuleSet load(String origin, RuleResources resources, List<Path> geonames) {
    Fingerprint fingerprint = new Fingerprint();
    List<String> index = resources.lines(RuleResources.INDEX, 0);
    fingerprint.add(RuleResources.INDEX, index);
    Map<String, Integer> files = new LinkedHashMap<>();
    for (int i = 0; i < index.size(); i++) {
      String name = index.get(i).strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      if (!name.endsWith(".rules") && !Lexicons.FILES.contains(name) && !Lexicons.OPTIONAL_FILES.contains(name)) {
        throw new RuleFileException(resources.describe(RuleResources.INDEX), i + 1,
            "'" + name + "' is neither a .rules file nor one of the lexicons "
                + java.util.stream.Stream.concat(Lexicons.FILES.stream(), Lexicons.OPTIONAL_FILES.stream()).sorted().toList());
      }
      if (name.endsWith(".rules") && name.startsWith(Provenance.ENGINE_PREFIX)) {
        throw new RuleFileException(resources.describe(RuleResources.INDEX), i + 1, "'" + name
            + "': rule ids starting '" + Provenance.ENGINE_PREFIX + "' are kept for the engine's own fallbacks");
      }
      if (files.putIfAbsent(name, i + 1) != null) {
        throw new RuleFileException(resources.describe(RuleResources.INDEX), i + 1, "'" + name + "' is listed twice");
      }
    }
    Set<String> missing = new java.util.TreeSet<>(Lexicons.FILES);
    missing.removeAll(files.keySet());
    if (!missing.isEmpty()) {
      throw new RuleFileException(resources.describe(RuleResources.INDEX), index.size(), "lexicons not listed: " + missing);
    }
    for (String present : resources.present()) {
      if (!files.containsKey(present)) {
        throw new RuleFileException(resources.describe(RuleResources.INDEX), index.size(), present + " is in "
            + origin + " but not listed in index.txt: list it, or move it out of the rule directory");
      }
    }
    // Lexicons first: the rules' lexicon macros ($VICTIM_NOUN ...) are made from them.
    Lexicons lexicons = new Lexicons();
    files.forEach((name, line) -> {
      if (name.equals(Lexicons.WORLD_FILE)) {
        try (java.io.InputStream present = resources.open(name, line)) {   // refused now if missing; read on first use
          fingerprint.add(name, present.readAllBytes());
          lexicons.world(() -> {
            try (java.io.InputStream in = resources.open(name, line)) {
              return org.warreport.internal.lexicon.WorldGazetteer.read(resources.describe(name), in);
            } catch (java.io.IOException e) {
              throw new RuleFileException(resources.describe(name), 0, "cannot read: " + e.getMessage(), e);
            }
          });
        } catch (java.io.IOException e) {
          throw new RuleFileException(resources.describe(name), 0, "cannot read: " + e.getMessage(), e);
        }
      } else if (name.endsWith(".tsv")) {
        List<String> lines = resources.lines(name, line);
        fingerprint.add(name, lines);
        lexicons.load(name, TsvTable.parse(resources.describe(name), lines, 1));
      }
    });
    if (files.containsKey("theatres.tsv")) {
      lexicons.checkTheatres(resources.describe("theatres.tsv"));
    }
    for (Path g : geonames) {
      try {
        List<String> lines = Files.readAllLines(g);
        fingerprint.add("geonames", lines);
        lexicons.loadGeoNames(TsvTable.parse(g.toString(), lines, 11));
      } catch (java.io.IOException e) {
        throw new RuleFileException(g.toString(), 0, "cannot read: " + e.getMessage(), e);
      }
    }
    RuleFileParser parser = new RuleFileParser(lexicons);
    files.forEach((name, line) -> {
      if (name.endsWith(".rules")) {
        List<String> lines = resources.lines(name, line);
        fingerprint.add(name, lines);
        parser.parse(resources.describe(name), name.substring(0, name.length() - ".rules".length()), lines);
      }
    });
    return new RuleSet(origin, resources, geonames, parser.compiled(), lexicons, fingerprint.hex());
  }

  /** A SHA-256 over the files of a rule set as they were read, each under its name; 16 hex digits of it. */
  private static final class Fingerprint {
    private final java.security.MessageDigest sha;

    Fingerprint() {
      try {
        sha = java.security.MessageDigest.getInstance("SHA-256");
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }

    void add(String name, List<String> lines) {
      add(name, String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    void add(String name, byte[] content) {
      sha.update((name + "\0" + content.length + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update(content);
    }

    String hex() {
      return java.util.HexFormat.of().formatHex(sha.digest(), 0, 8);
    }
  }

  public String origin() {
    return origin;
  }

  /**
   * A hash of the rule files and lexicons as they were loaded (their text, not where they were read from), as 16 hex
   * digits: the bundled rules and a copy of them in a directory have the same fingerprint, an edit anywhere another.
   */
  public String fingerprint() {
    return fingerprint;
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The rule with this id; throws naming the id when there is none. */
  public Rule rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule " + id + " in " + origin));
  }

  List<CompiledRule> compiled() {
    return compiled;
  }

  Lexicons lexicons() {
    return lexicons;
  }
}
