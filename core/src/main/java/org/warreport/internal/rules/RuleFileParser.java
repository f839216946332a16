package org.warreport.internal.rules;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.warreport.EventType;
import org.warreport.OutcomeKind;
import org.warreport.Precision;
import org.warreport.Rule;
import org.warreport.RuleFileException;
import org.warreport.RuleKind;
import org.warreport.Scope;
import org.warreport.internal.lexicon.Lexicons;
import org.warreport.internal.lexicon.PhraseIndex;

/**
 * Reads rule files (format: the package Javadoc of {@code org.warreport}'s RuleSet) and compiles each rule as its own
 * pattern, so that every match maps back to exactly one rule id. Every mistake is refused with file and line.
 */
public final class RuleFileParser {
  private static final Pattern RULE = Pattern.compile("^rule\\s+([a-z][a-z0-9_]*)\\s*$");
  private static final Pattern DEFINE = Pattern.compile("^define\\s+(\\$[A-Z][A-Z0-9_]*)\\s*=\\s*(.+)$");
  private static final Pattern FIELD = Pattern.compile("^(?: {2}|\\t)([a-z]+):\\s*(.*)$");
  private static final Pattern CONTINUATION = Pattern.compile("^(?: {4,}|\\t\\t)(\\S.*)$");
  private static final Set<String> ATTRIBUTES = Set.of("outcome", "type", "scope", "applies", "precision", "updates",
      "implied", "bound", "basis", "actor", "reach");
  /** An attribute that only some kinds of rule may carry. */
  private record OnlyFor(String attribute, List<RuleKind> kinds) {}

  private static final List<OnlyFor> ONLY_FOR = List.of(
      new OnlyFor("actor", List.of(RuleKind.ATTACKER)),
      new OnlyFor("reach", List.of(RuleKind.SEPARATE)),
      new OnlyFor("basis", List.of(RuleKind.ATTACKER, RuleKind.ATTACK)),
      new OnlyFor("implied", List.of(RuleKind.OUTCOME, RuleKind.CONJUNCT)));
  private static final Map<RuleKind, List<String>> REQUIRED_GROUPS = Map.of(
      RuleKind.OUTCOME, List.of("trigger", "count"),
      RuleKind.SUBSET, List.of("count"),
      RuleKind.CONJUNCT, List.of("count"),
      RuleKind.EXCLUDE, List.of("count"),
      RuleKind.SOURCE, List.of("source", "cue"),
      RuleKind.PLACE, List.of("place"),
      RuleKind.DATE, List.of("date"),
      RuleKind.ATTACKER, List.of("trigger", "attacker"),
      RuleKind.ATTACK, List.of("trigger", "attacker"));
  private static final Map<RuleKind, String> REQUIRED_ATTRIBUTE = Map.of(
      RuleKind.OUTCOME, "outcome", RuleKind.SCOPE, "scope", RuleKind.TYPE, "type", RuleKind.PLACE, "precision");

  /** What a macro made from an empty lexicon matches: nothing. */
  private static final String NEVER = "[ { word:/\\x00/ } ]";

  private final Env env;
  private final Map<String, String> macroTexts = new java.util.HashMap<>();   // for RequiredTokens
  private final Map<String, Rule> byId = new LinkedHashMap<>();
  private final List<CompiledRule> compiled = new ArrayList<>();

  public RuleFileParser(Lexicons lexicons) {
    env = TokenSequencePattern.getNewEnv();
    env.setDefaultStringPatternFlags(Pattern.CASE_INSENSITIVE);
    env.bind("numcompvalue", CoreAnnotations.NumericCompositeValueAnnotation.class);
    env.bind("numcomptype", CoreAnnotations.NumericCompositeTypeAnnotation.class);
    env.bind("denotes", org.warreport.internal.lexicon.PeopleNouns.DenotesAnnotation.class);
    // Macros made from the lexicons, so that rules and lexicons cannot drift apart.
    String victimWords = lastWords(lexicons.victims);
    // Victims are open-class: a head word of the lexicon, any noun WordNet says denotes people ("observers"), or a
    // plural name of a people or faith the NER tags as such ("30 Alawites", "Yazidis"), which WordNet may not know.
    String peopleNames = "( { tag:NNPS } & { ner:/MISC|NATIONALITY|RELIGION/ } )";
    bindMacro("$VICTIM_NOUN", victimWords.isEmpty() ? "[ { denotes:person } | " + peopleNames + " ]"
        : "[ { word:/" + victimWords + "/ } | { denotes:person } | " + peopleNames + " ]", "(lexicon macro)", 0);
    bindMacro("$VAGUE_QUANTITY", phraseAlternation(lexicons.quantities), "(lexicon macro)", 0);
    bindMacro("$QUALIFIER", phraseAlternation(lexicons.qualifiers), "(lexicon macro)", 0);
  }

