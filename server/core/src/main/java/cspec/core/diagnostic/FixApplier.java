package cspec.core.diagnostic;

import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies quick fixes to a document's text, as {@code cspec lint --fix} does. A fix applies
 * whole or not at all; a fix whose edits touch text another chosen fix already edits waits for
 * the next pass (after re-analysis its diagnostic is either gone or computed afresh), so edits
 * never fight over the same characters. Identical fixes proposed by several diagnostics apply once.
 */
public final class FixApplier {
    private FixApplier() {
    }

    /** The new text, how many fixes were applied and how many were left for a later pass. */
    public record Result(String text, int applied, int deferred) {
        public boolean changed(String original) {
            return !text.equals(original);
        }
    }

    /** Applies the safe fix of each diagnostic (the first safe one when it has several). */
    public static Result applySafe(String text, List<Diagnostic> diagnostics) {
        List<Fix> candidates = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            d.fixes().stream().filter(Fix::safe).findFirst().ifPresent(candidates::add);
        }
        return apply(text, candidates);
    }

    /** Enough for every fix a contract needs; only fixes that keep undoing each other would reach it. */
    public static final int MAX_PASSES = 100;

    /**
     * Safe fixes pass after pass, as {@code lint --fix} applies them: each pass works on a fresh
     * analysis of the text so far ({@code analyse}), so deferred fixes get their turn, until a
     * pass changes nothing. A text seen before also ends it (two fixes undoing each other), and
     * so does {@link #MAX_PASSES}. The result counts every fix applied.
     */
    public static Result applySafeUntilStable(String text, List<Diagnostic> first,
            java.util.function.Function<String, List<Diagnostic>> analyse) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        seen.add(text);
        String current = text;
        List<Diagnostic> diagnostics = first;
        int applied = 0;
        int deferred = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Result result = applySafe(current, diagnostics);
            deferred = result.deferred();
            if (result.applied() == 0 || !seen.add(result.text())) {
                break;
            }
            current = result.text();
            applied += result.applied();
            diagnostics = analyse.apply(current);
        }
        return new Result(current, applied, deferred);
    }

    /** Applies the given fixes in order, skipping any that overlap one already chosen. */
    public static Result apply(String text, List<Fix> fixes) {
        List<TextEdit> chosen = new ArrayList<>();
        List<Fix> seen = new ArrayList<>();
        int applied = 0;
        int deferred = 0;
        for (Fix fix : fixes) {
            if (seen.stream().anyMatch(f -> f.edits().equals(fix.edits()))) {
                continue;
            }
            if (!fits(fix.edits(), text.length()) || overlapsAny(fix.edits(), chosen) || selfOverlapping(fix.edits())) {
                deferred++;
                continue;
            }
            seen.add(fix);
            chosen.addAll(fix.edits());
            applied++;
        }
        return new Result(applyEdits(text, chosen), applied, deferred);
    }

    /** Applies non-overlapping edits, all given against the original text. */
    public static String applyEdits(String text, List<TextEdit> edits) {
        List<TextEdit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt((TextEdit e) -> e.span().start()).thenComparingInt(e -> e.span().end()));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (TextEdit edit : ordered) {
            Span span = edit.span();
            if (span.start() < at || span.end() > text.length()) {
                throw new IllegalArgumentException("overlapping or out-of-range edit at " + span.start() + ".." + span.end());
            }
            out.append(text, at, span.start()).append(edit.newText());
            at = span.end();
        }
        out.append(text, at, text.length());
        return out.toString();
    }

    private static boolean fits(List<TextEdit> edits, int length) {
        return edits.stream().allMatch(e -> e.span().end() <= length);
    }

    private static boolean overlapsAny(List<TextEdit> edits, List<TextEdit> chosen) {
        for (TextEdit e : edits) {
            for (TextEdit c : chosen) {
                if (clash(e.span(), c.span())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean selfOverlapping(List<TextEdit> edits) {
        for (int i = 0; i < edits.size(); i++) {
            for (int j = i + 1; j < edits.size(); j++) {
                if (clash(edits.get(i).span(), edits.get(j).span())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Two edits clash when they share a character, or when both insert at the same offset or one
     * inserts at the edge of the other's replacement (their order would then be a guess).
     */
    private static boolean clash(Span a, Span b) {
        if (a.overlaps(b)) {
            return true;
        }
        boolean touching = a.end() == b.start() || b.end() == a.start();
        return touching && (a.length() == 0 || b.length() == 0);
    }
}
