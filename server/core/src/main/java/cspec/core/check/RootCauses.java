package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SpecFile;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One mistake, one finding: when a syntax error drops a line from the tree, or a clause's ID is
 * misspelt, checks that look for what is absent would report its absence too. Those findings
 * are the first mistake's consequence, not a second mistake, so they are dropped while it stands.
 */
public final class RootCauses {
    private static final Set<Rule> SLA_ABSENCE = Set.of(Rule.SLA_EMPTY, Rule.SLA_NO_PERIOD,
            Rule.SLA_NO_REMEDY, Rule.SLA_NO_REPORTING, Rule.SLA_UNCAPPED_CREDIT);
    /**
     * What a requirement's header lacks, when the header itself did not parse: the syntax error is
     * the mistake. (Fuzzing: `mus!:` was a misspelt keyword and a missing ID, and fix-all wrote
     * `REQ-1` into the middle of the damage.)
     */
    private static final Set<Rule> ATTRIBUTE_ABSENCE = Set.of(Rule.MISSING_DATE, Rule.MISSING_WEIGHT, Rule.MISSING_ID);
    private static final Set<Rule> PROFILE_ABSENCE = Set.of(Rule.MISSING_SECTION, Rule.MISSING_CLAUSE, Rule.MISSING_SLA);

    private RootCauses() {
    }

    public static List<Diagnostic> keepRootCauses(SpecFile file, Outline outline, List<Diagnostic> found) {
        found = withoutClausesAMisspellingExplains(found);
        List<Span> syntaxErrors = found.stream().filter(d -> d.rule() == Rule.SYNTAX).map(Diagnostic::span).toList();
        if (syntaxErrors.isEmpty()) {
            return found;
        }
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : found) {
            if (!(SLA_ABSENCE.contains(d.rule()) && slaHasSyntaxError(outline, d.span(), syntaxErrors))
                    && !(ATTRIBUTE_ABSENCE.contains(d.rule()) && headerHasSyntaxError(outline, d.span(), syntaxErrors))
                    && !(PROFILE_ABSENCE.contains(d.rule()) && missingItemIsOnABrokenLine(file.source(), d, syntaxErrors))) {
                kept.add(d);
            }
        }
        return kept;
    }

    /**
     * "clause limitation-of-liabilty" is reported as unknown-clause, whose fix writes the ID the
     * profile asks for; the missing-clause finding for that ID is the same mistake. Reporting both
     * made fix-all insert the clause and correct the misspelling, so the contract held it twice.
     */
    private static List<Diagnostic> withoutClausesAMisspellingExplains(List<Diagnostic> found) {
        Set<String> corrected = new java.util.HashSet<>();
        for (Diagnostic d : found) {
            if (d.rule() == Rule.UNKNOWN_CLAUSE) {
                d.fixes().stream().filter(f -> f.safe() && f.edits().size() == 1)
                        .forEach(f -> corrected.add(f.edits().get(0).newText()));
            }
        }
        if (corrected.isEmpty()) {
            return found;
        }
        return found.stream().filter(d -> !(d.rule() == Rule.MISSING_CLAUSE && d.subject().isPresent()
                && corrected.contains(d.subject().get()))).toList();
    }

    private static boolean slaHasSyntaxError(Outline outline, Span finding, List<Span> syntaxErrors) {
        for (Outline.Placed<Sla> placed : outline.slas()) {
            Span sla = placed.item().span();
            if (sla.covers(finding) && syntaxErrors.stream().anyMatch(sla::covers)) {
                return true;
            }
        }
        return false;
    }

    /** A `(by 2026-13-01)` that did not parse is the mistake, not a missing date. */
    private static boolean headerHasSyntaxError(Outline outline, Span finding, List<Span> syntaxErrors) {
        for (Outline.Placed<cspec.core.syntax.Requirement> placed : outline.requirements()) {
            Span header = placed.item().header();
            if (header.covers(finding) || finding.covers(header) || header.overlaps(finding)) {
                if (syntaxErrors.stream().anyMatch(header::covers)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A profile finding carries the missing item's ID; a broken line holding that ID explains it. */
    private static boolean missingItemIsOnABrokenLine(SourceText source, Diagnostic d, List<Span> syntaxErrors) {
        if (d.subject().isEmpty()) {
            return false;
        }
        String id = d.subject().get();
        for (Span error : syntaxErrors) {
            int line = source.lines().lineOf(error.start());
            String text = source.text().substring(source.lines().lineStart(line), source.lines().lineEnd(line, source.text()));
            if (holdsId(text, id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line holds the ID as a whole word of an ID. A search, not a regular expression
     * wrapped in {@code .*}: that backtracked over every character of a long broken line, once
     * for every missing item (fuzzing found a line that took seconds).
     */
    private static boolean holdsId(String text, String id) {
        for (int at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
            boolean startsWord = at == 0 || !(idCharacter(text.charAt(at - 1)) || text.charAt(at - 1) == '.');
            int end = at + id.length();
            if (startsWord && (end == text.length() || !idCharacter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean idCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