  public List<CompiledRule> compiled() {
    return List.copyOf(compiled);
  }

  /** Parses one rule file; {@code file} is its name in messages, {@code stem} the id prefix. */
  public void parse(String file, String stem, List<String> lines) {
    Draft draft = null;
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      int lineNo = i + 1;
      String line = stripComment(raw);
      if (line.isBlank()) {
        continue;
      }
      Matcher m;
      if ((m = RULE.matcher(line)).matches()) {
        finish(draft);
        draft = new Draft(file, lineNo, stem + "." + m.group(1));
      } else if ((m = DEFINE.matcher(line)).matches()) {
        finish(draft);
        draft = null;
        bindMacro(m.group(1), m.group(2).strip(), file, lineNo);
      } else if ((m = FIELD.matcher(line)).matches() && draft != null) {
        draft.field(m.group(1), m.group(2).strip(), lineNo);
      } else if ((m = CONTINUATION.matcher(line)).matches() && draft != null && draft.lastField != null) {
        draft.extend(m.group(1).strip(), lineNo);
      } else {
        throw new RuleFileException(file, lineNo, draft == null
            ? "expected 'rule <name>' or 'define $NAME = <pattern>', found: " + line.strip()
            : "expected an indented 'field: value' line, found: " + line.strip());
      }
    }
    finish(draft);
  }

  private void finish(Draft d) {
    if (d == null) {
      return;
    }
    Rule rule = d.toRule();
    Rule before = byId.putIfAbsent(rule.id(), rule);
    if (before != null) {
      throw new RuleFileException(d.file, d.line, "duplicate rule id " + rule.id() + ", first defined at " + before.location());
    }
    try {
      if (rule.semgrex()) {
        compiled.add(new CompiledRule(rule, null, SemgrexPattern.compile(rule.pattern()),
            RequiredTokens.ofSemgrex(rule.pattern()), env));
      } else {
        compiled.add(new CompiledRule(rule, TokenSequencePattern.compile(env, rule.pattern()), null,
            RequiredTokens.ofTokensRegex(rule.pattern(), macroTexts), env));
      }
    } catch (RuntimeException | Error e) {
      throw new RuleFileException(d.file, d.patternLine, "rule " + rule.id() + ": bad pattern: " + firstLine(e));
    }
  }

  private void bindMacro(String name, String expr, String file, int line) {
    try {
      env.bind(name, TokenSequencePattern.compile(env, expr));
      macroTexts.put(name, expr);
    } catch (RuntimeException | Error e) {
      throw new RuleFileException(file, line, "macro " + name + ": bad pattern: " + firstLine(e));
    }
  }

  private static String firstLine(Throwable e) {
    String msg = String.valueOf(e.getMessage());
    if (e.getCause() != null && e.getCause().getMessage() != null) {
      msg = msg + " (" + e.getCause().getMessage() + ")";
    }
    return msg.lines().findFirst().orElse(e.getClass().getSimpleName());
  }

  private static String stripComment(String line) {
    // '#' starts a comment only at the start of a line or after white space: patterns use '#' nowhere else.
    int at = line.startsWith("#") ? 0 : line.indexOf(" #");
    return at < 0 ? line : line.substring(0, at);
  }

  private static String lastWords(PhraseIndex<?> index) {
    return index.phrases().stream()
        .map(p -> { String[] w = p.split("[^\\p{L}\\p{N}]+"); return w[w.length - 1]; })
        .map(Pattern::quote).distinct().sorted().collect(Collectors.joining("|"));
  }

  /**
   * A lexicon's phrases as one TokensRegex alternation, factored by their first words as a trie ("at least | at
   * most" is {@code /at/ /least|most/}): each branch is a state the matcher keeps at every token it tries, so a
   * macro that heads many rules ($COUNT) costs far less with few branches than with one per phrase.
   */
  private static String phraseAlternation(PhraseIndex<?> index) {
    PhraseTrie root = new PhraseTrie();
    for (String phrase : index.phrases()) {
      List<String> words = java.util.Arrays.stream(phrase.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
      if (!words.isEmpty()) {
        root.add(words);
      }
    }
    return root.next.isEmpty() ? NEVER : root.alternation();
  }

  /** Phrases by their first word, then their second, and so on; {@code ends}: a phrase ends here. */
  private static final class PhraseTrie {
    final java.util.SortedMap<String, PhraseTrie> next = new java.util.TreeMap<>();
    boolean ends;

    void add(List<String> words) {
      PhraseTrie node = this;
      for (String w : words) {
        node = node.next.computeIfAbsent(w, k -> new PhraseTrie());
      }
      node.ends = true;
    }

    /** The words that may follow here: those that end a phrase share one token, the others each a branch. */
    String alternation() {
      List<String> ending = new ArrayList<>();
      List<String> branches = new ArrayList<>();
      for (Map.Entry<String, PhraseTrie> e : next.entrySet()) {
        PhraseTrie child = e.getValue();
        if (child.next.isEmpty()) {
          ending.add(Pattern.quote(e.getKey()));
        } else {
          String rest = child.alternation();
          branches.add("/" + Pattern.quote(e.getKey()) + "/ " + (child.ends ? rest + "?" : rest));
        }
      }
      if (!ending.isEmpty()) {
        branches.add("/" + String.join("|", ending) + "/");
      }
      return "( " + String.join(" | ", branches) + " )";
    }
  }

  /**
   * The quantifier ('?', '*' or '{0,...}') that makes the named group of a TokensRegex pattern optional, on the group
   * itself or on a group around it; null when every match binds it. Regular expressions between slashes and quoted
   * strings are passed over, so their parentheses do not count.
   */
  static String optionalQuantifier(String pattern, String group) {
    Matcher m = Pattern.compile("\\(\\?\\$" + group + "(?![\\w])").matcher(pattern);
    if (!m.find()) {
      return null;
    }
    int groupStart = m.start();
    java.util.Deque<Integer> open = new java.util.ArrayDeque<>();
    char quote = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '/' || c == '"') {
        quote = c;
      } else if (c == '(') {
        open.push(i);
      } else if (c == ')' && !open.isEmpty()) {
        int from = open.pop();
        if (from <= groupStart && i > groupStart) {   // the group itself, or one around it
          int j = i + 1;
          while (j < pattern.length() && pattern.charAt(j) == ' ') {
            j++;
          }
          if (j < pattern.length() && (pattern.charAt(j) == '?' || pattern.charAt(j) == '*')) {
            return String.valueOf(pattern.charAt(j));
          }
          if (pattern.startsWith("{0", j)) {
            return pattern.substring(j, pattern.indexOf('}', j) + 1);
          }
        }
      }
    }
    return null;
  }

  /** A rule while its lines are being read. */
  private static final class Draft {
    final String file;
    final int line;
    final String id;
    RuleKind kind;
    String pattern;
    boolean semgrex;
    int patternLine;
    String lastField;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<String> examples = new ArrayList<>();
    final List<String> counters = new ArrayList<>();

    Draft(String file, int line, String id) {
      this.file = file;
      this.line = line;
      this.id = id;
    }

    void field(String name, String value, int lineNo) {
      lastField = name;
      switch (name) {
        case "kind" -> {
          try {
            kind = RuleKind.fromCode(value);
          } catch (IllegalArgumentException e) {
            throw new RuleFileException(file, lineNo, e.getMessage());
          }
        }
        case "pattern", "semgrex" -> {
          if (pattern != null) {
            throw new RuleFileException(file, lineNo, "rule " + id + " has a second pattern");
          }
          pattern = value;
          semgrex = name.equals("semgrex");
          patternLine = lineNo;
        }
        case "example" -> examples.add(value);
        case "counter" -> counters.add(value);
        default -> {
          if (!ATTRIBUTES.contains(name)) {
            throw new RuleFileException(file, lineNo, "unknown field '" + name + "'; fields are kind, pattern, semgrex, "
                + "example, counter, " + String.join(", ", ATTRIBUTES.stream().sorted().toList()));
          }
          validateAttribute(name, value, lineNo);
          attributes.put(name, value);
        }
      }
    }

    void extend(String more, int lineNo) {
      switch (lastField) {
        case "pattern", "semgrex" -> pattern = pattern + " " + more;
        case "example" -> examples.set(examples.size() - 1, examples.get(examples.size() - 1) + " " + more);
        case "counter" -> counters.set(counters.size() - 1, counters.get(counters.size() - 1) + " " + more);
        default -> throw new RuleFileException(file, lineNo, "field '" + lastField + "' does not continue over lines");
      }
    }

    private void validateAttribute(String name, String value, int lineNo) {
      try {
        switch (name) {
          case "outcome" -> OutcomeKind.fromCode(value);
          case "type" -> EventType.fromCode(value);
          case "scope" -> Scope.fromCode(value);
          case "precision" -> Precision.fromCode(value);
          case "basis" -> org.warreport.Basis.fromCode(value);
          case "actor" -> {
            if (!value.equals("lexicon")) {
              throw new IllegalArgumentException("actor: takes 'lexicon' (the phrase must name an actor of actors.tsv)");
            }
          }
          case "applies" -> java.util.Arrays.stream(value.split("\\s+")).forEach(OutcomeKind::fromCode);
          case "updates" -> {
            if (!value.equals("earlier")) {
              throw new IllegalArgumentException("updates: takes 'earlier' (the figure replaces an earlier telling of its toll)");
            }
          }
          case "bound" -> {
            if (!value.equals("upper")) {
              throw new IllegalArgumentException("bound: takes 'upper' (the figure is the most the toll can be)");
            }
          }
          case "reach" -> {
            if (!value.equals("sentence")) {
              throw new IllegalArgumentException("reach: takes 'sentence' (the cue marks every toll of its sentence, "
                  + "wherever it stands)");
            }
          }
          case "implied" -> {
            if (!value.equals("one")) {
              throw new IllegalArgumentException("implied: takes 'one' (each victim the rule names counts one)");
            }
          }
          default -> throw new IllegalStateException(name);
        }
      } catch (IllegalArgumentException e) {
        throw new RuleFileException(file, lineNo, e.getMessage());
      }
    }

    Rule toRule() {
      if (kind == null) {
        throw new RuleFileException(file, line, "rule " + id + " has no 'kind:'");
      }
      if (pattern == null) {
        throw new RuleFileException(file, line, "rule " + id + " has no 'pattern:' or 'semgrex:'");
      }
      if (examples.isEmpty()) {
        throw new RuleFileException(file, line, "rule " + id + " has no 'example:' sentence");
      }
      String attribute = REQUIRED_ATTRIBUTE.get(kind);
      if (attribute != null && !attributes.containsKey(attribute)) {
        throw new RuleFileException(file, line, "rule " + id + " of kind " + kind.code() + " needs '" + attribute + ":'");
      }
      for (OnlyFor only : ONLY_FOR) {
        if (attributes.containsKey(only.attribute()) && !only.kinds().contains(kind)) {
          String kinds = only.kinds().stream().map(RuleKind::code).collect(Collectors.joining(" or "));
          throw new RuleFileException(file, line, "rule " + id + ": only " + (kinds.matches("[aeiou].*") ? "an " : "a ")
              + kinds + " rule may say '" + only.attribute() + ":'");
        }
      }
      List<String> groups = REQUIRED_GROUPS.getOrDefault(kind, List.of());
      if (attributes.containsKey("implied")) {
        // the count is read from the victim: "a soldier was killed" is one, "along with his driver" one more
        groups = kind == RuleKind.OUTCOME ? List.of("trigger", "victim") : List.of("victim");
      }
      for (String group : groups) {
        String mark = semgrex ? "=" + group + "(?![\\w])" : "\\(\\?\\$" + group + "(?![\\w])";
        if (!Pattern.compile(mark).matcher(pattern).find()) {
          throw new RuleFileException(file, patternLine, "rule " + id + " of kind " + kind.code() + " needs "
              + (semgrex ? "a node named =" : "a group (?$") + group + (semgrex ? "" : " ...)"));
        }
      }
      if (!semgrex && groups.contains("count")) {
        String optional = optionalQuantifier(pattern, "count");
        if (optional != null) {
          throw new RuleFileException(file, patternLine, "rule " + id + " of kind " + kind.code() + ": its group (?$count"
              + " ...) is optional (followed by '" + optional + "'), but every match needs one");
        }
      }
      return new Rule(id, file, line, kind, pattern, semgrex, attributes, examples, counters);
    }
  }
}
