package org.warreport.corpus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores system JSONL against a set with document-level gold ({"id", "text", "date", "gold"} per line, as the
 * development sets and ACLED/UCDP-style exports are) exactly as shared/tools/totals_score.py does, and counts, per
 * rule, the documents right and wrong on the set's main figure. A malformed line of either file is refused with
 * the file and line number.
 */
public final class DocumentGoldEvaluator {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // json.loads reads NaN and Infinity
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The gold fields each kind of set is scored on (totals_score.py reads these and fails without them). */
    private static final Map<String, List<String>> GOLD_FIELDS = Map.of(
            "wad", List.of("deaths", "injured", "country", "region", "locality"),
            "fakes", List.of("nb_civilians", "nb_noncivilians", "location", "actor"),
            "wiki", List.of("dead", "injured", "perpetrator"));

    /** The figure a rule is judged by, per kind of set: the count each set is mostly about. */
    private static final Map<String, String> MAIN_FIGURE = Map.of("wad", "deaths", "fakes", "lead_killed", "wiki", "deaths");

    private DocumentGoldEvaluator() {
    }

    /** One line of the set: its id, text and gold, and where it stands in its file (for error messages). */
    private record SetDocument(String id, String text, JsonNode gold, String file, int line) {
        String where() {
            return file + ":" + line;
        }

        JsonNode field(String key) {
            return gold.get(key);
        }
    }

    /** Scores a system output file against a set file; later lines of the output replace earlier ones of the same id. */
    public static DocumentGoldReport evaluate(Path systemJsonl, Path setJsonl) throws IOException {
        Map<String, JsonNode> system = new HashMap<>();
        forEachJsonLine(systemJsonl, (d, line) -> {
            String where = systemJsonl + ":" + line;
            if (!d.isObject()) {
                throw new IOException(where + ": not a document: a JSON object with a doc_id was expected");
            }
            if (!d.has("doc_id")) {
                throw new IOException(where + ": not a document: no doc_id");
            }
            put(system, d);
        });
        return score(system, readSet(setJsonl));
    }

    /** Scores system documents already read (an error line counts as a document without events). */
    public static DocumentGoldReport evaluate(List<JsonNode> systemDocs, Path setJsonl) throws IOException {
        Map<String, JsonNode> system = new HashMap<>();
        int n = 0;
        for (JsonNode d : systemDocs) {
            n++;
            if (d == null || !d.isObject() || !d.has("doc_id")) {
                throw new IOException("system document " + n + ": not a document: no doc_id");
            }
            put(system, d);
        }
        return score(system, readSet(setJsonl));
    }

    private static void put(Map<String, JsonNode> system, JsonNode d) {
        // Gold ids are strings; a doc_id of another type can never be looked up, as in the scorer's dict.
        JsonNode id = d.get("doc_id");
        if (id.isTextual()) {
            system.put(id.textValue(), d);
        }
    }

    /** The set's documents by id, in file order; the first line of an id wins, as the scorer's setdefault does. */
    private static Map<String, SetDocument> readSet(Path setJsonl) throws IOException {
        Map<String, SetDocument> gold = new LinkedHashMap<>();
        String file = setJsonl.toString();
        forEachJsonLine(setJsonl, (d, line) -> {
            String where = file + ":" + line;
            if (!d.isObject()) {
                throw new IOException(where + ": not a set document: a JSON object {\"id\", \"text\", \"gold\"} "
                        + "was expected");
            }
            JsonNode id = d.get("id");
            if (id == null || !id.isTextual()) {
                throw new IOException(where + ": " + (id == null ? "no \"id\"" : "\"id\" is not a string: " + id));
            }
            JsonNode text = d.get("text");
            if (text == null || !text.isTextual()) {
                throw new IOException(where + ": " + (text == null ? "no \"text\"" : "\"text\" is not a string"));
            }
            JsonNode g = d.get("gold");
            if (g == null || !g.isObject()) {
                throw new IOException(where + ": " + (g == null ? "no \"gold\"" : "\"gold\" is not an object: " + g));
            }
            gold.putIfAbsent(id.textValue(), new SetDocument(id.textValue(), text.textValue(), g, file, line));
        });
        if (gold.isEmpty()) {
            throw new IOException(file + ": no documents");
        }
        return gold;
    }

    /** The kind of set, read from the first id as the scorer does: "wad-00007" is a WAD set. */
    private static String kindOf(Map<String, SetDocument> gold) {
        String first = gold.keySet().iterator().next();
        int dash = first.indexOf('-');
        return dash < 0 ? first : first.substring(0, dash);
    }

