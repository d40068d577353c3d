package cspec.procurement.tender;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences at '.', '?' and '!' followed by a space and a capital, a
 * digit, a quote or a bracket, except after an abbreviation ("Inc.", "e.g.", "a.m."), an initial
 * ("J. Smith") or a number label ("1. Scope"), and never inside brackets or quotes. Every
 * character of the paragraph stays in exactly one sentence.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "inc", "corp", "co", "ltd", "llc", "plc", "no", "nos", "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr",
            "st", "u.s", "a.m", "p.m", "sec", "art", "approx", "incl", "cf", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "fig", "para", "paras", "ref", "min", "max", "est", "dept", "p", "pp",
            "viz", "al", "n.a", "u.k", "e.u");

    /** Words a single capital letter names rather than initials: "Exhibit A. All amounts ..." ends a sentence. */
    private static final Set<String> LABEL_WORDS = Set.of("exhibit", "schedule", "appendix", "annex", "section", "article",
            "part", "attachment", "clause", "item", "class", "type", "grade", "tier", "level", "option", "phase", "table",
            "figure", "form", "plan", "lot", "volume");

    private Sentences() {
    }

    public static List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int depth = 0;
        boolean inQuote = false;
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '"') {
                inQuote = !inQuote;
            } else if ((c == '.' || c == '?' || c == '!') && depth == 0 && !inQuote && endsSentence(paragraph, i)) {
                int end = i + 1;
                while (end < paragraph.length() && (paragraph.charAt(end) == '"' || paragraph.charAt(end) == '\u201d'
                        || paragraph.charAt(end) == ')')) {
                    end++;
                }
                add(sentences, paragraph.substring(start, end));
                start = end;
            }
        }
        add(sentences, paragraph.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String text) {
        if (!text.isBlank()) {
            sentences.add(text.strip());
        }
    }

    private static boolean endsSentence(String text, int at) {
        int next = at + 1;
        while (next < text.length() && (text.charAt(next) == '"' || text.charAt(next) == '\u201d' || text.charAt(next) == ')')) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        int following = next;
        while (following < text.length() && Character.isWhitespace(text.charAt(following))) {
            following++;
        }
        if (following >= text.length()) {
            return true;
        }
        char first = text.charAt(following);
        boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '\u201c'
                || first == '(' || first == '[' || brandName(text, following);
        if (!opens || text.charAt(at) != '.') {
            return opens;
        }
        String word = wordBefore(text, at);
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower) || word.length() == 1 && Character.isUpperCase(word.charAt(0))
                && !LABEL_WORDS.contains(previousWord(text, at).toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "1. Scope" or "(a). The": a label, not the end of a sentence.
        return !(lower.matches("\\d{1,3}|[ivx]{1,4}|[a-z]") && labelStart(text, at - word.length()));
    }

    /** The word before the one that ends at dot ("Exhibit" for "Exhibit A."). */
    private static String previousWord(String text, int dot) {
        int i = dot;
        while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        int end = i;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /** "eGain", "iPhone": a name that starts in lower case and has a capital inside still starts a sentence. */
    private static boolean brandName(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(start, end);
        return word.length() > 1 && Character.isLowerCase(word.charAt(0)) && !word.equals(word.toLowerCase(Locale.ROOT));
    }

    private static String wordBefore(String text, int dot) {
        int i = dot;
        while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        return text.substring(i, dot);
    }

    private static boolean labelStart(String text, int wordStart) {
        String before = text.substring(0, Math.max(0, wordStart)).strip();
        return before.isEmpty() || before.endsWith(":") || before.endsWith(";");
    }
}
