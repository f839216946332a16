package org.warreport.internal.rules;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a sentence must hold for a TokensRegex pattern to match anywhere in it, read from the pattern's text: the
 * words and lemmas its non-optional elements require ("/of/ /them/" needs both words; "[ { lemma:/die|perish/ } ]"
 * needs one of those lemmas; an alternation needs one of its branches). Checking this first spares the matcher,
 * which tries every start position, on the many sentences that cannot match. It may only over-approximate: what it
 * does not understand (lexicon macros, negations, other keys) it treats as satisfied.
 */
public final class RequiredTokens {
  /** A condition over a sentence's tokens. */
  public sealed interface Condition {
    boolean holds(Texts tokens);

    default boolean holds(List<CoreLabel> tokens) {
      return holds(Texts.of(tokens));
    }

    /** The condition in words. */
    String describe();

    /** What of the condition {@code tokens} lack, in words: for explaining why a rule did not match. */
    default String lacking(Texts tokens) {
      return describe();
    }
  }

  /** A sentence's words, lemmas and NER tags, as written and in lower case, read once for all the conditions. */
  public static final class Texts {
    private final String[][] values = new String[Key.values().length][];
    private final String[][] lowered = new String[Key.values().length][];
    private final Map<Token, Boolean> found = new java.util.IdentityHashMap<>();   // one sentence, one thread

    private Texts(List<CoreLabel> tokens) {
      for (Key k : Key.values()) {
        String[] v = new String[tokens.size()];
        String[] l = new String[tokens.size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = k.of(tokens.get(i));
          l[i] = v[i] == null ? null : v[i].toLowerCase(Locale.ROOT);
        }
        values[k.ordinal()] = v;
        lowered[k.ordinal()] = l;
      }
    }

    public static Texts of(List<CoreLabel> tokens) {
      return new Texts(tokens);
    }
  }

  /** A regex check stopped because its thread was interrupted; the thread stays interrupted. */
  public static final class Interrupted extends RuntimeException {
    Interrupted() {
      super("interrupted while checking a token against a regex", null, false, false);
    }
  }

