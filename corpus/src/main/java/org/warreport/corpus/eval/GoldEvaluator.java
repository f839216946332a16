package org.warreport.corpus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Scores system JSONL against gold JSON files exactly as shared/tools/score.py does, and credits each rule. */
public final class GoldEvaluator {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GoldEvaluator() {
    }

    /** Scores a system JSONL file (one document per line) against goldDir/*.json, reading texts from textDir/DOC.txt. */
    public static EvaluationReport evaluate(Path systemJsonl, Path goldDir, Path textDir) throws IOException {
        String name = String.valueOf(systemJsonl.getFileName());
        List<JsonNode> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(systemJsonl, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                line = Py.strip(line);
                if (line.isEmpty()) {
                    continue;
                }
                JsonNode d = parse(line, name, lineNo);
                if (!d.isObject() || !d.has("doc_id")) {
                    throw new IOException(name + ":" + lineNo + ": not a document: no doc_id");
                }
                docs.add(d);
            }
        }
        return evaluate(docs, goldDir, textDir);
    }

    /** Scores system documents already parsed (later documents replace earlier ones with the same doc_id). */
    public static EvaluationReport evaluate(List<JsonNode> systemDocs, Path goldDir, Path textDir) throws IOException {
        Map<Object, JsonNode> system = new HashMap<>();
        int n = 0;
        for (JsonNode d : systemDocs) {
            n++;
            if (d == null || !d.isObject() || !d.has("doc_id")) {
                throw new IOException("system document " + n + ": not a document: no doc_id");
            }
            system.put(key(d.get("doc_id")), d);
        }

        List<Path> golds = new ArrayList<>();
        try (Stream<Path> s = Files.list(goldDir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".json")).forEach(golds::add);
        }
        golds.sort((a, b) -> compareCodePoints(a.getFileName().toString(), b.getFileName().toString()));

        Scorer sc = new Scorer();
        for (Path gp : golds) {
            JsonNode gold = parse(Files.readString(gp, StandardCharsets.UTF_8), gp.getFileName().toString(), 0);
            JsonNode docNode = gold.isObject() ? gold.get("doc_id") : null;
            if (docNode == null || !docNode.isTextual()) {
                throw new IOException(gp.getFileName() + ": no doc_id string");
            }
            String doc = docNode.textValue();
            String text = Files.readString(textDir.resolve(doc + ".txt"), StandardCharsets.UTF_8);
            sc.document(gold, doc, text, system.get(key(docNode)));
        }
        return sc.report();
    }

    /** Parses one JSON value; line is the line number in the file, or 0 to take it from the parser. */
    private static JsonNode parse(String s, String file, int line) throws IOException {
        try {
            JsonNode n = JSON.readTree(s);
            if (n == null || n.isMissingNode()) {
                throw new IOException(file + ":" + Math.max(line, 1) + ": not JSON: no content");
            }
            return n;
        } catch (JsonProcessingException e) {
            int at = line > 0 ? line
                    : e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String place = file + ":" + at;
            String msg = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            msg = msg.lines().findFirst().orElse("").replaceAll("\\[Source: [^;\\]]*; ", "[");
            throw new IOException(place + ": not JSON: " + msg, e);
        }
    }

    /** Python dict key identity for a doc_id: 1 == 1.0 == True, "1" is different. */
    private static Object key(JsonNode id) {
        if (Py.isNone(id)) {
            return "N";
        }
        if (id.isTextual()) {
            return "s" + id.textValue();
        }
        if (id.isBoolean()) {
            return "n" + (id.booleanValue() ? "1" : "0");
        }
        if (id.isNumber()) {
            if (id.isFloatingPointNumber() && !id.isBigDecimal() && !Double.isFinite(id.doubleValue())) {
                return "f" + id.doubleValue();
            }
            BigDecimal d = id.isIntegralNumber() ? new BigDecimal(id.bigIntegerValue())
                    : id.isBigDecimal() ? id.decimalValue() : new BigDecimal(id.doubleValue());
            return "n" + (d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
        }
        throw new IllegalArgumentException("unhashable doc_id: " + Py.repr(id));
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** One system fact: an outcome of an event, with the event's sentence bounds as given. */
    private record Cand(JsonNode ev, JsonNode fa, JsonNode begin, JsonNode end, Set<String> rules) {
    }

    private static final class Scorer {
        int tp;
        int fp;
        int fn;
        int optTp;
        int totalsOk;
        int totalsN;
        final Map<String, int[]> slots = new LinkedHashMap<>();
        final List<String> misses = new ArrayList<>();
        final List<String> extras = new ArrayList<>();
        final Map<String, int[]> perRule = new TreeMap<>();
        final List<Finding> missed = new ArrayList<>();
        final List<Finding> extra = new ArrayList<>();

        Scorer() {
            for (String k : EvaluationReport.SLOTS) {
                slots.put(k, new int[2]);
            }
        }

        void document(JsonNode gold, String doc, String text, JsonNode sys) {
            String doc3 = Py.head(doc, 3);
            int[] cps = text.codePoints().toArray();

            JsonNode gt = Py.get(Py.get(gold, "totals"), "killed");
            if (Py.truthy(gt)) {
                JsonNode st = Py.get(Py.get(sys, "totals"), "killed");
                JsonNode sides = Py.get(st, "by_side");
                if (!Py.truthy(sides)) {
                    sides = JsonNodeFactory.instance.objectNode();
                }
                JsonNode best = Py.get(st, "best");
                boolean ok = Py.eq(best, Py.get(gt, "best"));
                if (ok) {
                    for (JsonNode k : Py.iter(Py.get(gt, "by_side"))) {
                        JsonNode mine = Py.get(sides, k.textValue());
                        if (!Py.truthy(mine)) {
                            mine = IntNode.valueOf(0);
                        }
                        if (!Py.eq(mine, gt.get("by_side").get(k.textValue()))) {
                            ok = false;
                            break;
                        }
                    }
                }
                totalsN++;
                if (ok) {
                    totalsOk++;
                } else {
                    misses.add(doc3 + " totals.killed " + Py.str(best) + " " + Py.repr(sides) + " != "
                            + Py.str(Py.get(gt, "best")) + " " + Py.str(Py.get(gt, "by_side")));
                }
            }

            List<Cand> cands = new ArrayList<>();
            JsonNode events = Py.get(sys, "events");
            for (JsonNode ev : Py.iter(events)) {
                JsonNode sent = Py.get(ev, "sentence");
                JsonNode b = sent != null && sent.isObject() && sent.has("begin") ? sent.get("begin") : IntNode.valueOf(-1);
                JsonNode e = sent != null && sent.isObject() && sent.has("end") ? sent.get("end") : IntNode.valueOf(-1);
                Set<String> rules = new LinkedHashSet<>();
                JsonNode rs = Py.get(ev, "rules");
                if (rs != null && rs.isArray()) {
                    rs.forEach(r -> rules.add(Py.str(r)));
                } else if (rs != null && rs.isTextual()) {
                    rules.add(rs.textValue());
                }
                for (JsonNode fa : systemFacts(ev)) {
                    cands.add(new Cand(ev, fa, b, e, rules));
                }
            }

            Set<Integer> used = new HashSet<>();
            for (JsonNode g : Py.iter(gold.get("facts"))) {
                JsonNode gcount = Py.get(g, "count");
                String evidence = Py.str(Py.get(g, "evidence"));
                List<long[]> spans = spans(evidence, text);
                Integer hit = null;
                for (int i = 0; i < cands.size(); i++) {
                    Cand c = cands.get(i);
                    if (used.contains(i) || !Py.eq(Py.get(c.fa(), "outcome"), Py.get(g, "outcome"))) {
                        continue;
                    }
                    boolean covers = false;
                    for (long[] sp : spans) {
                        if (Py.le(c.begin(), sp[0]) && Py.le(sp[1], c.end())) {
                            covers = true;
                            break;
                        }
                    }
                    if (!covers) {
                        continue;
                    }
                    if (countAgrees(gcount, c.fa())) {
                        hit = i;
                        break;
                    }
                }
                boolean optional = Py.truthy(Py.get(g, "optional"));
                if (hit == null) {
                    if (!optional) {
                        fn++;
                        misses.add(Py.str(Py.get(g, "id")) + " " + Py.str(Py.get(g, "outcome")) + " "
                                + Py.str(gcount) + " «" + evidence + "»");
                        missed.add(new Finding(doc, Py.str(Py.get(g, "id")), Py.str(Py.get(g, "outcome")),
                                evidence, List.of()));
                    }
                    continue;
                }
                used.add(hit);
                if (optional) {
                    optTp++;
                    continue;
                }
                tp++;
                JsonNode ev = cands.get(hit).ev();
                JsonNode fa = cands.get(hit).fa();
                Map<String, Boolean> checks = new LinkedHashMap<>();
                checks.put("victim_side", Py.eq(Py.get(g, "victim_side"), "*") ? null
                        : Py.eq(Py.get(Py.get(fa, "victim"), "side"), Py.get(g, "victim_side")));
                checks.put("attacker", slotOk(Py.get(g, "attacker"), Py.iter(orNull(Py.get(Py.get(ev, "attacker"), "actors")))));
                List<JsonNode> locs = Py.iter(orNull(Py.get(ev, "locations")));
                List<JsonNode> locNames = new ArrayList<>();
                for (JsonNode x : locs) {
                    JsonNode nm = Py.get(x, "name");
                    locNames.add(Py.truthy(nm) ? nm : Py.get(x, "text"));
                }
                for (JsonNode x : locs) {
                    locNames.add(Py.get(x, "text"));
                }
                checks.put("location", slotOk(Py.get(g, "location"), locNames));
                List<JsonNode> src = new ArrayList<>();
                src.add(Py.get(Py.get(ev, "source"), "name"));
                checks.put("source", slotOk(Py.get(g, "source"), src));
                checks.put("scope", Py.eq(Py.get(g, "scope"), "*") ? null
                        : Py.eq(Py.get(ev, "scope"), Py.get(g, "scope")));
                checks.put("qualifier", !Py.truthy(gcount) ? null
                        : Py.eq(Py.get(Py.get(fa, "count"), "qualifier"), Py.get(gcount, "qualifier")));
                checks.put("date", !Py.truthy(Py.get(g, "date")) ? null
                        : Py.eq(Py.get(Py.get(ev, "date"), "value"), Py.get(g, "date")));
                for (Map.Entry<String, Boolean> ch : checks.entrySet()) {
                    if (ch.getValue() == null) {
                        continue;
                    }
                    int[] s = slots.get(ch.getKey());
                    s[1]++;
                    if (ch.getValue()) {
                        s[0]++;
                    } else {
                        misses.add(Py.str(Py.get(g, "id")) + " " + ch.getKey() + " wrong");
                    }
                }
            }

            for (int i = 0; i < cands.size(); i++) {
                Cand c = cands.get(i);
                boolean matched = used.contains(i);
                for (String r : c.rules()) {
                    int[] f = perRule.computeIfAbsent(r, k -> new int[2]);
                    f[matched ? 0 : 1]++;
                }
                if (!matched) {
                    fp++;
                    String sentence = Py.slice(cps, c.begin(), c.end());
                    extras.add(doc3 + " " + Py.str(Py.get(c.fa(), "outcome")) + " "
                            + Py.str(Py.get(Py.get(c.fa(), "count"), "value")) + " «" + Py.head(sentence, 90) + "»");
                    extra.add(new Finding(doc, Py.str(Py.get(c.ev(), "id")), Py.str(Py.get(c.fa(), "outcome")),
                            sentence, List.copyOf(c.rules())));
                }
            }
        }

        EvaluationReport report() {
            double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
            double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
            double f1 = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
            Map<String, Double> acc = new LinkedHashMap<>();
            for (Map.Entry<String, int[]> e : slots.entrySet()) {
                int[] v = e.getValue();
                acc.put(e.getKey(), v[1] == 0 ? null : (double) v[0] / v[1]);
            }
            Map<String, RuleFigures> rules = new TreeMap<>();
            perRule.forEach((k, v) -> rules.put(k, new RuleFigures(v[0], v[1])));
            return new EvaluationReport(tp, fp, fn, optTp, p, r, f1, totalsOk, totalsN, acc,
                    misses, extras, rules, missed, extra);
        }
    }

    private static JsonNode orNull(JsonNode n) {
        return Py.truthy(n) ? n : null;
    }

    /** score.py system_facts(): the outcomes, or one 'seized' fact for a territory_seized event without any. */
    private static List<JsonNode> systemFacts(JsonNode ev) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode outcomes = Py.get(ev, "outcomes");
        if (Py.eq(Py.get(ev, "type"), "territory_seized") && !Py.truthy(outcomes)) {
            ObjectNode seized = JsonNodeFactory.instance.objectNode();
            seized.put("outcome", "seized");
            seized.putNull("count");
            seized.putNull("victim");
            out.add(seized);
        }
        out.addAll(Py.iter(orNull(outcomes)));
        return out;
    }

    /** All non-overlapping literal occurrences of evidence in text, as code point [start, end) pairs. */
    private static List<long[]> spans(String evidence, String text) {
        List<long[]> out = new ArrayList<>();
        if (evidence.isEmpty()) {
            int n = text.codePointCount(0, text.length());
            for (long i = 0; i <= n; i++) {
                out.add(new long[] {i, i});
            }
            return out;
        }
        int evCps = evidence.codePointCount(0, evidence.length());
        int from = 0;
        int cpAt = 0; // code point index of char index 'from'
        while (true) {
            int at = text.indexOf(evidence, from);
            if (at < 0) {
                return out;
            }
            cpAt += text.codePointCount(from, at);
            out.add(new long[] {cpAt, cpAt + evCps});
            cpAt += evCps;
            from = at + evidence.length();
        }
    }

    /** score.py count_agrees(). */
    private static boolean countAgrees(JsonNode g, JsonNode fa) {
        if (g == null) {
            return true;
        }
        JsonNode sc = Py.get(fa, "count");
        if (Py.eq(Py.get(g, "qualifier"), "vague")) {
            return Py.eq(Py.get(sc, "qualifier"), "vague") || Py.norm(Py.get(sc, "text")).contains(Py.norm(Py.get(g, "text")));
        }
        return Py.eq(Py.get(sc, "value"), Py.get(g, "value"));
    }

    /** score.py slot_ok(): null when unscored ('*'), otherwise whether any given name fits an acceptable one. */
    private static Boolean slotOk(JsonNode gold, List<JsonNode> got) {
        if (Py.eq(gold, "*")) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode x : got) {
            if (Py.truthy(x)) {
                names.add(Py.norm(x));
            }
        }
        if (gold == null) {
            return names.isEmpty();
        }
        Set<String> want = new LinkedHashSet<>();
        for (JsonNode x : Py.iter(gold)) {
            want.add(Py.norm(x));
        }
        for (String g : names) {
            if (want.contains(g)) {
                return true;
            }
            for (String w : want) {
                if (!g.isEmpty() && (w.contains(g) || g.contains(w))) {
                    return true;
                }
            }
        }
        return false;
    }
}
