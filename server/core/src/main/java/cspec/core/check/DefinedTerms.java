package cspec.core.check;

import cspec.core.catalog.Catalog;
import cspec.core.prose.Glossary;
import cspec.core.prose.ProseScanner;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Prose;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A contract's defined terms and every place its prose uses them, found once for the definition
 * rules. A term's key is its lower-case text, so "Services" and "services" are one term; the
 * first definition is the one the others are measured against.
 */
final class DefinedTerms {
    /** One use of a term: which term (its first definition), where, whether the case is exact, and whether it opens a sentence. */
    record TermUse(Glossary.Term term, Span span, String written, boolean exactCase, boolean firstLetterOnly,
            boolean sentenceStart) {
    }

    private final Glossary glossary;
    private final List<Glossary.Term> canonical;
    private final List<TermUse> uses = new ArrayList<>();
    private final boolean[] usedElsewhere;

    private DefinedTerms(Glossary glossary, List<Glossary.Term> canonical) {
        this.glossary = glossary;
        this.canonical = canonical;
        this.usedElsewhere = new boolean[canonical.size()];
    }

    static DefinedTerms of(CheckContext context) {
        Glossary glossary = Glossary.of(context.source(), context.file().document(), context.outline());
        Map<String, Glossary.Term> first = new LinkedHashMap<>();
        for (Glossary.Term term : glossary.terms()) {
            first.putIfAbsent(key(term.text()), term);
        }
        DefinedTerms terms = new DefinedTerms(glossary, List.copyOf(first.values()));
        terms.collect(context);
        return terms;
    }

    static String key(String term) {
        return term.toLowerCase(Locale.ROOT);
    }

    Glossary glossary() {
        return glossary;
    }

    /** The first definition of each term, in document order. */
    List<Glossary.Term> canonical() {
        return canonical;
    }

    /** Uses in this contract's own prose, in document order, never counting the definitions' own term strings. */
    List<TermUse> uses() {
        return uses;
    }

    /** True when the term is used anywhere other than its own definition (standard wording of referenced clauses included). */
    boolean isUsed(Glossary.Term term) {
        int index = canonical.indexOf(term);
        return index >= 0 && usedElsewhere[index];
    }

    private void collect(CheckContext context) {
        List<String> texts = canonical.stream().map(Glossary.Term::text).toList();
        if (texts.isEmpty()) {
            return;
        }
        ProseScanner.PhraseSet phrases = ProseScanner.PhraseSet.of(texts);
        Map<Prose, Glossary.Term> ownProse = new java.util.IdentityHashMap<>();
        for (Definitions.Definition definition : context.outline().definitions()) {
            canonical.stream().filter(t -> t.definedAt().equals(definition.term().span())).findFirst()
                    .ifPresent(t -> ownProse.put(definition.prose(), t));
        }
        SourceText source = context.source();
        for (Prose prose : context.outline().prose()) {
            String text = prose.maskedText(source);
            int base = prose.span().start();
            List<LeadIn> leadIns = leadIns(text, base);
            for (ProseScanner.Use use : ProseScanner.uses(text, base, phrases)) {
                Glossary.Term term = canonical.get(use.phrase());
                if (namedByInlineDefinition(leadIns, term, use.span())
                        || (ownProse.get(prose) == term && !use.exactCase())) {
                    continue; // "services" inside "Services" means ...: the ordinary words the term is made from
                }
                boolean start = ProseScanner.atSentenceStart(text, use.span().start() - base);
                String written = text.substring(use.span().start() - base, use.span().end() - base);
                uses.add(new TermUse(term, use.span(), written, use.exactCase(), use.firstLetterOnly(), start));
                if (ownProse.get(prose) != term) {
                    usedElsewhere[use.phrase()] = true;
                }
            }
        }
        markLibraryWording(context, phrases);
    }

    /** A clause given without prose takes its library's wording, and terms used there count as used. */
    private void markLibraryWording(CheckContext context, ProseScanner.PhraseSet phrases) {
        Catalog catalog = context.catalog();
        for (Outline.Placed<Clause> placed : context.outline().clauses()) {
            Clause clause = placed.item();
            if (clause.prose() != null || clause.id() == null) {
                continue;
            }
            Optional<Catalog.ClauseEntry> entry = catalog.clause(clause.id().text());
            if (entry.isEmpty() || entry.get().clause().prose() == null) {
                continue;
            }
            Prose wording = entry.get().clause().prose();
            for (ProseScanner.Use use : ProseScanner.uses(wording.maskedText(entry.get().source()), 0, phrases)) {
                usedElsewhere[use.phrase()] = true;
            }
        }
    }

    /** An inline definition and the words before it in its sentence. */
    private record LeadIn(String key, Span span) {
    }

    /**
     * The inline definitions in one piece of prose, each with the words before it in its sentence:
     * in "security monitoring services (the "Services")" those words are what the definition
     * names, so "services" there is neither a use of the term nor a miscapitalised one; nor is it
     * a use of a shorter term the inline one contains ("the services (the "Managed Services")"
     * beside a defined "Services").
     */
    private List<LeadIn> leadIns(String text, int base) {
        List<LeadIn> leadIns = new ArrayList<>();
        Span prose = new Span(base, base + text.length());
        for (Glossary.Term term : glossary.terms()) {
            if (term.inline() && prose.covers(term.definedAt())) {
                int start = ProseScanner.sentenceStartBefore(text, term.definedAt().start() - base);
                leadIns.add(new LeadIn(key(term.text()), new Span(base + start, term.definedAt().end())));
            }
        }
        return leadIns;
    }

    private static boolean namedByInlineDefinition(List<LeadIn> leadIns, Glossary.Term term, Span span) {
        for (LeadIn leadIn : leadIns) {
            if ((" " + leadIn.key() + " ").contains(" " + key(term.text()) + " ") && leadIn.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
