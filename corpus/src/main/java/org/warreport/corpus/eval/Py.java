package org.warreport.corpus.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Python value semantics (truth, equality, str/repr, float formatting) over Jackson trees, as score.py sees them. */
final class Py {
    private Py() {
    }

    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    /** True for JSON null, a missing node or Java null (Python None). */
    static boolean isNone(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    /** d.get(key) on a dict; None for anything else or a missing key. */
    static JsonNode get(JsonNode obj, String key) {
        if (obj == null || !obj.isObject()) {
            return null;
        }
        JsonNode v = obj.get(key);
        return isNone(v) ? null : v;
    }

    /** Python truthiness of a JSON value. */
    static boolean truthy(JsonNode n) {
        if (isNone(n)) {
            return false;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNumber()) {
            if (n.isFloatingPointNumber() && !n.isBigDecimal()) {
                return n.doubleValue() != 0.0; // NaN is truthy, as in Python
            }
            return n.decimalValue().signum() != 0;
        }
        if (n.isTextual()) {
            return !n.textValue().isEmpty();
        }
        if (n.isContainerNode()) {
            return n.size() > 0;
        }
        return true;
    }

    private static boolean numeric(JsonNode n) {
        return n.isNumber() || n.isBoolean();
    }

    private static boolean nonFinite(JsonNode n) {
        return n.isNumber() && n.isFloatingPointNumber() && !n.isBigDecimal() && !Double.isFinite(n.doubleValue());
    }

    private static BigDecimal decimal(JsonNode n) {
        if (n.isBoolean()) {
            return n.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (n.isIntegralNumber()) {
            return new BigDecimal(n.bigIntegerValue());
        }
        if (n.isBigDecimal()) {
            return n.decimalValue();
        }
        return new BigDecimal(n.doubleValue());
    }

    /** Python a == b for JSON values (1 == 1.0 == True, None == None). */
    static boolean eq(JsonNode a, JsonNode b) {
        boolean an = isNone(a);
        boolean bn = isNone(b);
        if (an || bn) {
            return an && bn;
        }
        if (numeric(a) && numeric(b)) {
            if (nonFinite(a) || nonFinite(b)) {
                return a.doubleValue() == b.doubleValue();
            }
            return decimal(a).compareTo(decimal(b)) == 0;
        }
        if (a.isTextual() && b.isTextual()) {
            return a.textValue().equals(b.textValue());
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!eq(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!b.has(e.getKey()) || !eq(e.getValue(), b.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Python a == 'literal'. */
    static boolean eq(JsonNode a, String s) {
        return a != null && a.isTextual() && a.textValue().equals(s);
    }

    /** Python a <= b (ints and floats); a TypeError (here IllegalArgumentException) for anything else. */
    static boolean le(JsonNode a, long b) {
        if (isNone(a) || !numeric(a)) {
            throw new IllegalArgumentException("'<=' not supported between " + repr(a) + " and " + b);
        }
        if (nonFinite(a)) {
            return a.doubleValue() <= b;
        }
        return decimal(a).compareTo(BigDecimal.valueOf(b)) <= 0;
    }

    static boolean le(long a, JsonNode b) {
        if (isNone(b) || !numeric(b)) {
            throw new IllegalArgumentException("'<=' not supported between " + a + " and " + repr(b));
        }
        if (nonFinite(b)) {
            return a <= b.doubleValue();
        }
        return BigDecimal.valueOf(a).compareTo(decimal(b)) <= 0;
    }

    /** Iteration as Python's for-loop does: list items, dict keys, string characters. */
    static List<JsonNode> iter(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(out::add);
        } else if (n.isObject()) {
            n.fieldNames().forEachRemaining(k -> out.add(com.fasterxml.jackson.databind.node.TextNode.valueOf(k)));
        } else if (n.isTextual()) {
            n.textValue().codePoints().forEach(
                    c -> out.add(com.fasterxml.jackson.databind.node.TextNode.valueOf(new String(Character.toChars(c)))));
        } else {
            throw new IllegalArgumentException(repr(n) + " is not iterable");
        }
        return out;
    }

    /** score.py norm(): NFKD, ASCII only, lower case, runs of other characters to one space, trimmed. */
    static String norm(JsonNode n) {
        if (!truthy(n)) {
            return "";
        }
        if (!n.isTextual()) {
            throw new IllegalArgumentException("normalize() argument must be str, not " + repr(n));
        }
        return norm(n.textValue());
    }

    static String norm(String s) {
        return NON_ALNUM.matcher(asciiLower(s)).replaceAll(" ").strip();
    }

    /** Python's unicodedata NFKD, encode('ascii', 'ignore'), lower(): what the scorers do first to every name. */
    static String asciiLower(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c < 0x80) {
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return b.toString();
    }

    /** Python str(x) inside an f-string: strings as they are, everything else as repr. */
    static String str(JsonNode n) {
        if (!isNone(n) && n.isTextual()) {
            return n.textValue();
        }
        return repr(n);
    }

    /** Python repr(x) of a value json.loads produced. */
    static String repr(JsonNode n) {
        if (isNone(n)) {
            return "None";
        }
        if (n.isBoolean()) {
            return n.booleanValue() ? "True" : "False";
        }
        if (n.isIntegralNumber()) {
            return n.bigIntegerValue().toString();
        }
        if (n.isNumber()) {
            return floatRepr(n.doubleValue());
        }
        if (n.isTextual()) {
            return strRepr(n.textValue());
        }
        StringBuilder b = new StringBuilder();
        if (n.isArray()) {
            b.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(repr(n.get(i)));
            }
            return b.append(']').toString();
        }
        if (n.isObject()) {
            b.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(strRepr(e.getKey())).append(": ").append(repr(e.getValue()));
            }
            return b.append('}').toString();
        }
        return n.toString();
    }

    static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || printable(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xff) {
                b.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        });
        return b.append(quote).toString();
    }

    private static boolean printable(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return c == ' ';
            default:
                return true;
        }
    }

