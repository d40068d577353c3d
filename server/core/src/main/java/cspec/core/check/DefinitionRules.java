package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.prose.Glossary;
import cspec.core.prose.ProseScanner;
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
        duplicates(terms, report);
        for (Glossary.Term term : terms.canonical()) {
            if (!terms.isUsed(term)) {
                report.accept(Diagnostic.of(Rule.UNUSED_DEFINITION, term.definedAt(),
                        "\u201C" + term.text() + "\u201D is defined but never used: use it in the contract's wording,"
                                + " or delete the definition.").markedUnnecessary());
            }
        }
        for (DefinedTerms.TermUse use : terms.uses()) {
            if (use.exactCase() || (use.firstLetterOnly() && use.sentenceStart())) {
                continue;
            }
            report.accept(termCase(context.source(), use));
        }
    }

    private static void duplicates(DefinedTerms terms, Consumer<Diagnostic> report) {
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
        String written = use.written();
        String term = use.term().text();
        String replacement = recased(written, term);
        Diagnostic d = Diagnostic.of(Rule.TERM_CASE, use.span(),
                "\u201C" + Messages.quote(written) + "\u201D reads as a different word from the defined term \u201C" + term
                        + "\u201D: write \u201C" + Messages.quote(replacement) + "\u201D so the definition applies, or"
                        + " reword if the ordinary meaning is intended.")
                .withRelated(RelatedLocation.here(use.term().definedAt(), "\u201C" + term + "\u201D is defined here."));
        return d.withFix(new Fix("Write \u201C" + Messages.quote(replacement) + "\u201D", wordEdits(use, replacement), false));
    }

    /** One edit per word whose letters change, so line breaks and comment lines between words stay untouched. */
    private static List<TextEdit> wordEdits(DefinedTerms.TermUse use, String replacement) {
        List<TextEdit> edits = new ArrayList<>();
        int base = use.span().start();
        for (int[] word : ProseScanner.words(use.written())) {
            String now = use.written().substring(word[0], word[1]);
            String wanted = replacement.substring(word[0], word[1]);
            if (!now.equals(wanted)) {
                edits.add(new TextEdit(new Span(base + word[0], base + word[1]), wanted));
            }
        }
        return edits;
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
}
