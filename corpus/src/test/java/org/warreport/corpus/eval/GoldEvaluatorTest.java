package org.warreport.corpus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected strings below are what shared/tools/score.py prints for the fixtures in src/test/resources/eval. */
class GoldEvaluatorTest {

    private static final String EXPECTED_TEXT = """
            miss  100-02 source wrong
            miss  101 totals.killed 10 {'civilian': 10} != 7 {'civilian': 7}
            miss  101-01 source wrong
            miss  101-01 scope wrong
            miss  101-01 date wrong
            miss  101-02 killed {'value': 3, 'qualifier': 'exact'} «3 children were among the dead»
            extra 100 killed 12 «KORSK, Veldra (Wire) - Militia fighters attacked an army post outside Korsk on Monday nigh»
            extra 100 killed 40000 «Korsk is home to some 40,000 people.»
            extra 101 injured 3 «Rescuers said 3 children were among the dead.»
            {"victim_side": 1.0, "attacker": 1.0, "location": 1.0, "source": 0.667, "scope": 0.833, \
            "qualifier": 1.0, "date": 0.5} totals.killed right: 0.5
            count P=0.667 R=0.857 F1=0.750 (tp=6 fp=3 fn=1, optional matched=2)
            """;

    private static final String EXPECTED_JSON = "{\"tp\": 6, \"fp\": 3, \"fn\": 1, \"optional_tp\": 2, "
            + "\"precision\": 0.667, \"recall\": 0.857, \"f1\": 0.75, \"totals\": 0.5, \"slots\": "
            + "{\"victim_side\": 1.0, \"attacker\": 1.0, \"location\": 1.0, \"source\": 0.667, \"scope\": 0.833, "
            + "\"qualifier\": 1.0, \"date\": 0.5}}\n";

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(GoldEvaluatorTest.class.getResource("/eval/" + name).toURI());
    }

    private static EvaluationReport fixtureReport() throws Exception {
        return GoldEvaluator.evaluate(fixture("system.jsonl"), fixture("gold"), fixture("texts"));
    }

    @Test
    void printsWhatTheReferenceScorerPrints() throws Exception {
        assertEquals(EXPECTED_TEXT, fixtureReport().renderLikeScorer());
    }

    @Test
    void printsWhatTheReferenceScorerPrintsWithJson() throws Exception {
        assertEquals(EXPECTED_JSON, fixtureReport().renderJsonLikeScorer());
    }

    @Test
    void exposesTheFiguresUnrounded() throws Exception {
        EvaluationReport r = fixtureReport();
        assertEquals(6, r.tp());
        assertEquals(3, r.fp());
        assertEquals(1, r.fn());
        assertEquals(2, r.optionalTp());
        assertEquals(6.0 / 9, r.precision());
        assertEquals(6.0 / 7, r.recall());
        assertEquals(1, r.totalsRight());
        assertEquals(2, r.totalsJudged());
        assertEquals(List.copyOf(EvaluationReport.SLOTS), List.copyOf(r.slotAccuracy().keySet()));
        assertEquals(2.0 / 3, r.slotAccuracy().get("source"));
        assertEquals(5.0 / 6, r.slotAccuracy().get("scope"));
        assertEquals(6, r.misses().size());
        assertEquals(3, r.extras().size());
    }

    @Test
    void listOverloadGivesTheSameReport() throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> docs = new ArrayList<>();
        for (String line : Files.readAllLines(fixture("system.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                docs.add(m.readTree(line));
            }
        }
        EvaluationReport r = GoldEvaluator.evaluate(docs, fixture("gold"), fixture("texts"));
        assertEquals(EXPECTED_TEXT, r.renderLikeScorer());
        assertEquals(fixtureReport(), r);
    }

    @Test
    void creditsEachRule() throws Exception {
        Map<String, RuleFigures> rules = fixtureReport().perRule();
        assertEquals(List.of("attacker.air-strike", "attacker.subject", "casualty.displaced-vague",
                "casualty.injured-count", "casualty.killed-count", "casualty.people-count", "damage.count",
                "location.in-place", "source.trailing-said", "territory.seized"), List.copyOf(rules.keySet()));
        assertEquals(new RuleFigures(4, 1), rules.get("casualty.killed-count"));
        assertEquals(new RuleFigures(1, 1), rules.get("casualty.injured-count"));
        assertEquals(new RuleFigures(0, 1), rules.get("casualty.people-count"));
        assertEquals(new RuleFigures(2, 0), rules.get("attacker.subject"));
        assertEquals(new RuleFigures(1, 0), rules.get("territory.seized"));
        assertEquals("""
                rule                      right  wrong  precision
                attacker.air-strike           2      0      1.000
                attacker.subject              2      0      1.000
                casualty.displaced-vague      1      0      1.000
                casualty.injured-count        1      1      0.500
                casualty.killed-count         4      1      0.800
                casualty.people-count         0      1      0.000
                damage.count                  1      0      1.000
                location.in-place             1      0      1.000
                source.trailing-said          1      0      1.000
                territory.seized              1      0      1.000
                """, fixtureReport().renderPerRule());
    }

    @Test
    void listsMissesAndExtrasWithTheirSentences() throws Exception {
        EvaluationReport r = fixtureReport();
        assertEquals(List.of(new Finding("101_bravo", "101-02", "killed", "3 children were among the dead", List.of())),
                r.missedFacts());
        assertEquals(3, r.extraFacts().size());
        Finding dup = r.extraFacts().get(0);
        assertEquals("e2", dup.id());
        assertEquals(List.of("casualty.killed-count"), dup.rules());
        assertTrue(dup.text().startsWith("KORSK, Veldra") && dup.text().endsWith("Human Rights said."), dup.text());
        // sentence offsets count code points as score.py does: the headline's emoji is one, not two
        assertEquals(new Finding("101_bravo", "e2", "injured", "Rescuers said 3 children were among the dead.",
                List.of("casualty.injured-count")), r.extraFacts().get(2));
    }

    @Test
    void malformedLineNamesFileAndLine() {
        IOException e = assertThrows(IOException.class,
                () -> GoldEvaluator.evaluate(fixture("malformed.jsonl"), fixture("gold"), fixture("texts")));
        assertTrue(e.getMessage().startsWith("malformed.jsonl:3: not JSON: "), e.getMessage());
    }

    @Test
    void malformedGoldFileNamesFileAndLine(@TempDir Path tmp) throws Exception {
        Path gold = Files.createDirectory(tmp.resolve("gold"));
        Files.writeString(gold.resolve("bad.json"), "{\n \"doc_id\": \"x\",\n \"facts\": [,]\n}\n");
        IOException e = assertThrows(IOException.class,
                () -> GoldEvaluator.evaluate(fixture("system.jsonl"), gold, fixture("texts")));
        assertTrue(e.getMessage().startsWith("bad.json:3: not JSON: "), e.getMessage());
    }

    @Test
    void emptyInputScoresZeroLikeTheScorer(@TempDir Path tmp) throws Exception {
        Path gold = Files.createDirectory(tmp.resolve("gold"));
        EvaluationReport r = GoldEvaluator.evaluate(List.of(), gold, tmp);
        assertNull(r.totalsAccuracy());
        assertEquals("{\"victim_side\": null, \"attacker\": null, \"location\": null, \"source\": null, "
                + "\"scope\": null, \"qualifier\": null, \"date\": null} totals.killed right: None\n"
                + "count P=0.000 R=0.000 F1=0.000 (tp=0 fp=0 fn=0, optional matched=0)\n", r.renderLikeScorer());
    }

    @Test
    void pythonNumberFormatting() {
        assertEquals("0.062", Py.fmt3(0.0625));
        assertEquals("0.667", Py.jsonRound3(2.0 / 3));
        assertEquals("1.0", Py.jsonRound3(1.0));
        assertEquals("0.0", Py.jsonRound3(0.0));
        assertEquals("0.062", Py.jsonRound3(1.0 / 16));
        assertEquals("1e+16", Py.floatRepr(1e16));
        assertEquals("1000000000000000.0", Py.floatRepr(1e15));
        assertEquals("1e-05", Py.floatRepr(0.00001));
        assertEquals("0.0001", Py.floatRepr(0.0001));
        assertEquals("1e+23", Py.floatRepr(1e23));
        assertEquals("{'a': None, \"it's\": [1, 2.5, True]}",
                Py.repr(new ObjectMapper().createObjectNode().putNull("a")
                        .set("it's", new ObjectMapper().createArrayNode().add(1).add(2.5).add(true))));
        assertEquals("cafelumiere", Py.norm("  Café—LUMIÈRE! "));
        assertEquals("cafe lumiere", Py.norm("Café - Lumière"));
    }
}
