package cspec.procurement.tender;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link Draft} as .cspec text: the header (party names left as blanks to fill, their
 * role words, and "will means must" when the import read "will" as an obligation), the
 * definitions, then the sections with their requirements, questions and background. Each item
 * carries the source's numbering as {@code (ref "...")}; prose is wrapped and indented so that no
 * line of it can start with what would end it ('}') or make it a comment ('//') or a list item.
 */
final class DraftWriter {
    static final int WIDTH = 100;
    private final StringBuilder out = new StringBuilder();

    private DraftWriter() {
    }

    static String write(Draft draft, String sourceName, String reportName) {
        DraftWriter writer = new DraftWriter();
        writer.header(draft, sourceName, reportName);
        writer.definitions(draft);
        for (Object child : draft.root.children) {
            writer.child(child, "");
        }
        return writer.out.toString();
    }

    private void header(Draft draft, String sourceName, String reportName) {
        line("// Imported by `cspec import` from " + oneLine(sourceName) + ". Review every item before it goes out:");
        line("// " + oneLine(reportName) + " lists what was dropped or could not be mapped, with its place in the source.");
        line("contract " + string(draft.title) + " {");
        line("    client \"[Client name]\"" + roleWords(draft.clientWords));
        line("    provider \"[Provider name]\"" + roleWords(draft.providerWords));
        if (draft.willMeansMust) {
            line("    will means must");
        }
        line("}");
    }

    private static String roleWords(List<String> words) {
        List<String> quoted = new ArrayList<>();
        words.forEach(w -> quoted.add(string(w)));
        return quoted.isEmpty() ? "" : " as " + String.join(", ", quoted);
    }

    private void definitions(Draft draft) {
        if (draft.definitions.isEmpty()) {
            return;
        }
        line("");
        line("definitions {");
        for (Draft.Definition d : draft.definitions) {
            if (!d.preface().isEmpty()) {
                line("    // " + oneLine(d.preface()));
            }
            prose("    " + string(d.term()) + " means", d.meaning(), "        ");
        }
        line("}");
    }

    private void child(Object child, String indent) {
        if (child instanceof Draft.Section section) {
            line("");
            if (!section.number.isEmpty()) {
                line(indent + "// source " + oneLine(section.number));
            }
            line(indent + "section " + section.id + " " + string(section.title) + " {");
            for (Object inner : section.children) {
                child(inner, indent + "    ");
            }
            line(indent + "}");
        } else if (child instanceof Draft.Entry entry) {
            entry(entry, indent);
        }
    }

    private void entry(Draft.Entry entry, String indent) {
        StringBuilder head = new StringBuilder(indent);
        head.append(entry.modality() == null ? "background" : entry.modality().keyword() + " " + entry.id());
        if (!entry.ref().isEmpty()) {
            head.append(" (ref ").append(string(entry.ref())).append(')');
        }
        head.append(':');
        String proseIndent = indent + "    ";
        prose(head.toString(), entry.text(), proseIndent);
        for (Draft.Item item : entry.items()) {
            String bullet = proseIndent + "- " + (item.ref().isEmpty() ? "" : "(ref " + string(item.ref()) + ") ");
            wrapped(bullet, item.text(), proseIndent + "  ");
        }
    }

    /** A header ending in ':' or 'means', its prose starting on the same line and wrapped under it. */
    private void prose(String header, String text, String indent) {
        wrapped(header + " ", text, indent);
    }

    private void wrapped(String first, String text, String indent) {
        StringBuilder line = new StringBuilder(first);
        boolean hasWord = false;
        for (String word : oneLine(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean unsafeStart = word.startsWith("}") || word.startsWith("//") || word.matches("[-*+\u2022]");
            if (!hasWord) {
                line.append(word);
                hasWord = true;
            } else if (line.length() + 1 + word.length() <= WIDTH || unsafeStart) {
                line.append(' ').append(word);
            } else {
                line(line.toString());
                line = new StringBuilder(indent).append(word);
            }
        }
        line(line.toString());
    }

    private void line(String text) {
        out.append(text.stripTrailing()).append('\n');
    }

    static String string(String value) {
        return "\"" + oneLine(value).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String oneLine(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c) ? ' ' : c);
        }
        return b.toString().replaceAll(" {2,}", " ").strip();
    }
}
