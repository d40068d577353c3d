package cspec.core.syntax.parse;

import cspec.core.syntax.CoverageWindow;
import cspec.core.syntax.Ident;
import cspec.core.syntax.SlaLine;
import cspec.core.syntax.Str;
import cspec.core.text.Similarity;
import cspec.core.text.Span;
import cspec.grammar.CspecParser;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a coverage line: {@code 24x7}, {@code business-hours}, or windows of days and times
 * ({@code Mon-Fri 17:00-09:00, weekends 24x7, holidays 24x7}), with an optional zone. Day words
 * and times are checked here, each mistake reported in the language's words.
 */
final class CoverageBuilder {
    private static final Map<String, Set<DayOfWeek>> DAY_WORDS = dayWords();
    private static final Set<String> HOLIDAY_WORDS = Set.of("holidays", "public-holidays", "bank-holidays");

    private final Leaves tree;

    CoverageBuilder(Leaves tree) {
        this.tree = tree;
    }

    private static Map<String, Set<DayOfWeek>> dayWords() {
        Map<String, Set<DayOfWeek>> words = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String full = day.name().toLowerCase(Locale.ROOT);
            words.put(full, EnumSet.of(day));
            words.put(full.substring(0, 3), EnumSet.of(day));
        }
        words.put("tues", EnumSet.of(DayOfWeek.TUESDAY));
        words.put("thur", EnumSet.of(DayOfWeek.THURSDAY));
        words.put("thurs", EnumSet.of(DayOfWeek.THURSDAY));
        words.put("weekdays", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        words.put("weekends", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        words.put("daily", EnumSet.allOf(DayOfWeek.class));
        return words;
    }

    SlaLine coverage(CspecParser.CoverageLineContext ctx, Span span) {
        CspecParser.CoverageContext value = ctx.coverage();
        if (value == null) {
            return null;
        }
        Str zone = ctx.ZONE() != null ? tree.str(ctx.string()) : null;
        if (ctx.ZONE() != null && (zone == null || !knownZone(zone))) {
            return null;
        }
        if (Leaves.present(value.ALWAYS_COVERAGE())) {
            return new SlaLine.Coverage(span, SlaLine.CoverageKind.ALWAYS, List.of(), zone);
        }
        if (value.id() != null) {
            Ident word = tree.ident(value.id());
            if (word == null) {
                return null;
            }
            if (word.text().equals("business-hours")) {
                return new SlaLine.Coverage(span, SlaLine.CoverageKind.BUSINESS_HOURS, List.of(), zone);
            }
            tree.problem(word.span(), "`" + word.text() + "` is not a coverage: write `coverage 24x7` (also 24/7), "
                    + "`coverage business-hours`, or days and hours such as `coverage Mon-Fri 08:00-18:00`.");
            return null;
        }
        List<CoverageWindow> windows = new ArrayList<>();
        for (CspecParser.WindowContext w : value.window()) {
            CoverageWindow built = window(w);
            if (built == null) {
                return null;
            }
            windows.add(built);
        }
        return new SlaLine.Coverage(span, SlaLine.CoverageKind.WINDOWS, windows, zone);
    }

    /** An IANA time zone name ("Europe/London"); anything else is reported with the closest name. */
    private boolean knownZone(Str zone) {
        if (java.time.ZoneId.getAvailableZoneIds().contains(zone.value())) {
            return true;
        }
        String suggestion = Similarity.closest(zone.value(), java.time.ZoneId.getAvailableZoneIds())
                .map(s -> " Did you mean \"" + s + "\"?").orElse("");
        tree.problem(zone.span(), "\"" + zone.value() + "\" is not a time zone: write its IANA name, such as "
                + "\"Europe/London\" or \"America/New_York\"." + suggestion);
        return false;
    }

    private CoverageWindow window(CspecParser.WindowContext ctx) {
        Ident days = tree.ident(ctx.id());
        if (days == null) {
            return null;
        }
        boolean holidays = HOLIDAY_WORDS.contains(days.text().toLowerCase(Locale.ROOT));
        Set<DayOfWeek> weekdays = holidays ? Set.of() : days(days);
        if (weekdays == null) {
            return null;
        }
        Span span = tree.span(ctx);
        if (Leaves.present(ctx.ALWAYS_COVERAGE())) {
            return new CoverageWindow(span, days.span(), weekdays, holidays, 0, CoverageWindow.DAY_MINUTES);
        }
        if (Leaves.present(ctx.TIME())) {
            tree.problem(tree.span(ctx.TIME().getSymbol()), "Write the hours as a range with no spaces, from and to, as "
                    + "in `08:00-18:00`; a range that ends before it starts runs past midnight (`17:00-09:00`).");
            return null;
        }
        if (!Leaves.present(ctx.TIME_RANGE())) {
            return null;
        }
        Span rangeSpan = tree.span(ctx.TIME_RANGE().getSymbol());
        String[] ends = ctx.TIME_RANGE().getText().split("-");
        int from = minutes(ends[0], rangeSpan);
        int to = minutes(ends[1], rangeSpan);
        if (from < 0 || to < 0) {
            return null;
        }
        if (from == to || (from == 0 && to == 0)) {
            tree.problem(rangeSpan, "`" + ctx.TIME_RANGE().getText() + "` starts and ends at the same time: write "
                    + "`24x7` for the whole day, or the hours the window covers, as in `08:00-18:00`.");
            return null;
        }
        return new CoverageWindow(span, days.span(), weekdays, false, from, to == 0 ? CoverageWindow.DAY_MINUTES : to);
    }

    /** The minute of the day of "HH:MM", 0 to 1440; -1 (reported) when it is not a time of day. */
    private int minutes(String time, Span span) {
        String[] parts = time.split(":");
        int hours = Integer.parseInt(parts[0]);
        int minutes = Integer.parseInt(parts[1]);
        if (hours > 24 || minutes > 59 || (hours == 24 && minutes > 0)) {
            tree.problem(span, "`" + time + "` is not a time of day: write hours from 00 to 23 (or 24:00 for "
                    + "midnight at the end of a day) and minutes from 00 to 59.");
            return -1;
        }
        return hours * 60 + minutes;
    }

    /** The weekdays of a day word or a range such as Mon-Fri; null (reported) when it names no day. */
    private Set<DayOfWeek> days(Ident word) {
        String text = word.text().toLowerCase(Locale.ROOT);
        Set<DayOfWeek> single = DAY_WORDS.get(text);
        if (single != null) {
            return single;
        }
        String[] ends = text.split("-");
        if (ends.length == 2 && DAY_WORDS.containsKey(ends[0]) && DAY_WORDS.containsKey(ends[1])
                && DAY_WORDS.get(ends[0]).size() == 1 && DAY_WORDS.get(ends[1]).size() == 1) {
            DayOfWeek from = DAY_WORDS.get(ends[0]).iterator().next();
            DayOfWeek to = DAY_WORDS.get(ends[1]).iterator().next();
            Set<DayOfWeek> range = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                range.add(d);
                if (d == to) {
                    break;
                }
            }
            return range;
        }
        List<String> known = new ArrayList<>(DAY_WORDS.keySet());
        known.addAll(HOLIDAY_WORDS);
        known.add("Mon-Fri");
        String suggestion = Similarity.closest(word.text(), known).map(s -> " Did you mean `" + s + "`?").orElse("");
        tree.problem(word.span(), "`" + word.text() + "` is not a day: write a day (Mon, Tuesday...), a range of days "
                + "(Mon-Fri), weekdays, weekends, daily or holidays." + suggestion);
        return null;
    }
}