    /** Python repr(float): the shortest digits that read back as the same double, fixed or exponent form. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return (Double.doubleToRawLongBits(d) < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                shortest = r;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int decpt = digits.length() - shortest.scale();
        StringBuilder b = new StringBuilder();
        if (d < 0) {
            b.append('-');
        }
        if (decpt <= -4 || decpt > 16) {
            int exp = decpt - 1;
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            b.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                b.append('0');
            }
            b.append(a);
        } else if (decpt <= 0) {
            b.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            b.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
        } else {
            b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return b.toString();
    }

    /** Python round(x, 3) on a float: the exact binary value rounded half-even. */
    static double round3(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python f"{x:.3f}". */
    static String fmt3(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        if (Double.doubleToRawLongBits(x) < 0 && !s.startsWith("-")) {
            s = "-" + s;
        }
        return s;
    }

    /** json.dumps of round(x, 3), or null. */
    static String jsonRound3(Double x) {
        if (x == null) {
            return "null";
        }
        double r = round3(x);
        if (Double.isNaN(r)) {
            return "NaN";
        }
        if (Double.isInfinite(r)) {
            return r > 0 ? "Infinity" : "-Infinity";
        }
        return floatRepr(r);
    }

    /** str(round(x, 3)), or None. */
    static String strRound3(Double x) {
        return x == null ? "None" : floatRepr(round3(x));
    }

    /** Python str.strip() with no argument. */
    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isSpace(char c) {
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }

    /** The first n code points of s (Python s[:n]). */
    static String head(String s, int n) {
        int cps = s.codePointCount(0, s.length());
        return cps <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** Python cps[b:e] for a slice bound given as a JSON value (None allowed, ints only otherwise). */
    static String slice(int[] cps, JsonNode b, JsonNode e) {
        int n = cps.length;
        int from = bound(b, 0, n);
        int to = bound(e, n, n);
        return to <= from ? "" : new String(cps, from, to - from);
    }

    private static int bound(JsonNode v, int dflt, int n) {
        if (isNone(v)) {
            return dflt;
        }
        BigInteger i;
        if (v.isBoolean()) {
            i = v.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
        } else if (v.isIntegralNumber()) {
            i = v.bigIntegerValue();
        } else {
            throw new IllegalArgumentException("slice indices must be integers or None, not " + repr(v));
        }
        if (i.signum() < 0) {
            i = i.add(BigInteger.valueOf(n));
            if (i.signum() < 0) {
                return 0;
            }
        }
        return i.compareTo(BigInteger.valueOf(n)) > 0 ? n : i.intValueExact();
    }

    /** json.dumps of a str (ensure_ascii): quotes, escapes, everything outside space..tilde as a backslash-u escape. */
    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
