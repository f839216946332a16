package org.warreport;

import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.warreport.internal.extract.Extraction;
import org.warreport.internal.extract.RuleTracer;
import org.warreport.internal.rules.CompiledRule;
import org.warreport.internal.nlp.DocumentBounds;
import org.warreport.internal.nlp.NlpPipeline;
import org.warreport.internal.nlp.SentenceScreen;

/**
 * Reads war reporting and returns conflict events. Built once with {@link #builder()}; loading the CoreNLP models
 * takes about five seconds and is shared by every extractor in the JVM with the same settings. Thread-safe: one
 * instance serves any number of threads (proven by {@code EventExtractorConcurrencyTest}).
 */
public final class EventExtractor {
  private final RuleSet rules;
  private final NlpPipeline pipeline;
  private final Extraction extraction;
  private final int maxSentenceTokens;
  private final SentenceScreen screen;   // null: every sentence gets NER and parsing
  private final DocumentBounds bounds;

  private EventExtractor(RuleSet rules, int maxSentenceTokens, boolean screenSentences, boolean useSUTime,
                         DocumentBounds bounds) {
    this.rules = rules;
    this.maxSentenceTokens = maxSentenceTokens;
    this.bounds = bounds;
    java.util.Set<String> parseCues = rules.lexicons().parseCues();
    this.screen = screenSentences && parseCues != null ? new SentenceScreen(parseCues, rules.lexicons().nerCues()) : null;
    Properties nlpProperties = NlpPipeline.defaultProperties(maxSentenceTokens, useSUTime);
    this.pipeline = NlpPipeline.shared(nlpProperties);
    this.extraction = new Extraction(rules.compiled(), rules.lexicons());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Annotates and reads one document. */
  public DocumentResult extract(Document document) {
    return extract(annotate(document));
  }

  /** Reads a bare text with no id and no date. */
  public DocumentResult extract(String text) {
    return extract(new Document("doc", text, null));
  }

  /**
   * Runs CoreNLP only: the slow half, whose result can be cached and read again with other rules. CoreNLP reads the
   * document within its bounds (characters, characters per token, sentences); what it does not read is named in the
   * result's warnings.
   */
  public AnnotatedDocument annotate(Document document) {
    Objects.requireNonNull(document, "document");
    String text = bounds.readable(document.text()).text();
    return new AnnotatedDocument(document, screen == null
        ? pipeline.annotate(text, document.date(), bounds.maxSentences())
        : pipeline.annotate(text, document.date(), screen, bounds.maxSentences()));
  }

  /**
   * Annotations stored earlier by {@link AnnotatedDocument#toBytes()}, read back for {@code document}; throws
   * IllegalArgumentException when they are not this document's (another text or date, or another bound on what is
   * read), so that a cache can never give one document another's parses.
   */
  public AnnotatedDocument annotationsFromBytes(Document document, byte[] bytes) {
    AnnotatedDocument a = AnnotatedDocument.fromBytes(document, bytes);
    String text = a.annotation().get(edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation.class);
    String date = a.annotation().get(edu.stanford.nlp.ling.CoreAnnotations.DocDateAnnotation.class);
    if (!bounds.readable(document.text()).text().equals(text)) {
      throw new IllegalArgumentException("the stored annotations of " + document.id() + " are of another text");
    }
    if (!Objects.equals(document.date() == null ? null : document.date().toString(), date)) {
      throw new IllegalArgumentException("the stored annotations of " + document.id() + " are of another date: " + date);
    }
    return a;
  }

  /** Runs the rules only, over annotations made earlier (perhaps by another extractor with other rules). */
  public DocumentResult extract(AnnotatedDocument annotated) {
    Document d = annotated.document();
    DocumentResult r = extraction.run(d.id(), d.text(), d.date(), annotated.annotation());
    List<String> warnings = new java.util.ArrayList<>(bounds.readable(d.text()).warnings());
    warnings.addAll(bounds.sentenceWarnings(
        annotated.annotation().get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class).size()));
    warnings.addAll(NlpPipeline.oversizedSentences(annotated.annotation(), maxSentenceTokens));
    return warnings.isEmpty() ? r : r.withWarnings(warnings);
  }

  /** Every rule that fires on {@code text}, with what it bound: for checking rules against their examples. */
  public List<RuleHit> explain(String text) {
    return explain(annotate(new Document("explain", text, null)));
  }

  /**
   * Each rule example this extractor's rules do not fire on and each counter-example they fire on, as
   * {@code rule-id (file:line): ...}; empty when every rule keeps its examples. Runs CoreNLP on every example.
   */
  public List<String> exampleFailures() {
    List<String> failures = new java.util.ArrayList<>();
    for (Rule rule : rules.rules()) {
      for (String example : rule.examples()) {
        if (!fires(rule, example)) {
          failures.add(rule.id() + " (" + rule.location() + "): does not fire on its example: " + example);
        }
      }
      for (String counter : rule.counterExamples()) {
        if (fires(rule, counter)) {
          failures.add(rule.id() + " (" + rule.location() + "): fires on its counter-example: " + counter);
        }
      }
    }
    return failures;
  }

