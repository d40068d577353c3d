package cspec.core.editor;

import cspec.core.prose.Glossary;
import cspec.core.syntax.Prose;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names prose mentions: {@code [ID]} cross-references and verbatim uses of defined terms
 * (plurals allowed). One pass over each piece of prose, so the cost is linear in its length
 * plus the matches; the terms are looked up by their first word.
 */
final class ProseNames {
    /** A name written in prose: for a reference, span covers the ID inside the brackets. */
    record Mention(String name, Span span) {
    }

    private ProseNames() {
    }

    static List<Mention> references(SourceText source, List<Prose> prose) {
        List<Mention> found = new ArrayList<>();
        for (Prose p : prose) {
            String text = p.maskedText(source);
            int base = p.span().start();
            for (int i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) {
                int end = i + 1;
                if (end >= text.length() || !Character.isLetter(text.charAt(end))) {
                    continue;
                }
                while (end < text.length() && Ids.isIdChar(text.charAt(end))) {
                    end++;
                }
                if (end < text.length() && text.charAt(end) == ']') {
                    found.add(new Mention(text.substring(i + 1, end), new Span(base + i + 1, base + end)));
                }
            }
        }
        return found;
    }

    /** Uses of the glossary's terms; the quoted text of an inline definition is not a use. */
    static List<Mention> termUses(SourceText source, List<Prose> prose, Glossary glossary) {
        Map<String, List<String>> byFirstWord = new HashMap<>();
        Set<Integer> definitionStarts = new HashSet<>();
        for (Glossary.Term term : glossary.terms()) {
            if (term.text().isEmpty()) {
                continue;
            }
            byFirstWord.computeIfAbsent(firstWord(term.text()), k -> new ArrayList<>()).add(term.text());
            definitionStarts.add(term.definedAt().start());
        }
        List<Mention> found = new ArrayList<>();
        if (byFirstWord.isEmpty()) {
            return found;
        }
        for (Prose p : prose) {
            scan(p.maskedText(source), p.span().start(), byFirstWord, definitionStarts, found);
        }
        return found;
    }

    private static void scan(String text, int base, Map<String, List<String>> byFirstWord,
            Set<Integer> definitionStarts, List<Mention> found) {
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
                wordEnd++;
            }
            String word = text.substring(i, wordEnd);
            List<String> candidates = byFirstWord.get(word);
            if (candidates == null && word.endsWith("s")) {
                candidates = byFirstWord.get(word.substring(0, word.length() - 1));
            }
            int matched = candidates == null ? -1 : longestMatch(text, i, candidates);
            if (matched > 0 && !definitionStarts.contains(base + i)) {
                found.add(new Mention(text.substring(i, i + matched), new Span(base + i, base + i + matched)));
                i += matched;
            } else {
                i = wordEnd;
            }
        }
    }

    /** The length of the longest term written at text[at], without its plural ending; -1 if none. */
    private static int longestMatch(String text, int at, List<String> terms) {
        int best = -1;
        for (String term : terms) {
            if (term.length() > best && text.regionMatches(at, term, 0, term.length())
                    && endsWord(text, at + term.length())) {
                best = term.length();
            }
        }
        return best;
    }

    /** A term ends a word where it stops, or where its plural 's' or 'es' stops. */
    private static boolean endsWord(String text, int end) {
        int k = end;
        if (text.startsWith("es", k) && !isWordChar(text, k + 2)) {
            return true;
        }
        if (text.startsWith("s", k) && !isWordChar(text, k + 1)) {
            return true;
        }
        return !isWordChar(text, k);
    }

    private static boolean isWordChar(String text, int at) {
        return at < text.length() && Character.isLetterOrDigit(text.charAt(at));
    }

    private static String firstWord(String term) {
        int end = 0;
        while (end < term.length() && Character.isLetterOrDigit(term.charAt(end))) {
            end++;
        }
        return end == 0 ? term : term.substring(0, end);
    }
}
