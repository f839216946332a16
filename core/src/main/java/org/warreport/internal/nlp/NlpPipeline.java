package org.warreport.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CoreNLP pipeline the rules read: tokens, sentences, POS, lemmas, NER (coarse, with SUTime for "two dozen"
 * and dates) and enhanced++ dependencies. One instance per settings per JVM; {@link #annotate} is thread-safe
 * (CoreNLP's pipeline is designed to be shared; measured in ../shared/notes/corenlp-facts.md §2).
 */
public final class NlpPipeline {
  private static final Map<Properties, NlpPipeline> SHARED = new ConcurrentHashMap<>();

  // The annotators split in three, so that a sentence gets only what its screen says it earns (CoreNLP's global
  // annotator cache gives every part the very models of the whole, so they cost no memory or load time).
  private final StanfordCoreNLP tagging;
  private final StanfordCoreNLP nerOnly;
  private final StanfordCoreNLP nerAndParsing;
  private final Properties properties;

  private NlpPipeline(Properties properties) {
    this.properties = properties;
    this.tagging = part(properties, "tokenize,ssplit,pos,lemma", true);
    this.nerOnly = part(properties, "ner", false);
    this.nerAndParsing = part(properties, "ner,depparse", false);
  }

  private static StanfordCoreNLP part(Properties properties, String annotators, boolean first) {
    Properties p = new Properties();
    p.putAll(properties);
    p.setProperty("annotators", annotators);
    if (!first) {
      p.setProperty("enforceRequirements", "false");
    }
    return new StanfordCoreNLP(p, first);
  }

  /**
   * The settings chosen by measurement: fine-grained NER off (it halves speed and its KBP gazetteer mis-tags
   * Syrian names anyway: our lexicons do that job); SUTime off unless asked for (it is a third of NER and parsing
   * together, and the rules read spelled-out numbers with CoreNLP's NumberNormalizer and dates with their own
   * patterns: benchmarks/RESULTS.md). {@code maxSentenceTokens} bounds the parser's work on run-on "sentences".
   */
  public static Properties defaultProperties(int maxSentenceTokens, boolean useSUTime) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", Boolean.toString(useSUTime));
    p.setProperty("pos.maxlen", Integer.toString(maxSentenceTokens));
    p.setProperty("ner.maxlen", Integer.toString(maxSentenceTokens));
    p.setProperty("depparse.maxlen", Integer.toString(maxSentenceTokens));
    return p;
  }

  /** The one pipeline for these settings in this JVM, loaded on first use (about 5 s). */
  public static NlpPipeline shared(Properties properties) {
    Properties key = new Properties();
    key.putAll(properties);
    return SHARED.computeIfAbsent(key, NlpPipeline::new);
  }

  /**
   * Every annotator on every sentence, as plain CoreNLP does, up to {@code maxSentences}: the sentences after those
   * keep their tokens, POS and lemmas and get no NER or graph.
   */
  public Annotation annotate(String text, LocalDate date, int maxSentences) {
    Annotation doc = newDocument(text, date);
    tagging.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    annotateFurther(nerAndParsing, doc, text, date, sentences.subList(0, Math.min(sentences.size(), maxSentences)));
    return doc;
  }

  /**
   * Tags every sentence, then gives each of the first {@code maxSentences} the NER and parse its {@code screen}
   * says it earns. A screened-out sentence keeps its tokens, POS and lemmas and has no NER or graph.
   */
  public Annotation annotate(String text, LocalDate date, SentenceScreen screen, int maxSentences) {
    Annotation doc = newDocument(text, date);
    tagging.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> nerAlone = new ArrayList<>();
    List<CoreMap> parsed = new ArrayList<>();
    for (CoreMap sentence : sentences.subList(0, Math.min(sentences.size(), maxSentences))) {
      switch (screen.need(sentence.get(CoreAnnotations.TokensAnnotation.class))) {
        case NER_AND_PARSE -> parsed.add(sentence);
        case NER -> nerAlone.add(sentence);
        case NOTHING_MORE -> { }
      }
    }
    annotateFurther(nerOnly, doc, text, date, nerAlone);
    annotateFurther(nerAndParsing, doc, text, date, parsed);
    return doc;
  }

  /** {@code annotators} on {@code sentences} of {@code doc} only. */
  private static void annotateFurther(StanfordCoreNLP annotators, Annotation doc, String text, LocalDate date,
                                      List<CoreMap> sentences) {
    if (sentences.isEmpty()) {
      return;
    }
    Annotation part = newDocument(text, date);
    part.set(CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    annotators.annotate(part);   // the sentence maps are shared: their tokens get NER and they get graphs
  }

  private static Annotation newDocument(String text, LocalDate date) {
    Annotation doc = new Annotation(text);
    if (date != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    return doc;
  }

  /** A warning for each sentence the tagger and parser left alone because it is longer than {@code maxTokens}. */
  public static List<String> oversizedSentences(Annotation doc, int maxTokens) {
    List<String> warnings = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (int i = 0; i < sentences.size(); i++) {
      int n = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class).size();
      if (n > maxTokens) {
        warnings.add("sentence " + i + " has " + n + " tokens, over the limit of " + maxTokens + ": not tagged or parsed");
      }
    }
    return warnings;
  }

  /** The settings, as a stable string: part of the annotation cache key. */
  public String signature() {
    return new java.util.TreeMap<>(properties).toString();
  }
}