    private static DocumentGoldReport score(Map<String, JsonNode> system, Map<String, SetDocument> gold)
            throws IOException {
        String kind = kindOf(gold);
        for (SetDocument d : gold.values()) {
            checkGold(kind, d);
        }
        int missing = 0;
        for (String id : gold.keySet()) {
            if (!system.containsKey(id)) {
                missing++;
            }
        }
        List<Tally> tallies = switch (kind) {
            case "wad" -> wad(system, gold);
            case "fakes" -> fakes(system, gold);
            case "wiki" -> wiki(system, gold);
            default -> List.of();
        };
        String main = MAIN_FIGURE.get(kind);
        Map<String, int[]> perRule = new TreeMap<>();
        for (Tally t : tallies) {
            if (!t.key.equals(main)) {
                continue;
            }
            for (SetDocument d : gold.values()) {
                ScoredOutput out = new ScoredOutput(system.get(d.id()));
                List<JsonNode> events = kind.equals("fakes") ? out.leadEvents() : out.countedEvents();
                boolean right = t.rightByDoc.get(d.id());
                for (String rule : ScoredOutput.rulesOf(events)) {
                    perRule.computeIfAbsent(rule, k -> new int[2])[right ? 0 : 1]++;
                }
            }
        }
        List<FigureScore> figures = new ArrayList<>();
        tallies.forEach(t -> figures.add(t.score()));
        Map<String, RuleDocuments> rules = new TreeMap<>();
        perRule.forEach((r, c) -> rules.put(r, new RuleDocuments(c[0], c[1])));
        return new DocumentGoldReport(kind, gold.size(), missing, figures, main, rules);
    }

    private static List<Tally> wad(Map<String, JsonNode> system, Map<String, SetDocument> gold) {
        Tally deaths = new Tally("deaths");
        Tally injured = new Tally("injured");
        Tally deathsSyria = new Tally("deaths_syria");
        Tally country = new Tally("country");
        Tally region = new Tally("region");
        for (SetDocument d : gold.values()) {
            ScoredOutput out = new ScoredOutput(system.get(d.id()));
            JsonNode killed = ScoredOutput.figure(out.totals("killed"));
            deaths.judge(d, killed, d.field("deaths"));
            if (!Py.isNone(d.field("injured"))) {
                injured.judge(d, ScoredOutput.figure(out.totals("injured")), d.field("injured"));
            }
            if (Py.eq(d.field("country"), "SYR")) {
                deathsSyria.judge(d, killed, d.field("deaths"));
            }
            JsonNode place = out.leadPlace();
            String shownPlace = ScoredOutput.placeString(place);
            String shownGold = Py.str(d.field("locality")) + " / " + Py.str(d.field("region")) + " / "
                    + Py.str(d.field("country"));
            country.judge(d, ScorerNames.countryOk(place, d.field("country").textValue()), shownPlace, shownGold);
            String goldRegion = d.field("region").textValue();
            if (!Py.strip(goldRegion).isEmpty()) {
                boolean ok = ScorerNames.fold(Py.get(place, "admin1")).equals(ScorerNames.fold(goldRegion));
                region.judge(d, ok, shownPlace, shownGold);
            }
        }
        return List.of(deaths, injured, deathsSyria, country, region);
    }

    private static List<Tally> fakes(Map<String, JsonNode> system, Map<String, SetDocument> gold) {
        Tally leadKilled = new Tally("lead_killed");
        Tally totalsKilled = new Tally("totals_killed");
        Tally leadCivilians = new Tally("lead_civilians");
        Tally governorate = new Tally("governorate");
        Tally attacker = new Tally("attacker");
        for (SetDocument d : gold.values()) {
            ScoredOutput out = new ScoredOutput(system.get(d.id()));
            JsonNode civilians = d.field("nb_civilians");
            JsonNode total = JsonNodeFactory.instance.numberNode(
                    civilians.bigIntegerValue().add(d.field("nb_noncivilians").bigIntegerValue()));
            JsonNode leadBlock = out.leadBlock("killed");
            leadKilled.judge(d, ScoredOutput.figure(leadBlock), total);
            totalsKilled.judge(d, ScoredOutput.figure(out.totals("killed")), total);
            leadCivilians.judge(d, ScoredOutput.figure(leadBlock, "civilian"), civilians);
            JsonNode place = out.leadPlace();
            String want = ScorerNames.fold(d.field("location"));
            boolean placeOk = want.equals(ScorerNames.fold(Py.get(place, "admin1")))
                    || want.equals(ScorerNames.fold(Py.get(place, "name")));
            governorate.judge(d, placeOk, ScoredOutput.placeString(place), Py.str(d.field("location")));
            String actorClass = ScorerNames.fakesActorClass(ScoredOutput.actorsOf(out.leadEvents()));
            attacker.judge(d, ScorerNames.sameActorClass(d.field("actor"), actorClass), actorClass, Py.str(d.field("actor")));
        }
        return List.of(leadKilled, totalsKilled, leadCivilians, governorate, attacker);
    }

