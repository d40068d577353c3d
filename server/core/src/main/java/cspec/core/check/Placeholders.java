package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.prose.ProseScanner;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Contract;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Prose;
import cspec.core.syntax.Str;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code placeholder}: text left to fill in a contract: TBD, TBC, TBA or XXX as whole words, an
 * unfilled {@code {{name: default}}}, or a non-ID {@code [bracketed blank]}, in prose and in the
 * header's and clause arguments' strings. An unknown {@code [X]} or {@code [Name]} is a blank too
 * (see {@link UnknownReferences#looksLikeBlank}). Libraries are skipped: placeholders are their point.
 */
public final class Placeholders implements Check {

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        if (context.contract().isEmpty()) {
            return;
        }
        Set<String> ids = UnknownReferences.knownIds(context.outline());
        for (Prose prose : context.outline().prose()) {
            reportBlanks(context.scan(prose), ids, report);
        }
        for (Str string : strings(context.contract().get(), context.outline())) {
            int base = valueStart(context.source().slice(string.span()), string);
            if (base >= 0) {
                ProseScanner.Findings found = ProseScanner.scan(string.value(), base);
                found.blanks().forEach(b -> report.accept(blank(b)));
                // A string is never a cross-reference, so [Province] there is a blank too.
                found.references().forEach(r -> report.accept(blank(asBlank(r))));
            }
        }
    }

    /**
     * The blanks of one piece of prose, and its references that are blanks rather than IDs. A step
     * of its own, so that the compiler compiles it once, apart from the loop over the prose.
     */
    private static void reportBlanks(ProseScanner.Findings found, Set<String> ids, Consumer<Diagnostic> report) {
        for (ProseScanner.Blank b : found.blanks()) {
            report.accept(blank(b));
        }
        for (ProseScanner.Reference r : found.references()) {
            if (UnknownReferences.looksLikeBlank(r.id(), ids)) {
                report.accept(blank(asBlank(r)));
            }
        }
    }

    private static ProseScanner.Blank asBlank(ProseScanner.Reference reference) {
        return new ProseScanner.Blank(ProseScanner.Blank.Kind.BRACKETS, "[" + reference.id() + "]", reference.span());
    }

    /** Where a string's value starts, or -1 when escapes make its offsets drift from the value. */
    private static int valueStart(String raw, Str string) {
        if (raw.equals(string.value())) {
            return string.span().start();
        }
        if (raw.length() >= 2 && raw.substring(1, raw.length() - 1).equals(string.value())) {
            return string.span().start() + 1;
        }
        return -1;
    }

    private static List<Str> strings(Contract contract, Outline outline) {
        List<Str> strings = new ArrayList<>();
        for (HeaderField field : contract.fields()) {
            if (field instanceof HeaderField.Party party) {
                strings.add(party.partyName());
            } else if (field instanceof HeaderField.Text text) {
                strings.add(text.value());
            }
        }
        for (Outline.Placed<Clause> placed : outline.clauses()) {
            for (Clause.Argument argument : placed.item().arguments()) {
                if (argument.quoted() && argument.valueSpan() != null) {
                    strings.add(new Str(argument.value(), argument.valueSpan()));
                }
            }
        }
        strings.removeIf(s -> s == null);
        return strings;
    }

    private static Diagnostic blank(ProseScanner.Blank blank) {
        String message;
        if (blank.kind() == ProseScanner.Blank.Kind.MARKER) {
            message = "`" + Messages.quote(blank.text()) + "` leaves this term open: write the agreed wording or value before the contract is signed.";
        } else if (blank.kind() == ProseScanner.Blank.Kind.PLACEHOLDER) {
            message = "The placeholder `" + Messages.quote(blank.text()) + "` is still unfilled: replace it with the agreed text.";
        } else {
            message = "`" + Messages.quote(blank.text()) + "` is a blank left to fill in: replace it with the agreed text"
                    + " (a cross-reference is a single ID in brackets, such as `[MON-1]`).";
        }
        Diagnostic d = Diagnostic.of(Rule.PLACEHOLDER, blank.span(), message);
        String fallback = defaultText(blank);
        return fallback == null ? d
                : d.withFix(Fix.onRequest("Use the default text \u201C" + Messages.quote(fallback) + "\u201D",
                        new TextEdit(blank.span(), fallback)));
    }

    /** The default of a {{name: default}} placeholder, or null when it has none. */
    private static String defaultText(ProseScanner.Blank blank) {
        if (blank.kind() != ProseScanner.Blank.Kind.PLACEHOLDER) {
            return null;
        }
        String inner = blank.text().substring(2, blank.text().length() - 2);
        int colon = inner.indexOf(':');
        String fallback = colon < 0 ? "" : inner.substring(colon + 1).strip();
        return fallback.isEmpty() ? null : fallback;
    }
}
