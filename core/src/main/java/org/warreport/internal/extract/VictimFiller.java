package org.warreport.internal.extract;

import java.util.List;
import org.warreport.Provenance;
import org.warreport.Side;
import org.warreport.TextMention;
import org.warreport.Victim;
import org.warreport.internal.lexicon.Lexicons;
import org.warreport.internal.lexicon.PeopleNouns;

/** Fills each outcome's victim from the rule that claimed its count, with the rule that named it. */
final class VictimFiller {
  private final Lexicons lexicons;

  VictimFiller(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  /**
   * The victim of a claimed mention: the words its rule bound to {@code $victim}, with group and side from the
   * victim and actor lexicons; a part naming none is of its whole's group and side; else people of unknown side.
   */
  Victim victimOf(Mention m, String text) {
    int[] v = m.match.group("victim");
    SentenceView s = m.sentence;
    if (v == null && m.part && m.antecedent != null) {
      Victim whole = victimOf(m.antecedent, text);   // "two children ..., one in ...": a part of the same group
      return new Victim(whole.group(), whole.side(), null, Provenance.VICTIM_OF_WHOLE);
    }
    if (v == null) {
      return new Victim("people", Side.UNKNOWN, null, Provenance.UNNAMED_VICTIM);
    }
    String group = "people";
    Side side = Side.UNKNOWN;
    List<SentenceView.Found<Lexicons.VictimClass>> heads = s.find(lexicons.victims, v[0], v[1]);
    if (!heads.isEmpty()) {
      Lexicons.VictimClass head = heads.get(heads.size() - 1).entry();
      group = head.group();
      side = head.side();
      for (SentenceView.Found<Lexicons.VictimClass> h : heads) {
        if (h.entry().side() != Side.UNKNOWN) {   // "jihadists and Islamist fighters": the named side wins
          side = h.entry().side();
          break;
        }
      }
    }
    if (heads.isEmpty()) {
      for (int t = v[1] - 1; t >= v[0]; t--) {
        if (s.tokens.get(t).get(PeopleNouns.DenotesAnnotation.class) != null) {
          group = s.word(t).toLowerCase(java.util.Locale.ROOT);   // a noun of people the lexicon lacks: "observers"
          break;
        }
      }
    }
    if (side == Side.UNKNOWN || side == null) {
      for (SentenceView.Found<Lexicons.Actor> a : s.find(lexicons.actors, v[0], v[1])) {
        if (a.entry().side() != Side.UNKNOWN) {   // "regime fighters", "pro-government forces"
          side = a.entry().side();
          break;
        }
      }
    }
    java.util.Set<Side> named = java.util.EnumSet.noneOf(Side.class);
    heads.forEach(h -> named.add(h.entry().side()));
    s.find(lexicons.actors, v[0], v[1]).forEach(a -> named.add(a.entry().side()));
    named.remove(Side.UNKNOWN);
    named.remove(null);
    if (named.size() > 1) {
      side = Side.UNKNOWN;   // "40 regime and rebel fighters": of both sides, in no known split
    }
    return new Victim(group, side, TextMention.of(text, s.span(v[0], v[1])), m.match.ruleId());
  }
}