  /**
   * A token's text as a regex reads it, one character at a time: reading one on an interrupted thread stops the
   * match, so that a regex that backtracks for minutes over one word ("(.*x){16}y") cannot hold a document past its
   * time bound (java.util.regex never checks for interrupts itself).
   */
  private record InterruptibleText(String text) implements CharSequence {
    @Override
    public char charAt(int index) {
      if (Thread.currentThread().isInterrupted()) {
        throw new Interrupted();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new InterruptibleText(text.substring(start, end));
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * Always holds, but first reads each token's word, lemma and NER tag with those of a Semgrex pattern's regexes that
   * could backtrack for long (a repeated group holding an unbounded repeat: "(.*x){16}y"), one character at a time: the
   * Semgrex matcher reads the same regexes and never checks for interrupts, so this check, which does, meets a regex
   * that runs long on the sentence first and stops it at the document's time bound. Tags are short; they are not read.
   */
  public record Probed(List<Token> risky) implements Condition {
    public Probed {
      risky = List.copyOf(risky);
    }

    @Override
    public boolean holds(Texts tokens) {
      for (Token t : risky) {
        for (String v : tokens.values[t.key().ordinal()]) {
          if (v != null) {
            t.regex().matcher(new InterruptibleText(v)).matches();
          }
        }
      }
      return true;
    }

    @Override
    public String describe() {
      return "nothing";
    }
  }

  /** A repeated group holding an unbounded repeat: the shape of regex that can backtrack for minutes on one word. */
  private static final Pattern NESTED_REPEAT = Pattern.compile("\\([^()]*[*+}][^()]*\\)[*+{]");

  /**
   * A pattern's {key:/regex/} attributes of word, lemma and NER (the same in Semgrex and TokensRegex); a character
   * class, not an alternation, so that a long pattern does not exhaust java.util.regex's stack.
   */
  private static final Pattern ATTRIBUTE_REGEX = Pattern.compile("\\b(word|lemma|ner):\\s*/([^/]*)/");

  /**
   * What to check before a TokensRegex pattern runs: its regexes (and those of the macros it uses) that may backtrack
   * for long, in whatever element (a negated or optional one too, which {@link #of} passes over), then what it
   * requires.
   */
  public static Condition ofTokensRegex(String pattern, Map<String, String> macros) {
    Condition required = of(pattern, macros);
    StringBuilder read = new StringBuilder(pattern);   // the pattern and the macros it uses, theirs too
    java.util.Set<String> seen = new HashSet<>();
    for (int i = 0; i < read.length() && seen.size() < 100; ) {
      java.util.regex.Matcher m = MACRO_NAME.matcher(read);
      if (!m.find(i)) {
        break;
      }
      i = m.end();
      if (seen.add(m.group()) && macros.containsKey(m.group())) {
        read.append(' ').append(macros.get(m.group()));
      }
    }
    Condition probes = probes(read.toString());
    return probes instanceof Anything ? required : new All(List.of(probes, required));
  }

  private static final Pattern MACRO_NAME = Pattern.compile("\\$[A-Z_][A-Z0-9_]*");

  /** What to check before a Semgrex pattern runs: its regexes that may backtrack for long, else nothing. */
  public static Condition ofSemgrex(String pattern) {
    return probes(pattern);
  }

  private static Condition probes(String pattern) {
    List<Token> risky = new ArrayList<>();
    java.util.regex.Matcher m = ATTRIBUTE_REGEX.matcher(pattern);
    while (m.find()) {
      if (NESTED_REPEAT.matcher(m.group(2)).find()) {
        risky.add(new Token(Key.valueOf(m.group(1).toUpperCase(Locale.ROOT)), Pattern.compile(m.group(2))));
      }
    }
    return risky.isEmpty() ? new Anything() : new Probed(risky);
  }

  /** Always holds: nothing known to be required. */
  public record Anything() implements Condition {
    @Override
    public boolean holds(Texts tokens) {
      return true;
    }

    @Override
    public String describe() {
      return "nothing";
    }
  }

  /** The token attribute a condition reads. */
  public enum Key {
    WORD, LEMMA, NER;

    String of(CoreLabel t) {
      return switch (this) {
        case WORD -> t.word();
        case LEMMA -> t.lemma();
        case NER -> t.ner();
      };
    }
  }

  /**
   * Some token's word, lemma or NER tag matches the regex entirely, as TokensRegex matches. A regex that is only
   * a list of words (a lexicon macro's hundred nouns) is checked as a set of lower-case words, far quicker.
   */
  public record Token(Key key, Pattern regex, Set<String> words) implements Condition {
    Token(Key key, Pattern regex) {
      this(key, regex, wordsOf(regex.pattern()));
    }

    @Override
    public boolean holds(Texts tokens) {
      Boolean known = tokens.found.get(this);   // conditions are shared by the rules that name the same words
      if (known != null) {
        return known;
      }
      boolean found = false;
      String[] values = (words != null ? tokens.lowered : tokens.values)[key.ordinal()];
      for (String v : values) {
        if (v != null && (words != null ? words.contains(v) : regex.matcher(new InterruptibleText(v)).matches())) {
          found = true;
          break;
        }
      }
      tokens.found.put(this, found);
      return found;
    }

    /** The words of a regex such as "\\Qbaby\\E|\\Qboys\\E|men", or null when it is more than a list of words. */
    private static Set<String> wordsOf(String regex) {
      Set<String> words = new HashSet<>();
      for (String alternative : regex.split("\\|", -1)) {
        String w = alternative.startsWith("\\Q") && alternative.endsWith("\\E")
            ? alternative.substring(2, alternative.length() - 2) : alternative;
        if (!LITERAL.matcher(w).matches()) {
          return null;
        }
        words.add(w.toLowerCase(Locale.ROOT));
      }
      return Set.copyOf(words);
    }

    @Override
    public String describe() {
      String r = regex.pattern().replace("\\Q", "").replace("\\E", "");
      String[] alternatives = r.split("\\|");
      if (r.length() > 80) {   // a lexicon's words: a few, and how many
        r = String.join("|", List.of(alternatives).subList(0, Math.min(4, alternatives.length))) + "|... ("
            + alternatives.length + " words)";
      }
      return key.name().toLowerCase(Locale.ROOT) + " /" + r + "/";
    }
  }

  public record All(List<Condition> parts) implements Condition {
    @Override
    public boolean holds(Texts tokens) {
      for (Condition c : parts) {
        if (!c.holds(tokens)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String describe() {
      return String.join(" and ", parts.stream().map(Condition::describe).toList());
    }

    @Override
    public String lacking(Texts tokens) {
      return String.join(" and ", parts.stream().filter(c -> !c.holds(tokens)).map(c -> c.lacking(tokens)).toList());
    }
  }

  public record AnyOf(List<Condition> branches) implements Condition {
    @Override
    public boolean holds(Texts tokens) {
      for (Condition c : branches) {
        if (c.holds(tokens)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String describe() {
      return "(" + String.join(" or ", branches.stream().map(Condition::describe).toList()) + ")";
    }

    @Override
    public String lacking(Texts tokens) {
      String all = describe();
      if (all.length() <= 100) {
        return all;
      }
      return branches.size() > 3 ? "one of " + branches.size() + " alternatives, such as " + branches.get(0).describe()
          : "(" + String.join(" or ", branches.stream().map(b -> b.lacking(tokens)).toList()) + ")";
    }
  }

  private static final Anything ANYTHING = new Anything();
  private static final Map<String, Token> INTERNED = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Pattern LITERAL = Pattern.compile("[\\p{L}\\p{N}' ]+");
  // a term whose regex holds an escaped '/' is not matched, so it is simply not used (simple loops: lexicon macros
  // make long node bodies, and java.util.regex recurses on repeated alternations)
  private static final Pattern NODE_TERM =
      Pattern.compile("(!?)\\{\\s*(lemma|word|ner)\\s*:\\s*(?:/([^/]*)/|([A-Za-z_]+))\\s*}");

  private final String text;
  private final Map<String, String> macros;
  private int pos;
  private boolean unreadable;

  private RequiredTokens(String text, Map<String, String> macros) {
    this.text = text;
    this.macros = macros;
  }

  /** The condition a pattern needs; {@code macros} gives the text of the {@code $NAME}s it may use. */
  public static Condition of(String pattern, Map<String, String> macros) {
    return of(pattern, macros, 0);
  }

  private static Condition of(String pattern, Map<String, String> macros, int depth) {
    if (depth > 10) {
      return ANYTHING;
    }
    RequiredTokens r = new RequiredTokens(pattern, macros);
    Condition c = r.alternation(depth);
    return r.unreadable || r.pos < pattern.length() ? ANYTHING : c;   // not understood to the end: claim nothing
  }

  /**
   * The pattern's top-level elements with their quantifiers, in order ("(?$count $COUNT)", "/of/?", ...), or the
   * whole pattern as one element when it is an alternation or cannot be read.
   */
  public static List<String> elements(String pattern) {
    RequiredTokens r = new RequiredTokens(pattern, Map.of());
    List<String> out = new ArrayList<>();
    while (true) {
      char c = r.peek();
      if (c == 0) {
        break;
      }
      if (c == '|' || c == ')') {
        return List.of(pattern.strip());
      }
      int start = r.pos;
      r.element(0);
      r.optional();
      out.add(pattern.substring(start, Math.min(r.pos, pattern.length())).strip());
    }
    return r.unreadable || out.isEmpty() ? List.of(pattern.strip()) : out;
  }

  /** branch ( '|' branch )* up to a ')' or the end. */
  private Condition alternation(int depth) {
    List<Condition> branches = new ArrayList<>();
    branches.add(sequence(depth));
    while (peek() == '|') {
      pos++;
      branches.add(sequence(depth));
    }
    if (branches.stream().anyMatch(b -> b instanceof Anything)) {
      return ANYTHING;
    }
    return branches.size() == 1 ? branches.get(0) : new AnyOf(List.copyOf(branches));
  }

  private Condition sequence(int depth) {
    List<Condition> parts = new ArrayList<>();
    while (true) {
      skipSpace();
      char c = peek();
      if (c == 0 || c == '|' || c == ')') {
        break;
      }
      Condition element = element(depth);
      if (optional()) {
        element = ANYTHING;
      }
      if (!(element instanceof Anything)) {
        parts.add(element);
      }
    }
    return parts.isEmpty() ? ANYTHING : parts.size() == 1 ? parts.get(0) : new All(List.copyOf(parts));
  }

  private Condition element(int depth) {
    char c = peek();
    if (c == '/') {
      String regex = regex();
      return token(Key.WORD, regex);
    }
    if (c == '[') {
      return node(bracket());
    }
    if (c == '{') {   // a bare node: "{ word:/x/ }" is "[ { word:/x/ } ]"
      return node("{" + enclosed('{', '}') + "}");
    }
    if (c == '(') {
      pos++;
      if (peek() == '?') {   // (?$name ...) or (?: ...)
        pos++;
        if (peek() == '$') {
          pos++;
          name();
        } else if (peek() == ':') {
          pos++;
        }
      }
      Condition inner = alternation(depth);
      expect(')');
      return inner;
    }
    if (c == '$') {
      pos++;
      String macro = macros.get("$" + name());
      return macro == null ? ANYTHING : of(macro, macros, depth + 1);
    }
    if (c == '!') {   // a negated token: what follows is required absent, not present
      pos++;
      skipSpace();
      element(depth);
      return ANYTHING;
    }
    pos++;   // anchors and anything else: no requirement
    return ANYTHING;
  }

  /** Reads a quantifier after an element; true when it allows zero occurrences. */
  private boolean optional() {
    boolean zero = false;
    char c = peek();
    if (c == '?' || c == '*') {
      pos++;
      zero = true;
    } else if (c == '+') {
      pos++;
    } else if (c == '{' && !text.substring(pos + 1, Math.max(pos + 1, text.indexOf('}', pos))).strip().matches("\\d*\\s*,?\\s*\\d*")) {
      return false;   // a bare node after the element ("/dead/ !{ word:/body/ }"), not a quantifier
    } else if (c == '{') {
      int end = text.indexOf('}', pos);
      if (end < 0) {
        unreadable = true;
        pos = text.length();
        return true;
      }
      String range = text.substring(pos + 1, end).strip();
      zero = range.startsWith("0") || range.startsWith(",");
      pos = end + 1;
    } else {
      return false;
    }
    if (peek() == '?' || peek() == '+') {   // reluctant or possessive
      pos++;
    }
    return zero;
  }

  /** A token node "[ ... ]": the lemma and word regexes it requires when its terms are joined by '&' only. */
  private Condition node(String body) {
    if (disjunction(body)) {
      return ANYTHING;
    }
    List<Condition> parts = new ArrayList<>();
    java.util.regex.Matcher m = NODE_TERM.matcher(body);
    while (m.find()) {
      if (m.group(1).isEmpty()) {
        Key key = Key.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        parts.add(m.group(3) != null ? token(key, m.group(3)) : token(key, Pattern.quote(m.group(4))));
      }
    }
    parts.removeIf(p -> p instanceof Anything);
    return parts.isEmpty() ? ANYTHING : parts.size() == 1 ? parts.get(0) : new All(List.copyOf(parts));
  }

  /** Whether a node body joins terms with '|' (outside the regexes). */
  private static boolean disjunction(String body) {
    boolean inRegex = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '/') {
        inRegex = !inRegex;
      } else if (c == '|' && !inRegex) {
        return true;
      }
    }
    return false;
  }

  /** One shared Token per key and regex, so that a sentence checks each once whatever the number of rules. */
  private static Condition token(Key key, String regex) {
    try {
      return INTERNED.computeIfAbsent(key + "\u0000" + regex,
          k -> new Token(key, Pattern.compile(regex, Pattern.CASE_INSENSITIVE)));   // as the rules' Env matches
    } catch (PatternSyntaxException e) {
      return ANYTHING;
    }
  }

  private String regex() {
    int start = ++pos;
    while (pos < text.length() && text.charAt(pos) != '/') {
      pos += text.charAt(pos) == '\\' ? 2 : 1;
    }
    String r = text.substring(start, Math.min(pos, text.length()));
    pos++;
    return r;
  }

  /** The text inside a balanced "[ ... ]", regexes skipped whole. */
  private String bracket() {
    return enclosed('[', ']');
  }

  /** The body of a node opened at {@code pos} by {@code open} and closed by {@code close}, regexes read whole. */
  private String enclosed(char open, char close) {
    int start = ++pos;
    int depth = 1;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '/') {
        regex();
        continue;
      }
      if (c == open) {
        depth++;
      } else if (c == close && --depth == 0) {
        return text.substring(start, pos++);
      }
      pos++;
    }
    return text.substring(start);
  }

  private String name() {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private void expect(char c) {
    skipSpace();
    if (peek() == c) {
      pos++;
    } else {
      unreadable = true;
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    skipSpace();
    return pos < text.length() ? text.charAt(pos) : 0;
  }
}
