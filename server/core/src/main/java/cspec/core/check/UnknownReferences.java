package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.prose.ProseScanner;
import cspec.core.syntax.Ident;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Prose;
import cspec.core.text.Similarity;
import cspec.core.text.Span;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code unknown-reference}: a {@code [X]} cross-reference in a contract's prose where the
 * contract has no requirement, section, SLA or clause X. Suggests the closest existing ID.
 */
public final class UnknownReferences implements Check {

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        if (context.contract().isEmpty()) {
            return;
        }
        Set<String> ids = knownIds(context.outline());
        for (Prose prose : context.outline().prose()) {
            for (ProseScanner.Reference ref : ProseScanner.scan(context.source(), prose).references()) {
                if (!ids.contains(ref.id()) && !looksLikeBlank(ref.id(), ids)) {
                    report.accept(unknown(ref, ids));
                }
            }
        }
    }

    /** Every ID a reference may point at, in document order. */
    static Set<String> knownIds(Outline outline) {
        Set<String> ids = new LinkedHashSet<>();
        outline.sections().forEach(p -> add(ids, p.item().id()));
        outline.requirements().forEach(p -> add(ids, p.item().id()));
        outline.slas().forEach(p -> add(ids, p.item().id()));
        outline.backgrounds().forEach(p -> add(ids, p.item().id()));
        outline.clauses().forEach(p -> add(ids, p.item().id()));
        return ids;
    }

    /**
     * An unknown bracketed word that drafters use as a blank rather than a reference: a single
     * letter ({@code [X]}) or one capitalised word ({@code [Name]}, {@code [Date]}), when no ID in
     * the contract is close enough to be the intended target. {@code placeholder} reports those.
     */
    static boolean looksLikeBlank(String id, Set<String> ids) {
        boolean letter = id.length() == 1;
        boolean word = id.length() > 1 && Character.isUpperCase(id.charAt(0))
                && id.substring(1).chars().allMatch(Character::isLowerCase);
        return (letter || word) && !ids.contains(id) && Similarity.closest(id, ids).isEmpty();
    }

    private static void add(Set<String> ids, Ident id) {
        if (id != null) {
            ids.add(id.text());
        }
    }

    private static Diagnostic unknown(ProseScanner.Reference ref, Set<String> ids) {
        Span idSpan = new Span(ref.span().start() + 1, ref.span().end() - 1);
        Optional<String> suggestion = Similarity.closest(ref.id(), ids);
        String message = "`[" + ref.id() + "]` refers to nothing in this contract: "
                + suggestion.map(s -> "did you mean `[" + s + "]`?")
                        .orElse("write the ID of a requirement, section, SLA or clause, or fill in the text if this is a blank.");
        Diagnostic d = Diagnostic.of(Rule.UNKNOWN_REFERENCE, idSpan, message);
        return suggestion.map(s -> d.withFix(Fix.onRequest("Change to `[" + s + "]`", new TextEdit(idSpan, s)))).orElse(d);
    }
}
