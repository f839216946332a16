package org.warreport.internal.extract;

import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.regex.Pattern;
import org.warreport.Count;
import org.warreport.Qualifier;
import org.warreport.internal.lexicon.Lexicons;

/**
 * Reads the count a rule's {@code $count} group covers: the qualifier from the qualifier lexicon, the number from
 * CoreNLP's normalised numbers ("two dozen" = 24, "1.2 million"), vague quantities from the quantity lexicon.
 */
final class CountReader {
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
  private static final Pattern DASHED_RANGE = Pattern.compile("(\\d+)[-\u2013](\\d+)");
  private static final Pattern MONTH = Pattern.compile(
      "(?i)jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?");
  private static final Pattern MULTIPLIER = Pattern.compile("(?i)dozen|hundred|thousand|million|billion");
  private static final Pattern SPELLED = Pattern.compile("(?i)(one|two|three|four|five|six|seven|eight|nine|ten|eleven"
      + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
      + "|eighty|ninety)(-(one|two|three|four|five|six|seven|eight|nine))?");
  private static final Pattern DIGITS = Pattern.compile("[0-9]");
  private final Lexicons lexicons;

  CountReader(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  /** The count in tokens [start, end), or null when they hold no number nor vague quantity. */
  Count read(SentenceView s, int start, int end) {
    Qualifier qualifier = Qualifier.EXACT;
    int numberStart = start;
    List<SentenceView.Found<Qualifier>> quals = s.find(lexicons.qualifiers, start, end);
    if (!quals.isEmpty() && quals.get(0).start() == start) {
      qualifier = quals.get(0).entry();
      numberStart = quals.get(0).end();
    }
    for (SentenceView.Found<Lexicons.Quantity> q : s.find(lexicons.quantities, numberStart, end)) {
      return Count.vague(q.entry().low(), q.entry().high());
    }
    Count range = range(s, numberStart, end);
    if (range != null) {
      return range;
    }
    Long value = number(s.tokens, numberStart, end);
    if (value == null && end - numberStart == 1 && s.word(numberStart).equalsIgnoreCase("another")) {
      value = 1L;   // "one in shelling ..., another in an air strike": a rule put the lone word in $count
    }
    if (value == null) {
      return null;
    }
    if (s.word(numberStart).equalsIgnoreCase("half") && end - numberStart > 1) {
      value = value / 2;   // "half a million": the NER numbers "a million" only
    }
    return switch (qualifier) {
      case EXACT -> Count.exactly(value);
      case AT_LEAST -> Count.atLeast(value);
      case MORE_THAN -> Count.moreThan(value);
      case NEARLY -> Count.nearly(value);
      case ABOUT -> Count.about(value);
      case VAGUE -> null;   // a qualifier lexicon never yields VAGUE: the loader's enum check keeps it out
    };
  }

  /**
   * A range ("between 10 and 15", "10 to 15", "10-15", "two or three", "20, and as many as 25"): low at its lower
   * end, value and high at its upper end ("up to 15", qualifier nearly), as WAD's coders read a range; null where the
   * tokens hold no range.
   */
  private static Count range(SentenceView s, int start, int end) {
    if (end - start == 1) {
      java.util.regex.Matcher m = DASHED_RANGE.matcher(s.word(start).replace(",", ""));
      return m.matches() ? bounded(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))) : null;
    }
    boolean between = s.word(start).equalsIgnoreCase("between");
    for (int r = start + 1; r < end - 1; r++) {
      String w = s.word(r).toLowerCase(java.util.Locale.ROOT);
      boolean asManyAs = w.matches("and|or|to") && s.word(r + 1).equalsIgnoreCase("as");   // "20, and as many as 25"
      if (between ? w.equals("and") : w.matches("to|or|-|\u2013") || asManyAs) {
        Long low = number(s.tokens, between ? start + 1 : start, r);
        Long high = number(s.tokens, r + 1, end);
        return low != null && high != null ? bounded(low, high) : null;
      }
    }
    return null;
  }

  private static Count bounded(long low, long high) {
    return low < high ? new Count(high, low, high, Qualifier.NEARLY) : null;
  }

  /** The value of the last number among tokens [start, end), from CoreNLP's normalised form. */
  private static Long number(List<CoreLabel> tokens, int start, int end) {
    for (int t = end - 1; t >= start; t--) {
      CoreLabel tok = tokens.get(t);
      if ("DATE".equals(tok.ner()) && (besideMonth(tokens, t)
          || YEAR.matcher(tok.word()).matches() && besideDate(tokens, t))) {
        continue;   // "13 October 2016 Two children killed": a parse may hang a dateline's day or year on the victims
      }
      Long spelled = spelledOut(tokens, start, t);
      if (spelled != null) {
        return spelled;
      }
      Number composite = tok.get(CoreAnnotations.NumericCompositeValueAnnotation.class);
      String normalized = tok.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      if ("NUMBER".equals(tok.ner()) && normalized != null) {
        Long v = parse(normalized.replaceAll("^[<>=~]+", ""));
        if (v != null) {
          return v;
        }
      }
      if (composite != null) {
        return composite.longValue();
      }
      Long plain = parse(tok.word().replace(",", ""));
      if (plain != null) {
        return plain;
      }
    }
    return null;
  }

  /**
   * The number ending at token {@code t}, its words read as one by CoreNLP's own reader ("twenty eight", "two dozen",
   * "1.2 million", "Eleven" even where the tagger took it for a name), so that counts do not hang on SUTime's
   * normaliser. Figures stand alone or lead: "2016 15" is two numbers. Null where the tokens are no number.
   */
  private static Long spelledOut(List<CoreLabel> tokens, int start, int t) {
    if (!numberWord(tokens.get(t))) {
      return null;
    }
    int from = t;
    while (from > start && joins(tokens, from - 1, from)) {
      from--;
    }
    if (tokens.get(from).word().equals("-")) {
      from++;
    }
    StringBuilder words = new StringBuilder();
    for (int i = from; i <= t; i++) {
      words.append(i > from ? " " : "").append(tokens.get(i).word());
    }
    try {
      Number n = NumberNormalizer.wordToNumber(words.toString());
      return n == null ? null : parse(n.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether token {@code a} is read with the number word {@code b} after it: "twenty - five", "1.2 million". */
  private static boolean joins(List<CoreLabel> tokens, int a, int b) {
    String before = tokens.get(a).word();
    if (before.equals("-")) {
      return a > 0 && SPELLED.matcher(tokens.get(a - 1).word()).matches();
    }
    boolean figure = DIGITS.matcher(before).find();
    return numberWord(tokens.get(a)) && !DIGITS.matcher(tokens.get(b).word()).find()
        && (!figure || MULTIPLIER.matcher(tokens.get(b).word()).matches());
  }

  private static boolean numberWord(CoreLabel tok) {
    return "CD".equals(tok.tag()) || MULTIPLIER.matcher(tok.word()).matches() || SPELLED.matcher(tok.word()).matches();
  }

  /** Whether a neighbour of token {@code t} is of a date too: a year standing alone ("killed 1905 people") is a count. */
  private static boolean besideDate(List<CoreLabel> tokens, int t) {
    return t > 0 && "DATE".equals(tokens.get(t - 1).ner())
        || t + 1 < tokens.size() && "DATE".equals(tokens.get(t + 1).ner());
  }

  private static boolean besideMonth(List<CoreLabel> tokens, int t) {
    return t > 0 && MONTH.matcher(tokens.get(t - 1).word()).matches()
        || t + 1 < tokens.size() && MONTH.matcher(tokens.get(t + 1).word()).matches();
  }

  private static Long parse(String s) {
    try {
      double d = Double.parseDouble(s);
      return d >= 0 && d == Math.rint(d) ? (long) d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
