package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.RuleRegistry;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Comment;
import cspec.core.syntax.SpecFile;
import cspec.core.text.LineIndex;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments: {@code // cspec-disable-next-line RULE[, RULE] [-- reason]} silences the
 * rules on the next line that is neither blank nor a comment; {@code // cspec-disable RULE} up
 * to {@code // cspec-enable RULE} (or the end of the file) silences a region. A suppression
 * naming an unknown rule is {@code unknown-rule}; one that silenced nothing is
 * {@code unused-suppression}.
 */
public final class Suppressions {
    private static final Pattern DIRECTIVE =
            Pattern.compile("^//\\s*cspec-(disable-next-line|disable|enable)(?=\\s|$)([^\\n]*)$");

    private Suppressions() {
    }

    public record Outcome(List<Diagnostic> kept, List<Diagnostic> suppressed) {
    }

    /** One rule named in one suppression comment, and the lines [firstLine, lastLine] it covers. */
    private static final class Entry {
        final Rule rule;
        final Span nameSpan;
        final Span commentSpan;
        final int firstLine;
        int lastLine;
        boolean used;

        Entry(Rule rule, Span nameSpan, Span commentSpan, int firstLine, int lastLine) {
            this.rule = rule;
            this.nameSpan = nameSpan;
            this.commentSpan = commentSpan;
            this.firstLine = firstLine;
            this.lastLine = lastLine;
        }
    }

    public static Outcome apply(SpecFile file, List<Diagnostic> found) {
        SourceText source = file.source();
        LineIndex lines = source.lines();
        List<Diagnostic> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Map<String, Entry> openRegions = new TreeMap<>();
        for (Comment comment : file.comments()) {
            Matcher m = DIRECTIVE.matcher(comment.text());
            if (!m.matches()) {
                continue;
            }
            String kind = m.group(1);
            String rest = m.group(2);
            int restStart = comment.span().start() + m.start(2);
            int reasonAt = reasonStart(rest);
            String names = reasonAt >= 0 ? rest.substring(0, reasonAt) : rest;
            List<Span> nameSpans = ruleNames(names, restStart);
            int line = lines.lineOf(comment.span().start());
            if (nameSpans.isEmpty()) {
                problems.add(Diagnostic.of(Rule.UNKNOWN_RULE, comment.span(),
                        "cspec-" + kind + " names no rule: write the rule ID after it, as in `// cspec-" + kind
                                + " vague-term -- reason`."));
                continue;
            }
            for (Span nameSpan : nameSpans) {
                String name = source.slice(nameSpan);
                Rule rule = RuleRegistry.builtIn().byId(name).orElse(null);
                if (rule == null) {
                    problems.add(unknownRule(nameSpan, name));
                    continue;
                }
                switch (kind) {
                    case "disable-next-line" -> {
                        int target = nextCodeLine(source, file.comments(), line);
                        entries.add(new Entry(rule, nameSpan, comment.span(), target, target));
                    }
                    case "disable" -> {
                        Entry region = new Entry(rule, nameSpan, comment.span(), line + 1, Integer.MAX_VALUE);
                        entries.add(region);
                        openRegions.put(name, region);
                    }
                    default -> {
                        Entry region = openRegions.remove(name);
                        if (region != null) {
                            region.lastLine = line;
                        }
                    }
                }
            }
        }

        List<Diagnostic> kept = new ArrayList<>();
        List<Diagnostic> suppressed = new ArrayList<>();
        for (Diagnostic d : found) {
            int line = lines.lineOf(d.span().start());
            Entry match = null;
            for (Entry e : entries) {
                if (e.rule == d.rule() && line >= e.firstLine && line <= e.lastLine) {
                    match = e;
                    break;
                }
            }
            if (match == null) {
                kept.add(d);
            } else {
                match.used = true;
                suppressed.add(d);
            }
        }
        for (Entry e : entries) {
            if (!e.used) {
                kept.add(unused(source, e));
            }
        }
        kept.addAll(problems);
        return new Outcome(kept, suppressed);
    }

    /** Where the reason starts: at " --", or at a dash a word processor made of it (— or –). */
    private static int reasonStart(String rest) {
        int at = -1;
        for (String separator : new String[] {" --", " \u2014", " \u2013"}) {
            int i = rest.indexOf(separator);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        return at;
    }

    private static Diagnostic unknownRule(Span span, String name) {
        String suggestion = RuleRegistry.builtIn().closest(name).map(r -> " Did you mean `" + r.id() + "`?").orElse("");
        Diagnostic d = Diagnostic.of(Rule.UNKNOWN_RULE, span,
                "`" + name + "` is not a cspec rule, so this suppresses nothing." + suggestion
                        + " `cspec rules` lists every rule ID.");
        return RuleRegistry.builtIn().closest(name)
                .map(r -> d.withFix(Fix.safe("Change to `" + r.id() + "`", new TextEdit(span, r.id()))))
                .orElse(d);
    }

    private static Diagnostic unused(SourceText source, Entry e) {
        Diagnostic d = Diagnostic.of(Rule.UNUSED_SUPPRESSION, e.nameSpan,
                "Nothing here triggers `" + e.rule.id() + "`, so this suppression can go.").markedUnnecessary();
        LineIndex lines = source.lines();
        int line = lines.lineOf(e.commentSpan.start());
        int start = lines.lineStart(line);
        int next = line + 1 < lines.lineCount() ? lines.lineStart(line + 1) : source.length();
        return d.withFix(Fix.onRequest("Remove the suppression comment", new TextEdit(new Span(start, next), "")));
    }

    /** The spans of the comma- or space-separated rule names in text that starts at offset base. */
    private static List<Span> ruleNames(String text, int base) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ',' || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && text.charAt(i) != ',' && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            spans.add(new Span(base + start, base + i));
        }
        return spans;
    }

    /** The first line after commentLine that holds something other than blanks or a comment. */
    private static int nextCodeLine(SourceText source, List<Comment> comments, int commentLine) {
        LineIndex lines = source.lines();
        String text = source.text();
        for (int line = commentLine + 1; line < lines.lineCount(); line++) {
            String content = text.substring(lines.lineStart(line), lines.lineEnd(line, text)).strip();
            if (!content.isEmpty() && !content.startsWith("//")) {
                return line;
            }
        }
        return commentLine + 1;
    }
}
