package cspec.core.check;

import cspec.core.catalog.Catalog;
import cspec.core.prose.Glossary;
import cspec.core.prose.ProseScanner;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Prose;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
        Glossary glossary = context.glossary();
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
        List<String> texts = canonical.stream().map(t -> withoutArticle(t.text())).toList();
        if (texts.isEmpty()) {
            return;
        }
        ProseScanner.PhraseSet phrases = ProseScanner.PhraseSet.withPlurals(texts);
        PhraseList known = PhraseList.of(texts, context.reuse());
        Map<Prose, Glossary.Term> ownProse = ownProse(context.outline());
        for (Prose prose : context.outline().prose()) {
            collectIn(prose, ownProse.get(prose), context, phrases, known);
        }
        markLibraryWording(context, phrases);
        markCorrelatives();
    }

    /** The prose of each definition in a block, mapped to the term it defines (when that is the term's first definition). */
    private Map<Prose, Glossary.Term> ownProse(Outline outline) {
        Map<Span, Glossary.Term> byPlace = new HashMap<>();
        for (Glossary.Term term : canonical) {
            byPlace.putIfAbsent(term.definedAt(), term);
        }
        Map<Prose, Glossary.Term> ownProse = new IdentityHashMap<>();
        for (Definitions.Definition definition : outline.definitions()) {
            Glossary.Term term = byPlace.get(definition.term().span());
            if (term != null) {
                ownProse.put(definition.prose(), term);
            }
        }
        return ownProse;
    }

    /**
     * The uses of the terms in one piece of prose; own is the term that prose defines, or null.
     * A step of its own, so that the compiler compiles it once, apart from the loop over the prose.
     */
    private void collectIn(Prose prose, Glossary.Term own, CheckContext context, ProseScanner.PhraseSet phrases,
            PhraseList known) {
        String text = prose.maskedText(context.source());
        int base = prose.span().start();
        List<LeadIn> leadIns = leadIns(text, base);
        UsesAt found = context.reuse().get(new UsesKey(text, known),
                () -> new UsesAt(base, ProseScanner.uses(text, base, phrases)));
        for (ProseScanner.Use use : found.at(base)) {
            Glossary.Term term = canonical.get(use.phrase());
            if (namedByInlineDefinition(leadIns, term, use.span()) || (own == term && !use.exactCase())) {
                continue; // "services" inside "Services" means ...: the ordinary words the term is made from
            }
            boolean start = ProseScanner.atSentenceStart(text, use.span().start() - base);
            String written = text.substring(use.span().start() - base, use.span().end() - base);
            uses.add(new TermUse(term, use.span(), written, use.exactCase(), use.firstLetterOnly(), start));
            if (own != term) {
                usedElsewhere[use.phrase()] = true;
            }
        }
    }

    /**
     * "a Marketplace", "the innocent party": an article a contract put inside the quotes is not
     * part of the term, so "the Marketplace" and "suffered by the innocent party" use it.
     */
    static String withoutArticle(String term) {
        String lower = term.toLowerCase(Locale.ROOT);
        for (String article : List.of("the ", "a ", "an ")) {
            if (lower.startsWith(article) && term.length() > article.length() && !term.substring(article.length()).isBlank()) {
                return term.substring(article.length()).strip();
            }
        }
        return term;
    }

    /**
     * Correlative forms defined together ("CONTROLS", "CONTROLLING", "CONTROLLED BY"): a form
     * whose first word shares its stem with a used term of the contract is part of one boilerplate
     * definition, not a term of its own left unused.
     */
    private void markCorrelatives() {
        Map<String, java.util.Set<String>> usedForms = new java.util.HashMap<>();
        for (int i = 0; i < canonical.size(); i++) {
            if (usedElsewhere[i]) {
                usedForms.computeIfAbsent(stem(canonical.get(i).text()), k -> new java.util.HashSet<>())
                        .add(firstWord(canonical.get(i).text()));
            }
        }
        for (int i = 0; i < canonical.size(); i++) {
            String stem = stem(canonical.get(i).text());
            java.util.Set<String> forms = usedForms.getOrDefault(stem, java.util.Set.of());
            String own = firstWord(canonical.get(i).text());
            // another form of the word, not the same word: "Microsoft Site" is no form of "Microsoft Search Engine"
            if (!usedElsewhere[i] && stem.length() >= 5 && forms.stream().anyMatch(f -> !f.equals(own))) {
                usedElsewhere[i] = true;
            }
        }
    }

    private static String firstWord(String term) {
        String text = withoutArticle(term);
        List<int[]> words = ProseScanner.words(text);
        return words.isEmpty() ? "" : text.substring(words.get(0)[0], words.get(0)[1]).toLowerCase(Locale.ROOT);
    }

    /** The first word of a term without an inflection: "CONTROLLING", "Controlled" and "Controls" give "control". */
    private static String stem(String term) {
        String w = firstWord(term);
        for (String ending : List.of("ing", "ed", "es", "s")) {
            if (w.endsWith(ending) && w.length() - ending.length() >= 4) {
                w = w.substring(0, w.length() - ending.length());
                break;
            }
        }
        int n = w.length();
        if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2)) {
            w = w.substring(0, n - 1); // "controll" after "controlling"
        }
        return w;
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

    /** Everything the uses of the terms in one prose depend on: its masked text and the terms. */
    private record UsesKey(String text, PhraseList terms) {
    }

    /** The uses found in one prose at base, moved to wherever the prose starts now. */
    private record UsesAt(int base, List<ProseScanner.Use> uses) {
        List<ProseScanner.Use> at(int start) {
            if (start == base) {
                return uses;
            }
            List<ProseScanner.Use> moved = new ArrayList<>();
            for (ProseScanner.Use u : uses) {
                Span span = new Span(u.span().start() + start - base, u.span().end() + start - base);
                moved.add(new ProseScanner.Use(u.phrase(), span, u.exactCase(), u.firstLetterOnly()));
            }
            return moved;
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
