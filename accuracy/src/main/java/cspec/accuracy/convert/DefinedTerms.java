package cspec.accuracy.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two ways contracts define terms.
 *
 * <p>A <em>definition sentence</em> opens with the quoted term and a defining verb:
 * {@code "Hosted Site" shall mean ...}, {@code The term "Web site" means ...},
 * {@code "Material Breach" includes ...}. It becomes an entry of the {@code definitions} block:
 * the prose is what follows "means" (or "shall mean", "mean", "will mean"); with any other verb
 * ("includes", "has the meaning ...") the verb stays at the head of the prose, so no word is lost
 * but the defining "means".
 *
 * <p>An <em>inline definition</em> is a quoted term in brackets after the words it names:
 * {@code ("Company")}, {@code (the "Services")}, {@code (hereinafter "Consultant")},
 * {@code (each, a "Party" and together the "Parties")}. {@link #inline} finds every term of every
 * such bracket, whatever the words around the quotes.
 */
public final class DefinedTerms {
    /** A definition sentence: the term and its prose. */
    public record Definition(String term, String prose) {
    }

    /** An inline definition: the term, where its bracket starts in the sentence, and the words it names. */
    public record Inline(String term, int bracket, String named) {
    }

    private static final String QUOTED = "[\"\u201C]([^\"\u201C\u201D]{1,80}?)\\s*[\"\u201D]";
    private static final Pattern DEFINITION = Pattern.compile(
            "^(?:(?:as used (?:in|herein)|in this|for (?:the )?purposes? of)[^\"\u201C]{0,80}?,\\s*)?"
                    + "(?:the\\s+(?:(?:terms?|expressions?|words?)\\s+)?)?" + QUOTED
                    + "(?:\\s*(?:,|or|and)\\s*[\"\u201C][^\"\u201C\u201D]{1,80}?[\"\u201D])*"
                    + "\\s*(?:\\([^)]{0,60}\\)\\s*)?,?\\s*"
                    + "(means|shall mean|will mean|mean|shall have the meanings?|has the meanings?|have the meanings?"
                    + "|shall be defined as|is defined as|refers to|shall refer to|includes|shall include)\\b\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern EMBEDDED_DEFINITION = Pattern.compile(
            "[:;]\\s*(?:(?:and|or)\\s+)?((?:the\\s+)?" + QUOTED + "\\s*(?:means|shall mean|shall have the meaning|has the meaning)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKET = Pattern.compile("\\(([^()]{0,160})\\)");
    private static final Pattern QUOTED_TERM = Pattern.compile(QUOTED);
    /** Words that end the phrase an inline definition names, looking back from its bracket. */
    private static final Pattern NAMED_START = Pattern.compile(
            "(?i)(?:[;:()]|\\bbetween\\b|\\bamong\\b|\\band\\b|\\bmeans\\b|\\bwith\\b|\\bby\\b)");
    private static final int MAX_NAMED_WORDS = 12;

    private DefinedTerms() {
    }

    /**
     * A sentence cut before each definition it runs into: a glossary written as one sentence
     * ("The following terms have the following meanings: "Capacity" means ...; "Commencement
     * Date" means ...;") gives its lead-in and then one piece per definition. A definition starts
     * a piece only at the start of the sentence or after a colon or semicolon (and an optional
     * "and"/"or"), so a quoted term inside a definition's own text stays in it.
     */
    public static List<String> pieces(String sentence) {
        List<String> pieces = new ArrayList<>();
        Matcher m = EMBEDDED_DEFINITION.matcher(sentence);
        int start = 0;
        while (m.find()) {
            int at = m.start(1);
            if (at > start) {
                pieces.add(sentence.substring(start, at).strip());
            }
            start = at;
        }
        pieces.add(sentence.substring(start).strip());
        pieces.removeIf(String::isEmpty);
        return pieces;
    }

    /** True when a text opens like a definition sentence; such a paragraph never continues the one before it. */
    public static boolean opensDefinition(String text) {
        return DEFINITION.matcher(text.strip()).lookingAt();
    }

    public static Optional<Definition> definition(String sentence) {
        Matcher m = DEFINITION.matcher(sentence.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String term = m.group(1).strip();
        String verb = m.group(2);
        String rest = m.group(3).strip();
        boolean means = verb.toLowerCase(Locale.ROOT).endsWith("mean") || verb.equalsIgnoreCase("means");
        String prose = means ? rest : (verb + " " + rest).strip();
        if (prose.isEmpty() || term.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Definition(term, prose));
    }

    /** Every inline definition in a sentence, in order. */
    public static List<Inline> inline(String sentence) {
        List<Inline> found = new ArrayList<>();
        Matcher bracket = BRACKET.matcher(sentence);
        while (bracket.find()) {
            Matcher quoted = QUOTED_TERM.matcher(bracket.group(1));
            String named = named(sentence, bracket.start());
            while (quoted.find()) {
                String term = quoted.group(1).strip();
                if (!term.isEmpty() && Character.isLetter(term.charAt(0))) {
                    found.add(new Inline(term, bracket.start(), named));
                }
            }
        }
        return found;
    }

    /**
     * The words an inline definition names: the text before its bracket back to the nearest
     * bracket, colon, semicolon, "between", "and", "by", "with" or "means", at most 12 words, with
     * a trailing comma dropped. "by and between Driven Deliveries, Inc. ("Company")" names
     * "Driven Deliveries, Inc.".
     */
    static String named(String sentence, int bracket) {
        String before = sentence.substring(0, bracket);
        Matcher m = NAMED_START.matcher(before);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        String named = before.substring(start).strip().replaceAll("\\s+", " ");
        String[] words = named.split(" ");
        if (words.length > MAX_NAMED_WORDS) {
            named = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - MAX_NAMED_WORDS, words.length));
        }
        named = named.replaceAll("^[,\\s]+|[,\\s]+$", "");
        return named;
    }
}
