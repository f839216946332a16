package org.warreport.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
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

  private final StanfordCoreNLP corenlp;
  private final Properties properties;

  private NlpPipeline(Properties properties) {
    this.properties = properties;
    this.corenlp = new StanfordCoreNLP(properties);
  }

  /**
   * The settings chosen by measurement: fine-grained NER off (it halves speed and its KBP gazetteer mis-tags
   * Syrian names anyway: our lexicons do that job); SUTime on (without it "two dozen" reads as 2).
   * {@code maxSentenceTokens} bounds the parser's work on run-on "sentences" such as tables.
   */
  public static Properties defaultProperties(int maxSentenceTokens) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "true");
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

  public Annotation annotate(String text, LocalDate date) {
    Annotation doc = new Annotation(text);
    if (date != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    }
    corenlp.annotate(doc);
    return doc;
  }

  /** A warning for each sentence the tagger and parser left alone because it is longer than {@code maxTokens}. */
  public static java.util.List<String> oversizedSentences(Annotation doc, int maxTokens) {
    java.util.List<String> warnings = new java.util.ArrayList<>();
    java.util.List<edu.stanford.nlp.util.CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
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
