package org.warreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The invariants of the public value types: spans, counts, the coded enums, mentions and events. */
class ValueTypesTest {
  private static final String DOC = "Shelling hit the grain depot at dawn.";

  // ---- Span

  @Test
  void spanRejectsANegativeBegin() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(-1, 3));
    assertEquals("bad span [-1, 3)", e.getMessage());
  }

  @Test
  void spanRejectsAnEndBeforeItsBegin() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
    assertEquals("bad span [5, 4)", e.getMessage());
  }

  @Test
  void spanMayBeEmpty() {
    Span s = new Span(4, 4);
    assertEquals(0, s.length());
    assertEquals("", s.textIn(DOC));
  }

  @Test
  void spanReturnsTheTextItCovers() {
    assertEquals("Shelling", new Span(0, 8).textIn(DOC));
    assertEquals("grain depot", new Span(17, 28).textIn(DOC));
    assertEquals(".", new Span(DOC.length() - 1, DOC.length()).textIn(DOC));
    assertEquals(11, new Span(17, 28).length());
  }

  @Test
  void spanPastTheEndOfTheDocumentThrows() {
    IndexOutOfBoundsException e =
        assertThrows(IndexOutOfBoundsException.class, () -> new Span(30, 38).textIn(DOC));
    assertEquals("span [30, 38) past end 37", e.getMessage());
  }

  @Test
  void spanCoversItselfAndWhatIsInside() {
    Span outer = new Span(10, 20);
    assertTrue(outer.covers(outer));
    assertTrue(outer.covers(new Span(12, 20)));
    assertFalse(outer.covers(new Span(9, 15)));
    assertFalse(outer.covers(new Span(15, 21)));
  }

  // ---- Count

  @Test
  void exactlyIsBoundedOnBothSides() {
    assertEquals(new Count(32L, 32L, 32L, Qualifier.EXACT), Count.exactly(32));
  }

  @Test
  void atLeastHasNoUpperBound() {
    assertEquals(new Count(15L, 15L, null, Qualifier.AT_LEAST), Count.atLeast(15));
  }

  @Test
  void moreThanStartsOneAboveItsNumber() {
    Count c = Count.moreThan(550);
    assertEquals(550L, c.value());
    assertEquals(551L, c.low());
    assertNull(c.high());
    assertEquals(Qualifier.MORE_THAN, c.qualifier());
  }

  @Test
  void nearlyIsAnUpperBoundOnly() {
    Count c = Count.nearly(80);
    assertEquals(80L, c.value());
    assertNull(c.low());
    assertEquals(80L, c.high());
    assertEquals(Qualifier.NEARLY, c.qualifier());
  }

  @Test
  void aboutHasNoBounds() {
    assertEquals(new Count(200L, null, null, Qualifier.ABOUT), Count.about(200));
  }

  @Test
  void vagueHasBoundsButNoValue() {
    Count c = Count.vague(24, 99L);
    assertNull(c.value());
    assertEquals(24L, c.low());
    assertEquals(99L, c.high());
    assertEquals(Qualifier.VAGUE, c.qualifier());
    assertNull(Count.vague(10_000, null).high());
  }

  @Test
  void countWithoutValueMustBeVague() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Count(null, 3L, 3L, Qualifier.EXACT));
    assertEquals("a count has no value exactly when it is vague: null EXACT", e.getMessage());
  }

  @Test
  void vagueCountMustNotHaveAValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Count(40L, 24L, 99L, Qualifier.VAGUE));
    assertEquals("a count has no value exactly when it is vague: 40 VAGUE", e.getMessage());
  }

  @Test
  void countRejectsALowAboveItsHigh() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Count(50L, 60L, 40L, Qualifier.ABOUT));
    assertEquals("low 60 above high 40", e.getMessage());
  }

  @Test
  void countNeedsAQualifier() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Count(5L, 5L, 5L, null));
    assertEquals("qualifier is required", e.getMessage());
  }

  @Test
  void admitsFollowsTheBounds() {
    assertTrue(Count.exactly(7).admits(7));
    assertFalse(Count.exactly(7).admits(8));

    Count moreThan = Count.moreThan(550);
    assertFalse(moreThan.admits(550));
    assertTrue(moreThan.admits(551));
    assertTrue(moreThan.admits(1_000_000_000L));

    Count nearly = Count.nearly(80);
    assertTrue(nearly.admits(0));
    assertTrue(nearly.admits(80));
    assertFalse(nearly.admits(81));

    Count dozens = Count.vague(24, 99L);
    assertFalse(dozens.admits(23));
    assertTrue(dozens.admits(24));
    assertTrue(dozens.admits(99));
    assertFalse(dozens.admits(100));

    assertTrue(Count.about(200).admits(1));
    assertTrue(Count.about(200).admits(5_000));
  }

  // ---- coded enums

  static Stream<Arguments> everyCodedConstant() {
    return Stream.of(
        codes(Qualifier.values(), Qualifier::code, Qualifier::fromCode),
        codes(Side.values(), Side::code, Side::fromCode),
        codes(EventType.values(), EventType::code, EventType::fromCode),
        codes(Scope.values(), Scope::code, Scope::fromCode),
        codes(Precision.values(), Precision::code, Precision::fromCode),
        codes(SourceKind.values(), SourceKind::code, SourceKind::fromCode),
        codes(OutcomeKind.values(), OutcomeKind::code, OutcomeKind::fromCode),
        codes(RuleKind.values(), RuleKind::code, RuleKind::fromCode))
        .flatMap(s -> s);
  }

  private static <E extends Enum<E>> Stream<Arguments> codes(E[] values, Function<E, String> code,
                                                             Function<String, E> fromCode) {
    return Stream.of(values).map(v -> Arguments.of(v, code.apply(v), fromCode.apply(code.apply(v))));
  }

  @ParameterizedTest(name = "{0} <-> {1}")
  @MethodSource("everyCodedConstant")
  void codeIsTheLowerCaseNameAndParsesBack(Enum<?> constant, String code, Enum<?> parsed) {
    assertEquals(constant.name().toLowerCase(Locale.ROOT), code);
    assertSame(constant, parsed);
  }

  @Test
  void someCodesAsTheContractSpellsThem() {
    assertEquals("at_least", Qualifier.AT_LEAST.code());
    assertEquals("more_than", Qualifier.MORE_THAN.code());
    assertEquals("air_strike", EventType.AIR_STRIKE.code());
    assertEquals("territory_seized", EventType.TERRITORY_SEIZED.code());
    assertEquals("state_media", SourceKind.STATE_MEDIA.code());
    assertEquals("armed_group", SourceKind.ARMED_GROUP.code());
  }

  @Test
  void unknownCodesAreRefusedNamingTheAcceptedOnes() {
    assertEquals("unknown qualifier 'roughly', expected one of [exact, at_least, more_than, nearly, about, vague]",
        assertThrows(IllegalArgumentException.class, () -> Qualifier.fromCode("roughly")).getMessage());
    assertEquals("unknown side 'rebels', expected one of [government, opposition, civilian, unknown]",
        assertThrows(IllegalArgumentException.class, () -> Side.fromCode("rebels")).getMessage());
    assertEquals("unknown event type 'raid', expected one of [clash, air_strike, shelling, attack, bombing, "
            + "territory_seized, displacement, damage, other]",
        assertThrows(IllegalArgumentException.class, () -> EventType.fromCode("raid")).getMessage());
    assertEquals("unknown scope 'total', expected one of [incident, aggregate]",
        assertThrows(IllegalArgumentException.class, () -> Scope.fromCode("total")).getMessage());
    assertEquals("unknown precision 'city', expected one of [place, district, governorate, region, country]",
        assertThrows(IllegalArgumentException.class, () -> Precision.fromCode("city")).getMessage());
    assertEquals("unknown source kind 'blog', expected one of [monitor, un, state_media, government, armed_group, "
            + "ngo, media, other]",
        assertThrows(IllegalArgumentException.class, () -> SourceKind.fromCode("blog")).getMessage());
    assertEquals("unknown outcome 'slain', expected one of [killed, injured, displaced, damaged, captured, missing]",
        assertThrows(IllegalArgumentException.class, () -> OutcomeKind.fromCode("slain")).getMessage());
    assertEquals("unknown rule kind 'toll', expected one of [outcome, subset, conjunct, exclude, scope, type, "
            + "attacker, attack, source, place, date, separate, update]",
        assertThrows(IllegalArgumentException.class, () -> RuleKind.fromCode("toll")).getMessage());
  }

  @Test
  void codesAreCaseSensitive() {
    assertThrows(IllegalArgumentException.class, () -> Side.fromCode("CIVILIAN"));
    assertThrows(IllegalArgumentException.class, () -> Qualifier.fromCode("At_Least"));
    assertThrows(IllegalArgumentException.class, () -> Scope.fromCode(""));
  }

  // ---- TextMention and Event

  @Test
  void textMentionMustFitItsSpan() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TextMention("depot", new Span(17, 28)));
    assertEquals("text 'depot' does not fit span Span[begin=17, end=28]", e.getMessage());
  }

  @Test
  void textMentionOfReadsTheDocument() {
    TextMention m = TextMention.of(DOC, new Span(23, 28));
    assertEquals("depot", m.text());
    assertEquals(new Span(23, 28), m.span());
    assertThrows(IndexOutOfBoundsException.class, () -> TextMention.of(DOC, new Span(30, 40)));
  }

  @Test
  void eventNeedsAtLeastOneRuleId() {
    TextMention trigger = TextMention.of(DOC, new Span(0, 8));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Event("e4", EventType.SHELLING, Scope.INCIDENT, 0, new Span(0, DOC.length()), trigger,
            List.of(), null, List.of(), null, null, List.of()));
    assertEquals("event e4 has no rule id", e.getMessage());
  }

  @Test
  void eventCopiesItsLists() {
    TextMention trigger = TextMention.of(DOC, new Span(0, 8));
    List<String> rules = new java.util.ArrayList<>(List.of("type.shelling"));
    Event e = new Event("e1", EventType.SHELLING, Scope.INCIDENT, 0, new Span(0, DOC.length()), trigger,
        List.of(), null, List.of(), null, null, rules);
    rules.add("later.addition");
    assertEquals(List.of("type.shelling"), e.rules());
    assertThrows(UnsupportedOperationException.class, () -> e.rules().add("x"));
  }

  // ---- slot rules

  @Test
  void everySlotNamesTheRuleThatFilledIt() {
    TextMention depot = TextMention.of(DOC, new Span(23, 28));
    for (String blank : java.util.Arrays.asList(null, "", " ")) {
      assertEquals("count without the rule that filled it", assertThrows(IllegalArgumentException.class,
          () -> new CountMention(Count.exactly(1), depot, blank)).getMessage());
      assertThrows(IllegalArgumentException.class, () -> new Victim("people", Side.UNKNOWN, null, blank));
      assertThrows(IllegalArgumentException.class, () -> new Attacker(depot, List.of("Ridge Brigade"),
          List.of(ActorType.MILITIA), Basis.STATED, blank));
      assertThrows(IllegalArgumentException.class,
          () -> new Location(depot, "depot", Precision.PLACE, null, null, null, null, blank));
      assertThrows(IllegalArgumentException.class, () -> new EventDate(depot, java.time.LocalDate.EPOCH, blank));
      assertThrows(IllegalArgumentException.class, () -> new Source(depot, "x", SourceKind.OTHER, "said", blank));
    }
    Location place = new Location(depot, "depot", Precision.PLACE, null, null, null, null, "place.x");
    assertEquals(Provenance.CARRIED, place.withRule(Provenance.CARRIED).rule());
    assertEquals("place.x", place.rule());
  }

  @Test
  void provenanceIdsAreNoRuleIds() {
    for (String id : Provenance.IDS) {
      assertFalse(Provenance.isRule(id), id);
    }
    assertTrue(Provenance.isRule("casualty.killed_count_victim"));
    assertTrue(Provenance.isRule("engines.x"));
  }

  @Test
  void anEventListsTheRuleOfEverySlotAmongItsRules() {
    TextMention trigger = TextMention.of(DOC, new Span(0, 8));
    TextMention depot = TextMention.of(DOC, new Span(23, 28));
    Outcome hit = new Outcome("e1.o1", OutcomeKind.DAMAGED, new CountMention(Count.exactly(1), depot, "damage.hit"),
        new Victim("facilities", Side.CIVILIAN, depot, "damage.hit"), null);
    Location carried = new Location(depot, "depot", Precision.PLACE, null, null, null, null, Provenance.CARRIED);
    Event e = new Event("e1", EventType.SHELLING, Scope.INCIDENT, 0, new Span(0, DOC.length()), trigger,
        List.of(hit), null, List.of(carried), null, null, List.of("damage.hit"));
    assertEquals(List.of("damage.hit", "damage.hit", "carried"), e.slotRules());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> new Event("e2", EventType.SHELLING, Scope.INCIDENT, 0, new Span(0, DOC.length()), trigger,
            List.of(hit), null, List.of(carried.withRule("place.at_dawn")), null, null, List.of("damage.hit")));
    assertEquals("event e2: a slot filled by place.at_dawn that is not among its rules [damage.hit]",
        missing.getMessage());
  }
}
