package cspec.procurement.diff;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/** The changes as text for a terminal, Markdown for a pull request, or JSON for tools. */
public final class DiffReport {
    public enum Format { TEXT, MARKDOWN, JSON }

    private DiffReport() {
    }

    public static String write(Format format, String before, String after, List<Change> changes) {
        return switch (format) {
            case TEXT -> text(before, after, changes);
            case MARKDOWN -> markdown(before, after, changes);
            case JSON -> json(before, after, changes);
        };
    }

    private static String text(String before, String after, List<Change> changes) {
        StringBuilder out = new StringBuilder(before + " -> " + after + ": " + count(changes) + "\n");
        for (Change c : changes) {
            out.append(c.subject()).append(": ").append(c.kind().words());
            if (!c.note().isEmpty()) {
                out.append(" (").append(c.note()).append(')');
            }
            out.append('\n');
            if (!c.before().isEmpty()) {
                out.append("  - ").append(c.before()).append('\n');
            }
            if (!c.after().isEmpty()) {
                out.append("  + ").append(c.after()).append('\n');
            }
        }
        return out.toString();
    }

    private static String markdown(String before, String after, List<Change> changes) {
        StringBuilder out = new StringBuilder("### Obligations changed: " + escape(before) + " \u2192 " + escape(after) + "\n\n");
        out.append(count(changes)).append(".\n\n");
        for (Change c : changes) {
            boolean loud = c.kind() == Change.Kind.WEAKENED || c.kind() == Change.Kind.REMOVED;
            out.append("- ").append(loud ? "**" : "").append('`').append(c.subject().replace("`", "'")).append("` ")
                    .append(c.kind().words()).append(loud ? "**" : "");
            if (!c.note().isEmpty()) {
                out.append(": ").append(escape(c.note()));
            }
            out.append('\n');
            if (!c.before().isEmpty()) {
                out.append("  - before: ").append(escape(c.before())).append('\n');
            }
            if (!c.after().isEmpty()) {
                out.append("  - after: ").append(escape(c.after())).append('\n');
            }
        }
        return out.toString();
    }

    private static String json(String before, String after, List<Change> changes) {
        JsonObject root = new JsonObject();
        root.addProperty("before", before);
        root.addProperty("after", after);
        JsonArray array = new JsonArray();
        for (Change c : changes) {
            JsonObject o = new JsonObject();
            o.addProperty("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            o.addProperty("subject", c.subject());
            o.addProperty("before", c.before());
            o.addProperty("after", c.after());
            o.addProperty("note", c.note());
            array.add(o);
        }
        root.add("changes", array);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static String count(List<Change> changes) {
        return changes.isEmpty() ? "no change in obligations" : changes.size() + (changes.size() == 1 ? " change" : " changes");
    }

    /** Markdown's punctuation, so a requirement's words never become markup in a pull request. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]#|~<>])", "\\\\$1").replace("\n", " ");
    }
}
