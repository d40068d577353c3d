package cspec.core.content;

import cspec.core.syntax.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    private static final Pattern SPACES = Pattern.compile("\\s+");
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
        if (!mayHoldUnit(text)) {
            return found;
        }
        // The same matches find() gives, tried only where one can start (a digit or the first letter of a
        // number word): trying the pattern's alternatives at every character was a fifth of a batch lint.
        Matcher m = DURATION.matcher(text).useTransparentBounds(true);
        int from = 0;
        int n = text.length();
        while (true) {
            int candidate = nextDurationStart(text, from);
            if (candidate >= n) {
                break;
            }
            m.region(candidate, n);
            if (!m.lookingAt()) {
                from = candidate + 1;
                continue;
            }
            from = m.end();
            Figure figure = duration(text, m);
            if (figure != null) {
                found.add(figure);
            }
        }
        return found;
    }

    /**
     * The duration that starts at offset at, or null: the one {@link #durations} gives there when
     * no earlier duration runs over at. Callers use it after a word that no duration can hold
     * ("within", "than"), where none can.
     */
    public static Figure durationAt(String text, int at) {
        if (at >= text.length() || nextDurationStart(text, at) != at) {
            return null;
        }
        Matcher m = DURATION.matcher(text).useTransparentBounds(true).region(at, text.length());
        return m.lookingAt() ? duration(text, m) : null;
    }

    /** The figure of a match, or null when its number word names no known number. */
    private static Figure duration(String text, Matcher m) {
        Double amount = amount(m);
        if (amount == null) {
            return null;
        }
        String business = m.group("business") == null ? "" : m.group("business").strip().toLowerCase(Locale.ROOT);
        boolean inBusinessTime = business.equals("business") || business.equals("working");
        TimeUnit unit = unit(m.group("unit").toLowerCase(Locale.ROOT), inBusinessTime);
        int start = m.start("words") >= 0 ? m.start("words") : m.start();
        return new Figure(start, m.end(), amount * unit.minutes(), text.substring(start, m.end()), inBusinessTime);
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

    /**
     * Whether the text holds, in any case, the start of a unit word (min, hour, hr, day, week, month,
     * year): every duration ends in one, so text without one has none.
     */
    static boolean mayHoldUnit(String text) {
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            char a = lower(text.charAt(i));
            char b = lower(text.charAt(i + 1));
            char c = i + 2 < n ? lower(text.charAt(i + 2)) : ' ';
            boolean unit = switch (a) {
                case 'm' -> b == 'i' && c == 'n' || b == 'o' && c == 'n';
                case 'h' -> b == 'r' || b == 'o' && c == 'u';
                case 'd' -> b == 'a' && c == 'y';
                case 'w' -> b == 'e' && c == 'e';
                case 'y' -> b == 'e' && c == 'a';
                default -> false;
            };
            if (unit) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether text[from, to) may hold a duration: whether a unit word of DURATION ends a run of
     * ASCII letters there, before a character that is no letter or digit, or at to. Every
     * duration ends so (its unit is followed by no letter or digit, and may follow a number
     * written without a space: "24hours", "fivedays"); a character scan, without the pattern.
     */
    static boolean mayHoldDuration(String text, int from, int to) {
        return unitWordEnd(text, from, to) >= 0;
    }

    /** The first offset in (from, to] where a unit word ends as {@link #mayHoldDuration} reads it, or -1. */
    static int unitWordEnd(String text, int from, int to) {
        for (int end = from + 2; end <= to; end++) {
            if (isAsciiLetter(text.charAt(end - 1)) && (end == to || !Character.isLetterOrDigit(text.charAt(end)))
                    && endsInUnit(text, from, end)) {
                return end;
            }
        }
        return -1;
    }

    /** Whether text[from, end) ends in a unit word, plural or not, in any ASCII case: told by its last letter first. */
    private static boolean endsInUnit(String text, int from, int end) {
        int stemEnd = lower(text.charAt(end - 1)) == 's' ? end - 1 : end;
        if (stemEnd - from < 2) {
            return false;
        }
        return switch (lower(text.charAt(stemEnd - 1))) {
            case 'e' -> endsWith(text, from, stemEnd, "minute");
            case 'n' -> endsWith(text, from, stemEnd, "min");
            case 'r' -> endsWith(text, from, stemEnd, "hour") || endsWith(text, from, stemEnd, "hr")
                    || endsWith(text, from, stemEnd, "year");
            case 'y' -> endsWith(text, from, stemEnd, "day");
            case 'k' -> endsWith(text, from, stemEnd, "week");
            case 'h' -> endsWith(text, from, stemEnd, "month");
            default -> false;
        };
    }

    /** Whether text[from, end) ends in the lower-case ASCII word, folding ASCII case only, as the pattern does. */
    private static boolean endsWith(String text, int from, int end, String word) {
        int start = end - word.length();
        if (start < from) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (lower(text.charAt(start + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The first three letters of every word NUMBER_WORD lists, lower-case. */
    private static final Set<String> NUMBER_WORD_STARTS = Set.of("one", "two", "thr", "fou", "fiv",
            "six", "sev", "eig", "nin", "ten", "ele", "twe", "fif", "thi", "for", "hun", "and");

    /**
     * The first offset at or after from where a duration can start: an ASCII digit, or the first
     * three letters of a number word in either case (the pattern folds ASCII case only).
     */
    private static int nextDurationStart(String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
            if (i + 3 <= n && isAsciiLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && NUMBER_WORD_STARTS.contains(new String(new char[] {lower(c), lower(text.charAt(i + 1)),
                            lower(text.charAt(i + 2))}))) {
                return i;
            }
        }
        return n;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** ASCII lower case, the only folding the pattern does; other characters as they are. */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static Double amount(Matcher m) {
        if (m.group("paren") != null) {
            return Double.parseDouble(m.group("paren"));
        }
        if (m.group("digits") != null) {
            return Double.parseDouble(m.group("digits"));
        }
        Integer n = NUMBER_WORDS.get(SPACES.matcher(m.group("word").toLowerCase(Locale.ROOT).replace('-', ' ')).replaceAll(" "));
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
