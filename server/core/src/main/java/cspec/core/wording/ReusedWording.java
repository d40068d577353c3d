package cspec.core.wording;

import cspec.core.check.Reuse;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Modality;
import cspec.core.syntax.ProseList;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The wording of one prose, reused from the previous version of the document when the prose and
 * everything the engine reads with it are unchanged, moved to where the prose now starts. The
 * engine's findings depend on the prose's position only by that offset (every span it makes is
 * the prose's start plus a place in the text), so moving a result equals analysing again.
 */
final class ReusedWording {
    private ReusedWording() {
    }

    /**
     * Everything one analysis reads: the engine (its term lists), the masked text, the context with
     * its positions made relative to the prose's start (the declared keyword precedes it).
     */
    private record Key(WordingEngine engine, String text, ProseKind kind, Modality declared, List<Integer> places,
            Vocabulary vocabulary) {
    }

    /** A result and the offset it was found at. */
    private record Placed(int base, WordingResult result) {
    }

    static WordingResult of(Reuse.Round reuse, WordingEngine engine, String text, int base, WordingContext context,
            Supplier<WordingResult> analyse) {
        Key key = new Key(engine, text, context.kind(), context.declared(), places(context, base), context.vocabulary());
        Placed placed = reuse.get(key, () -> new Placed(base, analyse.get()));
        if (placed.base() == base) {
            return placed.result();
        }
        return moved(placed.result(), base - placed.base()).orElseGet(analyse);
    }

    private static List<Integer> places(WordingContext context, int base) {
        List<Integer> out = new ArrayList<>();
        if (context.declaredAt() != null) {
            out.add(context.declaredAt().start() - base);
            out.add(context.declaredAt().end() - base);
        } else {
            out.add(Integer.MIN_VALUE);
        }
        for (ProseList.ListItem item : context.listItems()) {
            for (Span s : new Span[] {item.span(), item.marker(), item.text()}) {
                out.add(s == null ? Integer.MIN_VALUE : s.start() - base);
                out.add(s == null ? Integer.MIN_VALUE : s.end() - base);
            }
        }
        return out;
    }

    /** The result moved by delta; empty when it points elsewhere (a related location), which does not move with it. */
    private static java.util.Optional<WordingResult> moved(WordingResult result, int delta) {
        List<Finding> findings = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (!f.related().isEmpty()) {
                return java.util.Optional.empty();
            }
            List<Fix> fixes = new ArrayList<>();
            for (Fix fix : f.fixes()) {
                List<TextEdit> edits = new ArrayList<>();
                for (TextEdit e : fix.edits()) {
                    edits.add(new TextEdit(move(e.span(), delta), e.newText()));
                }
                fixes.add(new Fix(fix.title(), edits, fix.safe()));
            }
            findings.add(new Finding(f.rule(), move(f.span(), delta), f.message(), fixes, f.related()));
        }
        List<ObligationVerb> verbs = new ArrayList<>();
        for (ObligationVerb v : result.obligations()) {
            verbs.add(new ObligationVerb(move(v.span(), delta), v.word(), v.strength(), v.mismatched(), v.statesCondition()));
        }
        return java.util.Optional.of(new WordingResult(findings, verbs));
    }

    private static Span move(Span span, int delta) {
        return new Span(span.start() + delta, span.end() + delta);
    }
}
