package org.warreport.corpus.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The name tables and name matching of shared/tools/totals_score.py (COUNTRIES, FAKES_ACTORS, fold(), stated()),
 * kept in the scorer's order and spelling so the figures agree with it to the last digit.
 */
final class ScorerNames {
    private ScorerNames() {
    }

    /** ISO 3166 alpha-3 to the names a system may give, '|'-separated; WAD writes ELS for El Salvador. */
    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("AFG", "Afghanistan"), Map.entry("AGO", "Angola"), Map.entry("BDI", "Burundi"),
            Map.entry("BEL", "Belgium"), Map.entry("BFA", "Burkina Faso"), Map.entry("BGD", "Bangladesh"),
            Map.entry("BHR", "Bahrain"), Map.entry("BOL", "Bolivia"), Map.entry("BRA", "Brazil"),
            Map.entry("CAF", "Central African Republic"), Map.entry("CAN", "Canada"), Map.entry("CHL", "Chile"),
            Map.entry("CHN", "China"), Map.entry("CIV", "Ivory Coast|Cote d'Ivoire"), Map.entry("CMR", "Cameroon"),
            Map.entry("COD", "Democratic Republic of the Congo|DR Congo|Congo-Kinshasa|DRC"),
            Map.entry("COG", "Republic of the Congo|Congo|Congo-Brazzaville"),
            Map.entry("COL", "Colombia"), Map.entry("CRI", "Costa Rica"), Map.entry("CZE", "Czechia|Czech Republic"),
            Map.entry("DEU", "Germany"), Map.entry("DJI", "Djibouti"), Map.entry("DOM", "Dominican Republic"),
            Map.entry("ECU", "Ecuador"), Map.entry("EGY", "Egypt"), Map.entry("ELS", "El Salvador"),
            Map.entry("SLV", "El Salvador"), Map.entry("ERI", "Eritrea"), Map.entry("ESP", "Spain"),
            Map.entry("ETH", "Ethiopia"), Map.entry("FRA", "France"), Map.entry("GBR", "United Kingdom|UK|Britain"),
            Map.entry("GEO", "Georgia"), Map.entry("GHA", "Ghana"), Map.entry("GIN", "Guinea"),
            Map.entry("GMB", "Gambia|The Gambia"), Map.entry("GNQ", "Equatorial Guinea"), Map.entry("GTM", "Guatemala"),
            Map.entry("GUY", "Guyana"), Map.entry("HND", "Honduras"), Map.entry("HTI", "Haiti"),
            Map.entry("IDN", "Indonesia"), Map.entry("IND", "India"), Map.entry("IRN", "Iran"), Map.entry("IRQ", "Iraq"),
            Map.entry("ISR", "Israel"), Map.entry("JOR", "Jordan"), Map.entry("JPN", "Japan"),
            Map.entry("KAZ", "Kazakhstan"), Map.entry("KEN", "Kenya"), Map.entry("KHM", "Cambodia"),
            Map.entry("LBN", "Lebanon"), Map.entry("LBR", "Liberia"), Map.entry("LBY", "Libya"),
            Map.entry("LKA", "Sri Lanka"), Map.entry("LSO", "Lesotho"), Map.entry("MAR", "Morocco"),
            Map.entry("MDG", "Madagascar"), Map.entry("MDV", "Maldives"), Map.entry("MEX", "Mexico"),
            Map.entry("MLI", "Mali"), Map.entry("MLT", "Malta"), Map.entry("MMR", "Myanmar|Burma"),
            Map.entry("MOZ", "Mozambique"), Map.entry("MYS", "Malaysia"), Map.entry("NER", "Niger"),
            Map.entry("NGA", "Nigeria"), Map.entry("NIC", "Nicaragua"), Map.entry("NZL", "New Zealand"),
            Map.entry("PAK", "Pakistan"), Map.entry("PAN", "Panama"), Map.entry("PER", "Peru"),
            Map.entry("PHL", "Philippines"), Map.entry("PNG", "Papua New Guinea"), Map.entry("PRY", "Paraguay"),
            Map.entry("RUS", "Russia"), Map.entry("RWA", "Rwanda"), Map.entry("SAU", "Saudi Arabia"),
            Map.entry("SDN", "Sudan"), Map.entry("SEN", "Senegal"), Map.entry("SOM", "Somalia"),
            Map.entry("SRB", "Serbia"), Map.entry("SSD", "South Sudan"), Map.entry("SVK", "Slovakia"),
            Map.entry("SYR", "Syria"), Map.entry("TCD", "Chad"), Map.entry("THA", "Thailand"),
            Map.entry("TJK", "Tajikistan"), Map.entry("TUN", "Tunisia"), Map.entry("TUR", "Turkey|Turkiye"),
            Map.entry("TZA", "Tanzania"), Map.entry("UGA", "Uganda"), Map.entry("UKR", "Ukraine"),
            Map.entry("VEN", "Venezuela"), Map.entry("YEM", "Yemen"), Map.entry("ZAF", "South Africa"),
            Map.entry("ZMB", "Zambia"), Map.entry("ZWE", "Zimbabwe"), Map.entry("USA", "United States|USA|US"),
            Map.entry("PSE", "Palestine|Palestinian Territory"), Map.entry("BEN", "Benin"), Map.entry("TGO", "Togo"));

    /** FA-KES attacker classes, in the scorer's order (the first class with a matching word wins). */
    private static final Map<String, List<String>> FAKES_ACTORS = new LinkedHashMap<>();

    static {
        FAKES_ACTORS.put("syrian government or russian troops",
                List.of("syrian government", "russia", "hezbollah", "iran", "syrian army"));
        // the gold writes this class out in full, ending "- isis"; the short name is matched against it (sameClass)
        FAKES_ACTORS.put("isis", List.of("islamic state", "isis", "isil"));
        FAKES_ACTORS.put("international coalition forces",
                List.of("coalition", "united states", "france", "united kingdom"));
        FAKES_ACTORS.put("armed opposition groups", List.of("syrian rebels", "free syrian army", "rebels", "opposition",
                "jaish al-islam", "ahrar al-sham", "national liberation front", "turkey"));
        FAKES_ACTORS.put("self administration forces",
                List.of("syrian democratic forces", "ypg", "kurdish", "sdf", "people's protection units"));
        FAKES_ACTORS.put("al-nusra front", List.of("nusra", "hayat tahrir al-sham", "fateh al-sham", "hts"));
    }

    /** The class the scorer gives an article whose lead attackers match none. */
    static final String UNKNOWN_ACTOR = "unknown";

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");

    // The text is ASCII by then, so Python's \b is a change between [A-Za-z0-9_] and anything else.
    private static final Pattern FOLDED_WORDS = Pattern.compile(
            "(?<![A-Za-z0-9_])(?:province|state|governorate|region|district|city|county|of|the|al|el)(?![A-Za-z0-9_])");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    /** totals_score.py fold(): NFKD, ASCII only, lower case, place words and articles dropped, letters and digits only. */
    static String fold(String s) {
        return NOT_ALNUM.matcher(FOLDED_WORDS.matcher(Py.asciiLower(s)).replaceAll(" ")).replaceAll("");
    }

    /** fold() of a JSON value: a falsy one is "" as in the scorer; any other non-string is read as its str(). */
    static String fold(JsonNode n) {
        if (!Py.truthy(n)) {
            return "";
        }
        return fold(Py.str(n));
    }

    /** totals_score.py country_ok(): the place's country code or name is one of the gold code's names, or the code. */
    static boolean countryOk(JsonNode loc, String code) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String n : COUNTRIES.getOrDefault(code, code).split("\\|", -1)) {
            names.add(fold(n));
        }
        names.add(fold(code));
        return names.contains(fold(Py.get(loc, "country_code"))) || names.contains(fold(Py.get(loc, "country")));
    }

    /**
     * Whether the gold's attacker label is the class {@code actorClass}: the label itself, or a label that ends with
     * it after " - " (the gold's full name of the Islamic State class).
     */
    static boolean sameActorClass(JsonNode goldLabel, String actorClass) {
        if (goldLabel == null || !goldLabel.isTextual()) {
            return false;
        }
        String label = goldLabel.textValue();
        return label.equals(actorClass) || label.endsWith(" - " + actorClass);
    }

    /** totals_score.py fakes_actor() over actor names already lower-cased: the first class with a word in a name. */
    static String fakesActorClass(List<String> lowerCasedActors) {
        for (Map.Entry<String, List<String>> e : FAKES_ACTORS.entrySet()) {
            for (String name : lowerCasedActors) {
                for (String w : e.getValue()) {
                    if (name.contains(w)) {
                        return e.getKey();
                    }
                }
            }
        }
        return UNKNOWN_ACTOR;
    }

    /** totals_score.py stated(): the text writes n as digits (with or without thousands commas) or, to twenty, as a word. */
    static boolean stated(String text, BigInteger n) {
        String grouped = String.format(Locale.ROOT, "%,d", n);
        String plain = n.toString();
        for (String digits : List.of(grouped, plain)) {
            if (Pattern.compile("(?<![\\p{Nd},])" + Pattern.quote(digits) + "(?![\\p{Nd},])").matcher(text).find()) {
                return true;
            }
        }
        if (n.signum() >= 0 && n.compareTo(BigInteger.valueOf(NUMBER_WORDS.size())) < 0) {
            String word = NUMBER_WORDS.get(n.intValue());
            // Python's \b in a str pattern: letters, digits and '_' of any script are word characters
            return Pattern.compile("(?<![\\p{L}\\p{N}_])" + word + "(?![\\p{L}\\p{N}_])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
        }
        return false;
    }
}
