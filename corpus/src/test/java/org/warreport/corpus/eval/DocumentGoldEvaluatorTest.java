package org.warreport.corpus.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expected lines below are what shared/tools/totals_score.py prints for the sets of src/test/resources/eval/docgold
 * (texts written for these tests): each set holds a trap of the scorer's own, kept here on purpose.
 */
class DocumentGoldEvaluatorTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(DocumentGoldEvaluatorTest.class.getResource("/eval/docgold/" + name).toURI());
    }

    private static DocumentGoldReport report(String set) throws Exception {
        return DocumentGoldEvaluator.evaluate(fixture(set + "-output.jsonl"), fixture(set + ".jsonl"));
    }

    @Test
    void wadSetPrintsTheScorersLine() throws Exception {
        assertEquals("{\"set\": \"wad\", \"docs\": 6, \"missing\": 1, \"deaths\": 0.5, \"deaths_n\": 6, "
                + "\"injured\": 0.6, \"injured_n\": 5, \"deaths_syria\": 0.0, \"deaths_syria_n\": 1, "
                + "\"country\": 0.667, \"country_n\": 6, \"region\": 0.8, \"region_n\": 5}\n",
                report("wad").renderLikeScorer());
    }

    @Test
    void fakesSetPrintsTheScorersLine() throws Exception {
        assertEquals("{\"set\": \"fakes\", \"docs\": 4, \"missing\": 1, \"lead_killed\": 0.5, \"lead_killed_n\": 4, "
                + "\"totals_killed\": 0.25, \"totals_killed_n\": 4, \"lead_civilians\": 0.75, \"lead_civilians_n\": 4, "
                + "\"governorate\": 0.75, \"governorate_n\": 4, \"attacker\": 0.75, \"attacker_n\": 4}\n",
                report("fakes").renderLikeScorer());
    }

    @Test
    void wikiSetPrintsTheScorersLine() throws Exception {
        assertEquals("{\"set\": \"wiki\", \"docs\": 4, \"missing\": 1, \"deaths\": 0.5, \"deaths_n\": 4, "
                + "\"deaths_stated\": 0.333, \"deaths_stated_n\": 3, \"injured\": 0.75, \"injured_n\": 4, "
                + "\"perpetrator\": 0.5, \"perpetrator_n\": 2}\n", report("wiki").renderLikeScorer());
    }

    @Test
    void wadFiguresCountWhatTheScorerCounts() throws Exception {
        DocumentGoldReport r = report("wad");
        // the second wad-0001 line is ignored (first line of an id wins); wad-0099 is not in the set
        assertEquals(6, r.docs());
        // wad-0003 is an error line: present, with no events, so its zero deaths and injured are right
        assertEquals(1, r.missing());
        assertEquals(List.of("wad-0002", "wad-0004", "wad-0007"), ids(r.figure("deaths")));
        assertEquals(3, r.figure("deaths").right());
        assertEquals(0.5, r.figure("deaths").accuracy());
        // injured: null gold is not judged; region: a blank region is not judged
        assertEquals(5, r.figure("injured").judged());
        assertEquals(List.of("wad-0004", "wad-0005"), ids(r.figure("injured")));
        assertEquals(5, r.figure("region").judged());
        // float 2.0 equals gold 2, as in Python; "Borno State" folds to "Borno", "Al Hasakah Governorate" to "Al-Hasakah"
        assertEquals(new FigureMiss("wad-0003", "no place", "Djugu / Ituri / COD",
                "Militiamen set fire to homes in two hamlets near Djugu; nobody was reported hurt."),
                r.figure("region").misses().get(0));
        assertEquals(List.of("wad-0003", "wad-0004"), ids(r.figure("country")));
        assertEquals("Imphal /    / IND", r.figure("country").misses().get(1).gold());
        assertEquals(new FigureMiss("wad-0002", "11", "12",
                "A mine under the road left at least 11 soldiers dead outside Tal Tamr, a war monitor reported."),
                r.figure("deaths_syria").misses().get(0));
        assertNull(r.figure("lead_killed"));
    }

    @Test
    void fakesFiguresReadTheLeadIncident() throws Exception {
        DocumentGoldReport r = report("fakes");
        // fakes-101: the lead incident's 9 (not the totals' 13); fakes-102: no lead, so the totals stand in
        assertEquals(List.of("fakes-103", "fakes-104"), ids(r.figure("lead_killed")));
        assertEquals(List.of("fakes-101", "fakes-103", "fakes-104"), ids(r.figure("totals_killed")));
        // fakes-103: no place among the lead incident's events, so the first of all events (Hama)
        assertEquals(List.of(new FigureMiss("fakes-104", "no place", "daraa",
                "A boy was killed by a sniper in Daraa, his family told reporters.")), r.figure("governorate").misses());
        // The scorer's table finds "syrian army" inside "free syrian army" before it tries the opposition words.
        FigureMiss attacker = r.figure("attacker").misses().get(0);
        assertEquals("fakes-102", attacker.docId());
        assertEquals("syrian government or russian troops", attacker.system());
        assertEquals("armed opposition groups", attacker.gold());
        assertEquals(3, r.figure("attacker").right()); // a missing document reads as "unknown", as fakes-104's gold
    }

    @Test
    void wikiStatedDeathsAndPerpetrator() throws Exception {
        DocumentGoldReport r = report("wiki");
        // 23 as digits, "Seven" as a word in any case, "1,500" with its comma; "a dozen" is not 12 stated
        assertEquals(3, r.figure("deaths_stated").judged());
        assertEquals(List.of("wiki-2", "wiki-3"), ids(r.figure("deaths_stated")));
        // "Unknown raiders" and "" are not judged; "IS militants" is not "Islamic State"
        assertEquals(List.of(new FigureMiss("wiki-4", "False", "True",
                "A dozen pilgrims died when their convoy was ambushed.")), r.figure("perpetrator").misses());
    }

    @Test
    void perRuleCountsDocumentsRightAndWrongOnTheMainFigure() throws Exception {
        DocumentGoldReport r = report("wad");
        assertEquals("deaths", r.mainFigure());
        // casualty.killings_since sits on an aggregate event of no incident: not counted in the totals, not listed
        assertEquals(Map.of("casualty.count_died", new RuleDocuments(1, 0),
                "casualty.left_dead", new RuleDocuments(0, 1),
                "casualty.shot_dead_count", new RuleDocuments(1, 2),
                "place.near_town", new RuleDocuments(2, 0)), r.perRule());
        assertEquals("""

                ## per rule: documents whose counted events carry the rule, deaths right and wrong
                rule                      right  wrong  share right
                casualty.count_died           1      0        1.000
                casualty.left_dead            0      1        0.000
                casualty.shot_dead_count      1      2        0.333
                place.near_town               2      0        1.000
                """, r.renderPerRule());
    }

    @Test
    void perRuleOfFakesReadsTheLeadIncidentsEvents() throws Exception {
        DocumentGoldReport r = report("fakes");
        assertEquals("lead_killed", r.mainFigure());
        // casualty.car_bomb_killed and attacker.jets_struck belong to events outside the lead incident
        assertEquals(Map.of("attacker.barrel_bombs", new RuleDocuments(1, 0),
                "attacker.subject", new RuleDocuments(0, 1),
                "casualty.count_died", new RuleDocuments(1, 0),
                "casualty.fell_in_clashes", new RuleDocuments(0, 1),
                "casualty.killing_count", new RuleDocuments(1, 0)), r.perRule());
    }

    @Test
    void findingsShowTheFirstMissesByIdWithTheirText() throws Exception {
        assertEquals("""

                ## deaths: 2 misses; 1 shown (system / gold)
                - wiki-2: system 6 / gold 7
                  Raiders shot Seven herders overnight at a well in the north.

                ## deaths_stated: 2 misses; 1 shown (system / gold)
                - wiki-2: system 6 / gold 7
                  Raiders shot Seven herders overnight at a well in the north.

                ## injured: 1 misses; 1 shown (system / gold)
                - wiki-1: system 35 / gold 40
                  A lorry bomb outside the provincial council killed 23 people and hurt 40; the Taliban said they planted it.

                ## perpetrator: 1 misses; 1 shown (system / gold)
                - wiki-4: system False / gold True
                  A dozen pilgrims died when their convoy was ambushed.
                """, report("wiki").renderFindings(1));
        assertEquals("", report("wiki").renderFindings(0));
        assertTrue(report("wad").renderFindings(Integer.MAX_VALUE).contains("## deaths: 3 misses; 3 shown"));
    }

    @Test
    void findingsCutTheTextAt600Characters(@TempDir Path tmp) throws Exception {
        String text = "\u00e9".repeat(599) + "xyz"; // code points, not bytes
        Path set = write(tmp, "set.jsonl", "{\"id\": \"wad-1\", \"text\": \"" + text + "\", \"gold\": {\"deaths\": 1, "
                + "\"injured\": null, \"country\": \"MLI\", \"region\": \"\", \"locality\": \"\"}}\n");
        Path out = write(tmp, "out.jsonl", "{\"doc_id\": \"wad-1\"}\n");
        String shown = DocumentGoldEvaluator.evaluate(out, set).renderFindings(1);
        assertTrue(shown.contains("\n  " + "\u00e9".repeat(599) + "x\n"), shown);
    }

    @Test
    void aSetOfAnotherKindGetsOnlyItsCounts(@TempDir Path tmp) throws Exception {
        Path set = write(tmp, "set.jsonl", "{\"id\": \"r\u00e9gion-7\", \"text\": \"t\", \"gold\": {}}\n");
        Path out = write(tmp, "out.jsonl", "");
        DocumentGoldReport r = DocumentGoldEvaluator.evaluate(out, set);
        assertEquals("{\"set\": \"r\\u00e9gion\", \"docs\": 1, \"missing\": 1}\n", r.renderLikeScorer());
        assertEquals("\n## per rule: a set of kind \"r\\u00e9gion\" has no figure to judge rules by\n", r.renderPerRule());
    }

    @Test
    void aSetLineThatIsNotJsonNamesFileAndLine(@TempDir Path tmp) throws Exception {
        Path set = write(tmp, "set.jsonl", WAD_LINE + "{\"id\": \"wad-2\", \"text\": \n");
        IOException e = assertThrows(IOException.class, () -> DocumentGoldEvaluator.evaluate(emptyOutput(tmp), set));
        assertTrue(e.getMessage().startsWith(set + ":2: not JSON: "), e.getMessage());
    }

    @Test
    void aSetLineWithoutIdOrGoldNamesFileAndLine(@TempDir Path tmp) throws Exception {
        Path noId = write(tmp, "a.jsonl", WAD_LINE + "\n{\"text\": \"t\", \"gold\": {}}\n");
        assertEquals(noId + ":3: no \"id\"", failure(emptyOutput(tmp), noId));
        Path noGold = write(tmp, "b.jsonl", "{\"id\": \"wad-1\", \"text\": \"t\"}\n");
        assertEquals(noGold + ":1: no \"gold\"", failure(emptyOutput(tmp), noGold));
        Path list = write(tmp, "c.jsonl", "[1, 2]\n");
        assertTrue(failure(emptyOutput(tmp), list).startsWith(list + ":1: not a set document"));
    }

    @Test
    void goldWithoutAFieldOfItsKindNamesFileAndLine(@TempDir Path tmp) throws Exception {
        Path set = write(tmp, "set.jsonl", WAD_LINE + "{\"id\": \"wad-2\", \"text\": \"t\", \"gold\": {\"deaths\": 3}}\n");
        assertEquals(set + ":2: gold has no \"injured\" (the gold of a wad set has deaths, injured, country, region, "
                + "locality)", failure(emptyOutput(tmp), set));
        Path typed = write(tmp, "typed.jsonl", "{\"id\": \"fakes-9\", \"text\": \"t\", \"gold\": {\"nb_civilians\": 2.5, "
                + "\"nb_noncivilians\": 0, \"location\": \"homs\", \"actor\": \"unknown\"}}\n");
        assertEquals(typed + ":1: gold \"nb_civilians\" must be a whole number, not 2.5", failure(emptyOutput(tmp), typed));
    }

    @Test
    void anOutputLineWithoutDocIdOrNotJsonNamesFileAndLine(@TempDir Path tmp) throws Exception {
        Path set = write(tmp, "set.jsonl", WAD_LINE);
        Path noId = write(tmp, "out1.jsonl", "{\"doc_id\": \"wad-1\"}\n{\"events\": []}\n");
        assertEquals(noId + ":2: not a document: no doc_id", failure(noId, set));
        Path broken = write(tmp, "out2.jsonl", "\n\n{\"doc_id\": \"wad-1\"\n");
        assertTrue(failure(broken, set).startsWith(broken + ":3: not JSON: "), failure(broken, set));
    }

    @Test
    void bytesThatAreNotUtf8NameFileAndLine(@TempDir Path tmp) throws Exception {
        Path set = write(tmp, "set.jsonl", WAD_LINE);
        Path out = tmp.resolve("out.jsonl");
        byte[] first = "{\"doc_id\": \"wad-1\"}\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'"', (byte) 0xff, '"', '\n'};
        byte[] both = new byte[first.length + bad.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(bad, 0, both, first.length, bad.length);
        Files.write(out, both);
        assertEquals(out + ":2: not UTF-8", failure(out, set));
    }

    @Test
    void anEmptySetIsRefused(@TempDir Path tmp) throws Exception {
        Path set = write(tmp, "set.jsonl", "\n");
        assertEquals(set + ": no documents", failure(emptyOutput(tmp), set));
    }

    @Test
    void errorLinesAndDocumentsAlreadyReadScoreAlike(@TempDir Path tmp) throws Exception {
        Path set = write(tmp, "set.jsonl", WAD_LINE);
        Path out = write(tmp, "out.jsonl", "{\"doc_id\": \"wad-1\", \"error\": \"not UTF-8\"}\n");
        DocumentGoldReport fromFile = DocumentGoldEvaluator.evaluate(out, set);
        assertEquals(0, fromFile.missing());
        assertEquals(1, fromFile.figure("deaths").right()); // gold 0 deaths, and an error line reads as 0
        DocumentGoldReport fromList = DocumentGoldEvaluator.evaluate(
                List.of(new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(out))), set);
        assertEquals(fromFile, fromList);
    }

    private static final String WAD_LINE = "{\"id\": \"wad-1\", \"text\": \"t\", \"gold\": {\"deaths\": 0, "
            + "\"injured\": null, \"country\": \"PER\", \"region\": \"Puno\", \"locality\": \"Juli\"}}\n";

    private static List<String> ids(FigureScore f) {
        return f.misses().stream().map(FigureMiss::docId).toList();
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Path emptyOutput(Path dir) throws IOException {
        return write(dir, "empty-output.jsonl", "");
    }

    private static String failure(Path output, Path set) {
        return assertThrows(IOException.class, () -> DocumentGoldEvaluator.evaluate(output, set)).getMessage();
    }
}
