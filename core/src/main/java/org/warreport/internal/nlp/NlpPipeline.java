package org.warreport.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CoreNLP pipeline the rules read: tokens, sentences, POS, lemmas, NER (coarse, with SUTime for "two dozen"
 * and dates) and enhanced++ dependencies. One instance per settings per JVM; {@link #annotate} is thread-safe
 * (CoreNLP's pipeline is designed to be shared; measured in ../shared/notes/corenlp-facts.md §2).
 */
public final class NlpPipeline {
  private static final Map<Properties, NlpPipeline> SHARED = new ConcurrentHashMap<>();

  // The annotators split in two, so that screened-out sentences stop after lemmas (CoreNLP's global annotator cache
  // gives both halves the very models of the whole, so they cost no memory or load time).
  private final StanfordCoreNLP tagging;
  private final StanfordCoreNLP nerAndParsing;
  private final Properties properties;

  private NlpPipeline(Properties properties) {
    this.properties = properties;
    Properties tag = new Properties();
    tag.putAll(properties);
    tag.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    this.tagging = new StanfordCoreNLP(tag);
    Properties rest = new Properties();
    rest.putAll(properties);
    rest.setProperty("annotators", "ner,depparse");
    rest.setProperty("enforceRequirements", "false");
    this.nerAndParsing = new StanfordCoreNLP(rest, false);
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

  /**
   * Every annotator on every sentence, as plain CoreNLP does, up to {@code maxSentences}: the sentences after those
   * keep their tokens, POS and lemmas and get no NER or graph.
   */
  public Annotation annotate(String text, LocalDate date, int maxSentences) {
    Annotation doc = newDocument(text, date);
    tagging.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    annotateFurther(doc, text, date, sentences.subList(0, Math.min(sentences.size(), maxSentences)));
    return doc;
  }

  /**
   * Tags every sentence, then runs NER and the parser only on sentences that hold a number or one of {@code cues}
   * (lower-case words or lemmas): the others cannot hold a toll or an attribution, and those two annotators are
   * most of CoreNLP's time. A screened-out sentence keeps its tokens, POS and lemmas and has no NER or graph.
   */
  public Annotation annotate(String text, LocalDate date, Set<String> cues, int maxSentences) {
    Annotation doc = newDocument(text, date);
    tagging.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> worth = new ArrayList<>();
    for (CoreMap sentence : sentences.subList(0, Math.min(sentences.size(), maxSentences))) {
      if (mayHoldAnEvent(sentence.get(CoreAnnotations.TokensAnnotation.class), cues)) {
        worth.add(sentence);
      }
    }
    annotateFurther(doc, text, date, worth);
    return doc;
  }

  /** NER and the parser on {@code sentences} of {@code doc} only. */
  private void annotateFurther(Annotation doc, String text, LocalDate date, List<CoreMap> sentences) {
    Annotation part = newDocument(text, date);
    part.set(CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    nerAndParsing.annotate(part);   // the sentence maps are shared: their tokens get NER and they get graphs
  }

  static boolean mayHoldAnEvent(List<CoreLabel> tokens, Set<String> cues) {
    for (CoreLabel t : tokens) {
      if ("CD".equals(t.tag()) || cues.contains(t.word().toLowerCase(Locale.ROOT))
          || t.lemma() != null && cues.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
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