    private static List<Tally> wiki(Map<String, JsonNode> system, Map<String, SetDocument> gold) {
        Tally deaths = new Tally("deaths");
        Tally deathsStated = new Tally("deaths_stated");
        Tally injured = new Tally("injured");
        Tally perpetrator = new Tally("perpetrator");
        for (SetDocument d : gold.values()) {
            ScoredOutput out = new ScoredOutput(system.get(d.id()));
            JsonNode killed = ScoredOutput.figure(out.totals("killed"));
            JsonNode dead = d.field("dead");
            deaths.judge(d, killed, dead);
            if (dead.bigIntegerValue().signum() > 0 && ScorerNames.stated(d.text(), dead.bigIntegerValue())) {
                deathsStated.judge(d, killed, dead);
            }
            injured.judge(d, ScoredOutput.figure(out.totals("injured")), d.field("injured"));
            String perp = d.field("perpetrator").textValue();
            if (!Py.strip(perp).isEmpty() && !perp.toLowerCase(Locale.ROOT).contains("unknown")) {
                String want = ScorerNames.fold(perp);
                boolean ok = false;
                for (String actor : ScoredOutput.actorsOf(out.events())) {
                    String n = ScorerNames.fold(actor);
                    if (!n.isEmpty() && (want.contains(n) || n.contains(want))) {
                        ok = true;
                        break;
                    }
                }
                perpetrator.judge(d, ok, ok ? "True" : "False", "True");
            }
        }
        return List.of(deaths, deathsStated, injured, perpetrator);
    }

    /** Refuses a gold record the scorer could not read: a field of its kind missing, or of the wrong type. */
    private static void checkGold(String kind, SetDocument d) throws IOException {
        List<String> fields = GOLD_FIELDS.getOrDefault(kind, List.of());
        for (String f : fields) {
            if (!d.gold().has(f)) {
                throw new IOException(d.where() + ": gold has no \"" + f + "\" (the gold of a " + kind
                        + " set has " + String.join(", ", fields) + ")");
            }
            JsonNode v = d.field(f);
            String wrong = switch (f) {
                case "deaths" -> v.isNumber() ? null : "a number";
                case "injured" -> v.isNumber() || v.isNull() ? null : "a number or null";
                case "nb_civilians", "nb_noncivilians", "dead" -> v.isIntegralNumber() ? null : "a whole number";
                case "country", "region", "location", "perpetrator" -> v.isTextual() ? null : "a string";
                default -> null;
            };
            if (wrong != null) {
                throw new IOException(d.where() + ": gold \"" + f + "\" must be " + wrong + ", not " + v);
            }
        }
    }

    /** One figure being reckoned: each judged document's verdict, and the misses as the scorer prints them. */
    private static final class Tally {
        final String key;
        final Map<String, Boolean> rightByDoc = new HashMap<>();
        final List<FigureMiss> misses = new ArrayList<>();
        int right;

        Tally(String key) {
            this.key = key;
        }

        /** A count judged by Python equality (1 == 1.0; "1" != 1), shown as the scorer's f-string shows it. */
        void judge(SetDocument d, JsonNode system, JsonNode gold) {
            judge(d, Py.eq(system, gold), Py.str(system), Py.str(gold));
        }

        void judge(SetDocument d, boolean ok, String systemShown, String goldShown) {
            rightByDoc.put(d.id(), ok);
            if (ok) {
                right++;
            } else {
                misses.add(new FigureMiss(d.id(), systemShown, goldShown, d.text()));
            }
        }

        FigureScore score() {
            return new FigureScore(key, right, right + misses.size(), misses);
        }
    }

    /** What is done with each JSON line, given its line number. */
    private interface JsonLineSink {
        void accept(JsonNode value, int line) throws IOException;
    }

    /** Each non-blank line of a UTF-8 file as JSON; a line that is not, or bytes that are not UTF-8, name file:line. */
    private static void forEachJsonLine(Path file, JsonLineSink sink) throws IOException {
        String name = file.toString();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // Lines are cut as bytes (a UTF-8 sequence never holds CR or LF) and decoded one at a time, so a bad byte is
        // reported on its own line; CR, LF and CR LF end a line, as in Python's text mode.
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int lineNo = 0;
            int b = in.read();
            while (b >= 0 || bytes.size() > 0) {
                if (b >= 0 && b != '\n' && b != '\r') {
                    bytes.write(b);
                    b = in.read();
                    continue;
                }
                if (b == '\r') {
                    b = in.read();
                    if (b == '\n') {
                        b = in.read();
                    }
                } else if (b == '\n') {
                    b = in.read();
                }
                lineNo++;
                String line;
                try {
                    line = utf8.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
                } catch (CharacterCodingException e) {
                    throw new IOException(name + ":" + lineNo + ": not UTF-8", e);
                }
                bytes.reset();
                if (Py.strip(line).isEmpty()) {
                    continue;
                }
                JsonNode value;
                try {
                    value = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    String msg = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
                    msg = msg.lines().findFirst().orElse("").replaceAll("\\[Source: [^;\\]]*; ", "[");
                    throw new IOException(name + ":" + lineNo + ": not JSON: " + msg, e);
                }
                sink.accept(value, lineNo);
            }
        }
    }
}
