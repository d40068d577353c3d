package cspec.core.drafting;

import cspec.core.catalog.Catalog;
import cspec.core.syntax.Profile;
import cspec.core.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The text cspec writes for an item a profile asks for: a section with its guidance as a
 * comment, an SLA with every line kind, a clause by reference or written out. Each method takes
 * the indentation of the line the text starts on and returns whole lines without a final line break.
 */
public final class Skeletons {
    static final String INDENT = "    ";
    private static final int WIDTH = 92;

    private Skeletons() {
    }

    /** The guidance of a profile item as one line of words, or empty. */
    public static Optional<String> guidance(Profile.Expectation expectation, SourceText profileSource) {
        if (expectation.guidance() == null) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", ClauseText.paragraphs(expectation.guidance(), profileSource)));
    }

    /** {@code section ID "Title" {} } with the guidance as comment lines inside, and optional extra body lines. */
    public static String section(Profile.Expectation e, Optional<String> guidance, String indent, List<String> body) {
        String title = e.title() != null ? e.title().value() : e.id().text();
        StringBuilder out = new StringBuilder();
        out.append(indent).append("section ").append(e.id().text()).append(' ').append(ClauseText.quote(title)).append(" {\n");
        guidance.ifPresent(g -> out.append(comment(g, indent + INDENT)));
        for (String entry : body) {
            for (String line : entry.split("\n", -1)) {
                out.append(line.isEmpty() ? "" : indent + INDENT + line).append('\n');
            }
        }
        out.append(indent).append('}');
        return out.toString();
    }

    /** An SLA block whose figures are a starting point to replace with the agreed ones. */
    public static String sla(String id, Optional<String> guidance, String indent) {
        String inner = indent + INDENT;
        StringBuilder out = new StringBuilder();
        out.append(indent).append("sla ").append(id).append(" \"Incident handling\" {\n");
        guidance.ifPresent(g -> out.append(comment(g, inner)));
        out.append(comment("Starting figures: replace each with the figure agreed with the Provider.", inner));
        for (String line : List.of(
                "measured monthly",
                "coverage 24x7",
                "severity P1 \"Critical\" response within 15 minutes resolution within 4 hours",
                "severity P2 \"High\" response within 1 hour resolution within 8 hours",
                "severity P3 \"Medium\" response within 4 hours resolution within 3 business days",
                "availability 99.9%",
                "report monthly",
                "credit 5% per breach cap 20%")) {
            out.append(inner).append(line).append('\n');
        }
        out.append(indent).append('}');
        return out.toString();
    }

    /** An SLA ID not already taken in the contract. */
    public static String freeSlaId(Set<String> taken) {
        String id = "incident-handling";
        for (int n = 2; taken.contains(id); n++) {
            id = "incident-handling-" + n;
        }
        return id;
    }

    /** {@code clause ID} alone: the contract takes the library's standard wording. */
    public static String clauseReference(String id, String indent) {
        return indent + "clause " + id;
    }

    /** The clause with its standard wording written out (placeholders at their defaults). */
    public static String clauseWrittenOut(Catalog.ClauseEntry entry, RoleWords roles, String indent) {
        String header = indent + "clause " + entry.clause().id().text() + " " + ClauseText.quote(entry.titleOrId()) + ":\n";
        String body = ClauseText.wrap(ClauseText.filledWording(entry, java.util.Map.of(), roles), indent + INDENT, WIDTH);
        return header + body.substring(0, body.length() - 1);
    }

    /** A clause no library defines: its wording is left for the user, marked as a blank to fill. */
    public static String clauseToWrite(String id, Optional<String> guidance, String indent) {
        StringBuilder out = new StringBuilder();
        guidance.ifPresent(g -> out.append(comment(g, indent)));
        out.append(indent).append("clause ").append(id).append(":\n");
        out.append(indent).append(INDENT).append("[Write the agreed wording of this clause.]");
        return out.toString();
    }

    /** Text as // comment lines at the given indentation, wrapped. */
    public static String comment(String text, String indent) {
        return ClauseText.wrapParagraph(text, indent + "// ", WIDTH);
    }

    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }
}
