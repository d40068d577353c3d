package cspec.core.drafting;

import cspec.core.catalog.Catalog;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Document;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Prose;
import cspec.core.text.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words of clauses: a library clause's standard wording as paragraphs, the placeholder
 * values a contract clause gives, and line wrapping for text that cspec writes into a file.
 */
public final class ClauseText {
    private ClauseText() {
    }

    /** The prose as paragraphs, each with its whitespace and line breaks collapsed to single spaces. */
    public static List<String> paragraphs(Prose prose, SourceText source) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : prose.maskedText(source).split("\r\n|\r|\n", -1)) {
            String words = collapse(line);
            if (words.isEmpty()) {
                if (current.length() > 0) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
                continue;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(words);
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /** A library clause's placeholders by name, each with its default value when it has one. */
    public static Map<String, Optional<String>> placeholders(Catalog.ClauseEntry entry) {
        if (entry.clause().prose() == null) {
            return Map.of();
        }
        return Placeholder.scan(entry.clause().prose().maskedText(entry.source())).byName();
    }

    /**
     * A library clause's wording as a contract with these role words takes it: "Client" and
     * "Provider" replaced by the contract's words, then placeholders filled from values, else
     * their defaults (a value is the contract's own text and is not substituted).
     */
    public static List<String> filledWording(Catalog.ClauseEntry entry, Map<String, String> values, RoleWords roles) {
        if (entry.clause().prose() == null) {
            return List.of();
        }
        List<String> filled = new ArrayList<>();
        for (String paragraph : paragraphs(entry.clause().prose(), entry.source())) {
            filled.add(Placeholder.fill(roles.apply(paragraph), values));
        }
        return filled;
    }

    /**
     * The placeholder values a contract clause gives: its {@code (NAME "value")} arguments, a
     * blank value counting as none. An unquoted {@code section} argument is a library's section
     * hint, not a value.
     */
    /**
     * The placeholder values of a clause in a document: its own arguments, then what the
     * contract's header says. A placeholder named {@code jurisdiction} takes the header's
     * {@code jurisdiction}, so the governing-law clause names the law the header names.
     */
    public static Map<String, String> values(Clause clause, Document document) {
        Map<String, String> values = values(clause);
        if (document instanceof Contract contract) {
            contract.fields().stream()
                    .filter(f -> f instanceof HeaderField.Text t && t.name().equals("jurisdiction") && !t.value().value().isBlank())
                    .findFirst()
                    .ifPresent(f -> values.putIfAbsent("jurisdiction", ((HeaderField.Text) f).value().value()));
        }
        return values;
    }

    public static Map<String, String> values(Clause clause) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Clause.Argument argument : clause.arguments()) {
            boolean hint = argument.name().text().equals("section") && !argument.quoted();
            if (!hint && argument.value() != null && !argument.value().isBlank()) {
                values.putIfAbsent(argument.name().text(), argument.value());
            }
        }
        return values;
    }

    /**
     * The placeholders a library clause marks for review with {@code (review NAME)}: defaults that
     * depend on the reader's circumstances, which clause-defaults reports when a contract takes them.
     */
    public static List<String> reviewed(Clause libraryClause) {
        List<String> names = new ArrayList<>();
        for (Clause.Argument a : libraryClause.arguments()) {
            if (a.name().text().equals("review") && !a.quoted() && a.value() != null) {
                names.add(a.value());
            }
        }
        return names;
    }

    /** Paragraphs wrapped at width columns, each line starting with indent, paragraphs separated by a blank line. */
    public static String wrap(List<String> paragraphs, String indent, int width) {
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) {
                out.append('\n');
            }
            out.append(wrapParagraph(paragraphs.get(p), indent, width));
        }
        return out.toString();
    }

    /** One paragraph as lines of at most width columns (a longer word gets a line of its own). */
    public static String wrapParagraph(String paragraph, String indent, int width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : paragraph.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean fresh = line.length() == indent.length();
            if (!fresh && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(indent);
                fresh = true;
            }
            if (!fresh) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
        return out.toString();
    }

    /** The whitespace that starts the line holding offset. */
    public static String indentAt(SourceText source, int offset) {
        int start = source.lines().lineStart(source.lines().lineOf(offset));
        int i = start;
        String text = source.text();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(start, i);
    }

    static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** A string literal for a value cspec writes into a file. */
    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
