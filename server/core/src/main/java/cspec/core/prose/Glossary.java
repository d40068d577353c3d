package cspec.core.prose;

import cspec.core.syntax.Contract;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Document;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Prose;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a contract gives meaning to: defined terms (from definitions blocks and inline
 * definitions such as {@code (the "Services")}) and the parties' names and role words.
 */
public final class Glossary {
    /** A defined term and where it is defined; inline is true for a (the "Term") definition in prose. */
    public record Term(String text, Span definedAt, boolean inline) {
    }

    // Bounded character classes and no nested quantifiers: linear time on any input.
    /**
     * A bracket that defines terms: its text (at most 160 characters, no nested bracket) holds one
     * or more quoted terms with only joining words around them: ("Term"), (the "Term"), (each, a
     * "Party" and together, the "Parties"), (hereinafter referred to as the "Consultant"),
     * (collectively, the "Services").
     */
    private static final Pattern DEFINING_BRACKET = Pattern.compile("\\(([^()\\n]{1,160})\\)");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201C]([^\"\u201C\u201D()\\n]{1,80})[\"\u201D]");
    /** Words a defining bracket may hold besides its quoted terms. */
    private static final Pattern JOINING = Pattern.compile(
            "(?i)(?:\\s|,|;|\\band\\b|\\bor\\b|\\bthe\\b|\\ba\\b|\\ban\\b|\\beach\\b|\\btogether\\b|\\bcollectively\\b"
                    + "|\\bhereinafter\\b|\\bherein\\b|\\breferred\\b|\\bto\\b|\\bas\\b|\\bcalled\\b|\\bindividually\\b"
                    + "|\\bseparately\\b|\\bjointly\\b|\\bsuch\\b|\\bany\\b|\\bin\\b|\\bthis\\b|\\bagreement\\b|\\bthereof\\b|\\bhereof\\b)*");
    /** "Term" shall mean / means / is defined as, in prose: a definition in a sentence of its own. */
    private static final Pattern MEANS_DEFINITION = Pattern.compile(
            "[\"\u201C]([^\"\u201C\u201D()\\n]{1,80})[\"\u201D]\\s{0,3}(?:shall mean|means|is defined as|shall be defined as|has the meaning|shall have the meaning)\\b");
    /** An acronym defined in brackets after the capitalised words it stands for: "Managed Detection and Response (MDR)". */
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z][A-Z0-9&]{1,9})s?\\)");

    private final List<Term> terms;
    private final Set<String> partyWords;

    private Glossary(List<Term> terms, Set<String> partyWords) {
        this.terms = List.copyOf(terms);
        this.partyWords = Set.copyOf(partyWords);
    }

    public static Glossary of(SourceText source, Document document, Outline outline) {
        List<Term> terms = new ArrayList<>();
        for (Definitions.Definition definition : outline.definitions()) {
            if (isTerm(definition.term().value())) {
                terms.add(new Term(definition.term().value(), definition.term().span(), false));
            }
        }
        inlineTerms(source, outline.prose(), terms);
        Set<String> parties = new LinkedHashSet<>();
        if (document instanceof Contract contract) {
            parties.add("Client");
            parties.add("Provider");
            for (HeaderField field : contract.fields()) {
                if (field instanceof HeaderField.Party party) {
                    if (!party.roleWords().isEmpty()) {
                        parties.remove(party.standardRoleWord());
                    }
                    parties.addAll(party.effectiveRoleWords());
                    parties.add(party.partyName().value());
                }
            }
        }
        return new Glossary(terms, parties);
    }

    /**
     * The terms every prose of a document defines inline, in document order. The loop over the
     * prose is a method of its own so that {@link #of}, run once per document, holds no long loop:
     * a batch lint otherwise compiled of, with all it inlines, once on stack replacement and again whole.
     */
    private static void inlineTerms(SourceText source, List<Prose> prose, List<Term> terms) {
        for (Prose p : prose) {
            inlineTerms(p.maskedText(source), p.span().start(), terms);
        }
    }

    /**
     * The terms one piece of prose defines inline, in text order: every quoted term of a
     * defining bracket, a quoted term before "shall mean" or "is defined as", and an acronym in
     * brackets after the capitalised words it abbreviates. A redaction ([*], "***") is no term.
     */
    static void inlineTerms(String text, int base, List<Term> terms) {
        List<Term> found = new ArrayList<>();
        // Brackets and acronyms need a '(', a "means" definition a quotation mark: most prose has neither.
        boolean brackets = text.indexOf('(') >= 0;
        boolean quotes = text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0;
        Matcher bracket = DEFINING_BRACKET.matcher(brackets ? text : "");
        while (bracket.find()) {
            String inside = bracket.group(1);
            Matcher quoted = QUOTED.matcher(inside);
            int last = 0;
            boolean defining = true;
            List<Term> here = new ArrayList<>();
            while (quoted.find()) {
                defining &= JOINING.matcher(inside.substring(last, quoted.start())).matches();
                last = quoted.end();
                String term = quoted.group(1).strip();
                if (isTerm(term)) {
                    int start = base + bracket.start(1) + quoted.start(1);
                    here.add(new Term(term, new Span(start, start + quoted.group(1).length()), true));
                }
            }
            if (defining && !here.isEmpty() && JOINING.matcher(inside.substring(last)).matches()) {
                found.addAll(here);
            }
        }
        Matcher means = MEANS_DEFINITION.matcher(quotes ? text : "");
        while (means.find()) {
            if (isTerm(means.group(1).strip())) {
                int start = base + means.start(1);
                found.add(new Term(means.group(1).strip(), new Span(start, start + means.group(1).length()), true));
            }
        }
        Matcher acronym = ACRONYM.matcher(brackets ? text : "");
        while (acronym.find()) {
            if (abbreviates(text, acronym.start(), acronym.group(1))) {
                int start = base + acronym.start(1);
                found.add(new Term(acronym.group(1), new Span(start, start + acronym.group(1).length()), true));
            }
        }
        found.sort((a, b) -> Integer.compare(a.definedAt().start(), b.definedAt().start()));
        terms.addAll(found);
    }

    private static boolean isTerm(String term) {
        return term.chars().anyMatch(Character::isLetterOrDigit);
    }

    /** True when the capitalised words right before the bracket start with the acronym's letters, in order. */
    private static boolean abbreviates(String text, int bracket, String acronym) {
        int end = bracket;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        int words = 0;
        while (start > 0 && words < acronym.length() + 3) {
            int w = start;
            while (w > 0 && Character.isWhitespace(text.charAt(w - 1))) {
                w--;
            }
            int s = w;
            while (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) {
                s--;
            }
            if (s == w) {
                break;
            }
            start = s;
            words++;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : text.substring(start, end).split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString().endsWith(acronym.replace("&", "")) && acronym.length() >= 2;
    }

    /** Every definition in document order, duplicates included (duplicate-definition reports them). */
    public List<Term> terms() {
        return terms;
    }

    /** The role words ("Client", "Provider" or the header's 'as' words) and the parties' names. */
    public Set<String> partyWords() {
        return partyWords;
    }

    public boolean isDefined(String text) {
        return terms.stream().anyMatch(t -> t.text().equals(text));
    }
}
