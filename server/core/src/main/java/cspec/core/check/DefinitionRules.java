package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.prose.Glossary;
import cspec.core.prose.ProseScanner;
import cspec.core.syntax.Prose;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The definition rules that rest on one pass over the defined terms: {@code duplicate-definition}
 * (a term defined twice, in a block or inline), {@code unused-definition} (a term nothing uses;
 * plurals and other capitalisations count as uses) and {@code term-case} (a term used with other
 * capitalisation, except a capital first letter at a sentence start, and except the words that an
 * inline definition such as {@code security services (the "Services")} gives meaning to).
 */
public final class DefinitionRules implements Check {

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        if (context.contract().isEmpty()) {
            return;
        }
        DefinedTerms terms = DefinedTerms.of(context);
        duplicates(context.source(), terms, report);
        for (Glossary.Term term : terms.canonical()) {
            if (!terms.isUsed(term)) {
                report.accept(Diagnostic.of(Rule.UNUSED_DEFINITION, term.definedAt(),
                        "\u201C" + term.text() + "\u201D is defined but never used: use it in the contract's wording,"
                                + " or delete the definition.").markedUnnecessary());
            }
        }
        List<Span> leadIns = inlineLeadIns(context, terms);
        for (DefinedTerms.TermUse use : terms.uses()) {
            if (use.exactCase() || (use.firstLetterOnly() && use.sentenceStart()) || within(leadIns, use.span())) {
                continue;
            }
            report.accept(termCase(context.source(), use));
        }
    }

    private static void duplicates(SourceText source, DefinedTerms terms, Consumer<Diagnostic> report) {
        Map<String, Glossary.Term> first = new HashMap<>();
        for (Glossary.Term term : terms.glossary().terms()) {
            Glossary.Term earlier = first.putIfAbsent(DefinedTerms.key(term.text()), term);
            if (earlier != null) {
                report.accept(Diagnostic.of(Rule.DUPLICATE_DEFINITION, term.definedAt(),
                        "\u201C" + term.text() + "\u201D is already defined: keep one definition and merge the wording"
                                + " the parties agreed into it, or give this term another name.")
                        .withRelated(RelatedLocation.here(earlier.definedAt(), "First defined here.")));
            }
        }
    }

    private static Diagnostic termCase(SourceText source, DefinedTerms.TermUse use) {
        String written = source.slice(use.span());
        String term = use.term().text();
        String replacement = recased(written, term);
        Diagnostic d = Diagnostic.of(Rule.TERM_CASE, use.span(),
                "\u201C" + Messages.quote(written) + "\u201D reads as a different word from the defined term \u201C" + term
                        + "\u201D: write \u201C" + Messages.quote(replacement) + "\u201D so the definition applies, or"
                        + " reword if the ordinary meaning is intended.")
                .withRelated(RelatedLocation.here(use.term().definedAt(), "\u201C" + term + "\u201D is defined here."));
        return d.withFix(Fix.onRequest("Write \u201C" + Messages.quote(replacement) + "\u201D",
                new TextEdit(use.span(), replacement)));
    }

    /**
     * The written text with each letter given the term's case: line breaks, plural endings and
     * every other character stay as written ("security\n incidents" gives "Security\n Incidents").
     */
    private static String recased(String written, String term) {
        List<int[]> writtenWords = ProseScanner.words(written);
        List<int[]> termWords = ProseScanner.words(term);
        StringBuilder out = new StringBuilder(written);
        for (int k = 0; k < Math.min(writtenWords.size(), termWords.size()); k++) {
            int at = writtenWords.get(k)[0];
            int end = writtenWords.get(k)[1];
            for (int i = termWords.get(k)[0]; i < termWords.get(k)[1] && at < end; i++, at++) {
                char t = term.charAt(i);
                if (Character.toLowerCase(t) == Character.toLowerCase(out.charAt(at))) {
                    out.setCharAt(at, t);
                }
            }
        }
        return out.toString();
    }

    /** The words between a sentence's start and an inline definition in it, which the definition names. */
    private static List<Span> inlineLeadIns(CheckContext context, DefinedTerms terms) {
        List<Span> spans = new ArrayList<>();
        for (Glossary.Term term : terms.glossary().terms()) {
            if (!term.inline()) {
                continue;
            }
            for (Prose prose : context.outline().prose()) {
                if (prose.span().covers(term.definedAt())) {
                    String text = prose.maskedText(context.source());
                    int start = ProseScanner.sentenceStartBefore(text, term.definedAt().start() - prose.span().start());
                    spans.add(new Span(prose.span().start() + start, term.definedAt().start()));
                    break;
                }
            }
        }
        return spans;
    }

    private static boolean within(List<Span> spans, Span span) {
        for (Span s : spans) {
            if (s.covers(span)) {
                return true;
            }
        }
        return false;
    }
}
