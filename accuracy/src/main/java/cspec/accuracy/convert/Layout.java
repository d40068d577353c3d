package cspec.accuracy.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a filing's cleaned text into what the converter reads: headings and sentences, in order.
 *
 * <p>Paragraphs are separated by blank lines; inside a paragraph, a run of three or more spaces
 * is a printed line break (see {@link PageFurniture}). A printed line that looks like a heading
 * and starts a paragraph, or follows a line that ended a sentence, is a heading. Paragraphs join
 * into one running text when the first does not end a sentence and the second continues it (it
 * starts in lower case or with a list item, or the first ends with a colon, a semicolon, a comma
 * or a word such as "and" or "the"): that is how a sentence cut by a page break, or a list of
 * items, reads on. A table (a paragraph of many short cells) is read on its own.
 * {@link SentenceSplitter} then cuts the running text into sentences.
 */
public final class Layout {
    /** One item of the contract in reading order: either a heading or a sentence. */
    public sealed interface Part permits HeadingPart, SentencePart {
    }

    public record HeadingPart(Headings.Heading heading) implements Part {
    }

    public record SentencePart(SentenceSplitter.Unit unit) implements Part {
    }

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ ]*\\n");
    private static final Pattern PRINTED_LINE_BREAK = Pattern.compile("\\n| {3,}");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.?!][\"\u201D\u2019')\\]]*$");
    private static final Set<String> CONNECTORS = Set.of(
            "and", "or", "the", "of", "to", "a", "an", "in", "for", "by", "with", "that", "which", "such", "any",
            "its", "their", "this", "than", "as", "from", "on", "at", "under", "be", "is", "are", "shall", "will",
            "may", "must", "not", "nor", "each", "all", "no", "if", "including", "between", "upon", "within");

    private Layout() {
    }

    public static List<Part> read(String cleanedText) {
        List<Part> parts = new ArrayList<>();
        StringBuilder flow = new StringBuilder();
        for (String paragraph : BLANK_LINES.split(cleanedText)) {
            List<String> lines = printedLines(paragraph);
            if (isTable(lines)) {
                // A table is read on its own: its cells never run into the sentences around it.
                flush(flow, parts);
                flow.append(String.join("   ", lines));
                flush(flow, parts);
                continue;
            }
            for (int k = 0; k < lines.size(); k++) {
                String line = lines.get(k);
                Optional<Headings.Heading> heading = headingAt(lines, k);
                if (heading.isPresent()) {
                    flush(flow, parts);
                    parts.add(new HeadingPart(heading.get()));
                    continue;
                }
                if (k == 0 && flow.length() > 0 && !continues(flow, line, String.join(" ", lines))) {
                    flush(flow, parts);
                }
                if (flow.length() > 0) {
                    // Lines of one paragraph keep the layout gap that separated them, so the
                    // splitter can see a list item that starts a printed line; paragraphs join
                    // with one space.
                    flow.append(k == 0 ? " " : "   ");
                }
                flow.append(line);
            }
        }
        flush(flow, parts);
        return parts;
    }

    /** A table: six or more printed lines, nearly all of them cells of at most four words. */
    static boolean isTable(List<String> lines) {
        if (lines.size() < 6) {
            return false;
        }
        long cells = lines.stream().filter(l -> l.split("\\s+").length <= 4).count();
        return cells * 10 >= lines.size() * 8;
    }

    /** The printed lines of a paragraph; a line holding only a label is joined to the line after it. */
    static List<String> printedLines(String paragraph) {
        List<String> lines = new ArrayList<>();
        String pending = "";
        for (String piece : PRINTED_LINE_BREAK.split(paragraph)) {
            String strip = piece.strip();
            if (strip.isEmpty()) {
                continue;
            }
            Optional<ClauseLabel> label = ClauseLabel.at(strip, 0);
            if (label.isPresent() && label.get().end() >= strip.length()) {
                pending = pending.isEmpty() ? strip : pending + "  " + strip;
                continue;
            }
            lines.add(pending.isEmpty() ? strip : pending + "  " + strip);
            pending = "";
        }
        if (!pending.isEmpty()) {
            lines.add(pending);
        }
        return lines;
    }

    /**
     * The heading on line k, when the line looks like one and stands where a heading stands: at
     * the start of a paragraph or after a line that ended a sentence (or another heading), and
     * before a line that starts a new sentence rather than continuing this one.
     */
    private static Optional<Headings.Heading> headingAt(List<String> lines, int k) {
        Optional<Headings.Heading> heading = Headings.ofLine(lines.get(k));
        if (heading.isEmpty()) {
            return heading;
        }
        if (k > 0) {
            String before = lines.get(k - 1).strip();
            boolean afterSentence = before.matches(".*[.;:?!][\"\u201D')\\]]*$") || Headings.ofLine(before).isPresent();
            if (!afterSentence) {
                return Optional.empty();
            }
        }
        if (k + 1 < lines.size()) {
            String next = lines.get(k + 1).strip();
            char first = next.charAt(0);
            if (Character.isLowerCase(first) && ClauseLabel.at(next, 0).isEmpty()) {
                return Optional.empty();
            }
        }
        return heading;
    }

    /** True when the paragraph starting with line continues the sentence in flow. */
    private static boolean continues(StringBuilder flow, String line, String paragraph) {
        String before = flow.toString().strip();
        if (ENDS_SENTENCE.matcher(before).matches()) {
            return false;
        }
        if (DefinedTerms.opensDefinition(paragraph)) {
            return false;
        }
        Optional<ClauseLabel> label = ClauseLabel.at(line, 0);
        if (label.isPresent()) {
            // A numbered clause that opens with a capital is a new clause; one that opens in lower
            // case ("4.2.2 the reports ...") is an item of the list the sentence before began.
            if (label.get().kind() != ClauseLabel.Kind.NUMBERED) {
                return true;
            }
            int after = label.get().end();
            return after < line.length() && Character.isLowerCase(line.charAt(after));
        }
        if (Character.isLowerCase(line.charAt(0))) {
            return true;
        }
        char last = before.charAt(before.length() - 1);
        if (last == ':' || last == ';' || last == ',') {
            return true;
        }
        int space = before.lastIndexOf(' ');
        String lastWord = before.substring(space + 1).toLowerCase(Locale.ROOT);
        return CONNECTORS.contains(lastWord);
    }

    private static void flush(StringBuilder flow, List<Part> parts) {
        if (flow.length() == 0) {
            return;
        }
        for (SentenceSplitter.Unit unit : SentenceSplitter.split(flow.toString())) {
            parts.add(new SentencePart(unit));
        }
        flow.setLength(0);
    }
}
