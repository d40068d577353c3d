package cspec.core.content;

import cspec.core.syntax.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures prose states: durations ("within 4 hours", "thirty (30) days", "twelve months"),
 * frequencies ("monthly", "once every quarter") and percentages ("5%", "five percent (5%)").
 * A duration written both ways ("thirty (30) days") counts once, by its digits. Minutes compare
 * as SLA durations do: a month is 30 days, a year 365, a business day 8 hours.
 */
public final class Figures {
    /** A figure: its offsets in the text, its value (minutes for a duration, the number for a percentage) and its words. */
    public record Figure(int start, int end, double value, String text, boolean business) {
    }

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("eighteen", 18), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("forty five", 45), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("seventy two", 72), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("twenty four", 24),
            Map.entry("forty eight", 48), Map.entry("hundred", 100), Map.entry("one hundred", 100),
            Map.entry("one hundred twenty", 120), Map.entry("one hundred eighty", 180), Map.entry("one hundred and eighty", 180),
            Map.entry("one hundred and twenty", 120), Map.entry("three hundred sixty five", 365),
            Map.entry("three hundred and sixty five", 365));
    private static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen"
            + "|fifteen|eighteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and)";
    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(?:(?<words>" + NUMBER_WORD + "(?:[- ]" + NUMBER_WORD + "){0,4})\\s*\\(\\s*(?<paren>\\d{1,6}(?:\\.\\d+)?)\\s*\\)"
                    + "|(?<digits>\\d{1,6}(?:\\.\\d+)?)|(?<word>" + NUMBER_WORD + "(?:[- ]" + NUMBER_WORD + "){0,4}))"
                    + "\\s*-?\\s*(?<business>business\\s+|working\\s+|calendar\\s+)?"
                    + "(?<unit>minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FREQUENCY = Pattern.compile(
            "(?<![\\p{L}])(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly|annual|semi-annually|biannually"
                    + "|(?:once|twice|one time|at least once) (?:a|an|per|each|every|in each|in every) (?:calendar )?"
                    + "(?:day|week|month|quarter|year|contract year)"
                    + "|(?:each|every|per) (?:calendar )?(?:day|week|month|quarter|year|contract year))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(?:[a-z]+(?:[- ][a-z]+){0,3}\\s*\\(\\s*(?<paren>\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|percent|per cent)\\s*\\)"
                    + "|(?<digits>\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|percent(?![\\p{L}])|per cent(?![\\p{L}])))",
            Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    /** Every duration in the text, in order; a number word that names no known number is skipped. */
    public static List<Figure> durations(String text) {
        List<Figure> found = new ArrayList<>();
        Matcher m = DURATION.matcher(text);
        while (m.find()) {
            Double amount = amount(m);
            if (amount == null) {
                continue;
            }
            String business = m.group("business") == null ? "" : m.group("business").strip().toLowerCase(Locale.ROOT);
            boolean inBusinessTime = business.equals("business") || business.equals("working");
            TimeUnit unit = unit(m.group("unit").toLowerCase(Locale.ROOT), inBusinessTime);
            int start = m.start("words") >= 0 ? m.start("words") : m.start();
            found.add(new Figure(start, m.end(), amount * unit.minutes(), text.substring(start, m.end()), inBusinessTime));
        }
        return found;
    }

    /** Every frequency word or phrase ("monthly", "once a year", "each quarter"). */
    public static List<Figure> frequencies(String text) {
        List<Figure> found = new ArrayList<>();
        Matcher m = FREQUENCY.matcher(text);
        while (m.find()) {
            found.add(new Figure(m.start(), m.end(), 0, m.group(), false));
        }
        return found;
    }

    /** Every percentage, by its digits. */
    public static List<Figure> percents(String text) {
        List<Figure> found = new ArrayList<>();
        Matcher m = PERCENT.matcher(text);
        while (m.find()) {
            String digits = m.group("paren") != null ? m.group("paren") : m.group("digits");
            found.add(new Figure(m.start(), m.end(), Double.parseDouble(digits), m.group(), false));
        }
        return found;
    }

    private static Double amount(Matcher m) {
        if (m.group("paren") != null) {
            return Double.parseDouble(m.group("paren"));
        }
        if (m.group("digits") != null) {
            return Double.parseDouble(m.group("digits"));
        }
        Integer n = NUMBER_WORDS.get(m.group("word").toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " "));
        return n == null ? null : n.doubleValue();
    }

    private static TimeUnit unit(String word, boolean business) {
        if (word.startsWith("min")) {
            return TimeUnit.MINUTE;
        }
        if (word.startsWith("h")) {
            return business ? TimeUnit.BUSINESS_HOUR : TimeUnit.HOUR;
        }
        if (word.startsWith("d")) {
            return business ? TimeUnit.BUSINESS_DAY : TimeUnit.DAY;
        }
        if (word.startsWith("w")) {
            return TimeUnit.WEEK;
        }
        return word.startsWith("mo") ? TimeUnit.MONTH : TimeUnit.YEAR;
    }
}
