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
        duplicates(terms, pointers(context), report);
        for (Glossary.Term term : terms.canonical()) {
            if (!terms.isUsed(term)) {
                report.accept(Diagnostic.of(Rule.UNUSED_DEFINITION, term.definedAt(),
                        "\u201C" + term.text() + "\u201D is defined but never used: use it in the contract's wording,"
                                + " or delete the definition.").markedUnnecessary());
            }
        }
        for (DefinedTerms.TermUse use : terms.uses()) {
            if (use.exactCase() || (use.firstLetterOnly() && use.sentenceStart()) || sameTermRestyled(use)) {
                continue;
            }
            report.accept(termCase(context.source(), use));
        }
    }

    /** How a definition that only points at another one begins: "has the meaning set forth in Section 4.3". */
    private static final java.util.regex.Pattern POINTER = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:shall\\s+)?(?:has|have|having)\\s+the\\s+meanings?\\b|^\\s*(?:is|are)?\\s*(?:as\\s+)?defined\\s+in\\b"
                    + "|^\\s*(?:is|are)\\s+given\\s+(?:to\\s+it\\s+)?in\\b|^\\s*see\\s+(?:section|clause|article|schedule)\\b");

    /** Where the definitions that only point at another definition are: a pointer is no second definition. */
    private static java.util.Set<Span> pointers(CheckContext context) {
        java.util.Set<Span> pointers = new java.util.HashSet<>();
        for (cspec.core.syntax.Definitions.Definition d : context.outline().definitions()) {
            if (d.prose() != null && POINTER.matcher(d.prose().maskedText(context.source())).find()) {
                pointers.add(d.term().span());
            }
        }
        return pointers;
    }

    private static void duplicates(DefinedTerms terms, java.util.Set<Span> pointers, Consumer<Diagnostic> report) {
        Map<String, Glossary.Term> first = new HashMap<>();
        for (Glossary.Term term : terms.glossary().terms()) {
            if (pointers.contains(term.definedAt())) {
                continue; // "\"Initial Term\" has the meaning set forth in Section 2.1": it points at the definition
            }
            Glossary.Term earlier = first.putIfAbsent(DefinedTerms.key(term.text()), term);
            if (earlier != null) {
                report.accept(Diagnostic.of(Rule.DUPLICATE_DEFINITION, term.definedAt(),
                        "\u201C" + term.text() + "\u201D is already defined: keep one definition and merge the wording"
                                + " the parties agreed into it, or give this term another name.")
                        .withRelated(RelatedLocation.here(earlier.definedAt(), "First defined here.")));
            }
        }
    }

    /**
     * Capitals and Title Case are two styles of one defined term: "SOFTWARE" defined and
     * "Software" used, "Licensed Technology" defined and "LICENSED TECHNOLOGY" used (an ALL-CAPS
     * disclaimer), and a possessive written "'s" after capitals. Only a use in lower case (all or
     * some of its words) reads as a different word.
     */
    static boolean sameTermRestyled(DefinedTerms.TermUse use) {
        String written = use.written().replace("'S", "'s").replace("\u2019S", "\u2019s");
        String term = use.term().text().replace("'S", "'s").replace("\u2019S", "\u2019s");
        if (written.equals(term)) {
            return true;
        }
        return styled(written) && styled(term);
    }

    /** Every word starts with a capital (ALL CAPS or Title Case); small joining words may stay lower case. */
    private static boolean styled(String text) {
        for (int[] w : ProseScanner.words(text)) {
            String word = text.substring(w[0], w[1]);
            if (!Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))
                    && !java.util.Set.of("of", "and", "or", "for", "the", "in", "to", "on", "s").contains(word)) {
                return false;
            }
        }
        return true;
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