  private boolean fires(Rule rule, String sentence) {
    return explain(sentence).stream().anyMatch(h -> h.ruleId().equals(rule.id()));
  }

  /** How CoreNLP read each sentence of an annotated document: tokens with lemma, POS and NER, and dependencies. */
  public List<ParsedSentence> parsed(AnnotatedDocument annotated) {
    return RuleTracer.sentences(annotated.annotation());
  }

  /** Every rule that fires on an annotated document, with what each named group bound. */
  public List<RuleHit> explain(AnnotatedDocument annotated) {
    return extraction.explain(annotated.document().text(), annotated.annotation());
  }

  /**
   * For each sentence, where rule {@code ruleId} matched or how far it got: what the sentence lacks, or how many of
   * the pattern's elements matched before one failed. Throws naming the rule ids when there is no such rule.
   */
  public List<String> ruleProgress(AnnotatedDocument annotated, String ruleId) {
    CompiledRule rule = rules.compiled().stream().filter(r -> r.id().equals(ruleId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId + "; rules are "
            + rules.compiled().stream().map(CompiledRule::id).toList()));
    return RuleTracer.progress(rule, annotated.annotation(), annotated.document().text());
  }

  public RuleSet rules() {
    return rules;
  }

  /**
   * The CoreNLP settings and the bounds on what is read of a document, as a stable string; annotations are only
   * reusable under the same settings and bounds.
   */
  public String pipelineSignature() {
    String read = pipeline.signature() + " " + bounds;
    return screen == null ? read : read + " screened by " + screen;
  }

  /**
   * A hash of what decides this extractor's results, as 16 hex digits: its rule set's {@link RuleSet#fingerprint()},
   * the CoreNLP settings, the sentence screening and the bounds on what is read of a document. Two extractors with
   * the same fingerprint give the same result for any document (with the same version of warreport and CoreNLP).
   */
  public String fingerprint() {
    String decides = rules.fingerprint() + "\n" + pipelineSignature() + "\nmaxSentenceTokens=" + maxSentenceTokens
        + "\n" + bounds;
    try {
      byte[] sha = java.security.MessageDigest.getInstance("SHA-256")
          .digest(decides.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(sha, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Sets up an {@link EventExtractor}; {@link #build()} validates every setting. */
  public static final class Builder {
    private RuleSet rules;
    private int maxSentenceTokens = 250;
    private boolean screenSentences = true;
    private boolean useSUTime = false;
    private int maxDocumentChars = 50_000;
    private int maxTokenChars = 300;
    private int maxSentences = 500;

    private Builder() {}

    /**
     * What CoreNLP reads of one document at most, so that one document cannot exhaust a heap that other documents
     * share: {@code chars} characters (default 50,000; wire stories are a few thousand), words of at most
     * {@code tokenChars} characters (default 300; longer ones are blanked), NER and parses for the first
     * {@code sentences} sentences (default 500). The result's warnings name what was not read.
     */
    public Builder bounds(int chars, int tokenChars, int sentences) {
      this.maxDocumentChars = chars;
      this.maxTokenChars = tokenChars;
      this.maxSentences = sentences;
      return this;
    }

    /** The rules and lexicons to use (required; the rules module's {@code BundledRules.load()} gives the default). */
    public Builder rules(RuleSet rules) {
      this.rules = rules;
      return this;
    }

    /** Sentences longer than this are tagged and parsed no further (run-on tables); default 250 tokens. */
    public Builder maxSentenceTokens(int tokens) {
      this.maxSentenceTokens = tokens;
      return this;
    }

    /**
     * Whether each sentence gets only the annotators its words earn by the rule set's {@code cues.tsv} (default true;
     * no effect for a rule set without cues): a casualty cue earns NER and the parse, a number or an attribution cue
     * NER alone, any other sentence tokens, POS and lemmas. Off, every sentence is annotated as plain CoreNLP does.
     */
    public Builder screenSentences(boolean screen) {
      this.screenSentences = screen;
      return this;
    }

    /**
     * Whether CoreNLP's NER runs SUTime, its normaliser of dates and spelled-out numbers (default false: the rules
     * read both without it, and it is about a third of NER and parsing together; benchmarks/RESULTS.md).
     */
    public Builder useSUTime(boolean use) {
      this.useSUTime = use;
      return this;
    }

    public EventExtractor build() {
      if (rules == null) {
        throw new IllegalStateException("no rules: call rules(RuleSet), e.g. rules(BundledRules.load())");
      }
      if (maxSentenceTokens < 10) {
        throw new IllegalStateException("maxSentenceTokens must be at least 10, was " + maxSentenceTokens);
      }
      DocumentBounds bounds;
      try {
        bounds = new DocumentBounds(maxDocumentChars, maxTokenChars, maxSentences);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
      return new EventExtractor(rules, maxSentenceTokens, screenSentences, useSUTime, bounds);
    }
  }
}
