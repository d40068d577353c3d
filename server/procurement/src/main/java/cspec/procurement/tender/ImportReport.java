package cspec.procurement.tender;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import could not carry into the draft as it was: page furniture it dropped, text it
 * could not map (tables), sentences it rewrote (a definition's "shall mean"), and the draft's own
 * syntax errors if it has any. Every entry names its place in the source, and quotes the text
 * whole, so no word of the source is lost without being listed here.
 */
public final class ImportReport {
    /** One listed piece of the source. */
    public record Entry(String where, String text, String why) {
    }

    private final List<Dropped> dropped = new ArrayList<>();
    private final List<Entry> unmapped = new ArrayList<>();
    private final List<Entry> rewritten = new ArrayList<>();
    private final List<String> draftProblems = new ArrayList<>();

    void dropped(List<Dropped> furniture) {
        dropped.addAll(furniture);
    }

    void unmapped(String where, String text, String why) {
        unmapped.add(new Entry(where, text, why));
    }

    void rewritten(String where, String text, String why) {
        rewritten.add(new Entry(where, text, why));
    }

    void draftProblem(String problem) {
        draftProblems.add(problem);
    }

    public List<Dropped> dropped() {
        return List.copyOf(dropped);
    }

    public List<Entry> unmapped() {
        return List.copyOf(unmapped);
    }

    public List<Entry> rewritten() {
        return List.copyOf(rewritten);
    }

    public List<String> draftProblems() {
        return List.copyOf(draftProblems);
    }

    /** The report as text: a heading per list, an entry per line. */
    public String text(String source, String format, String draft, String counts) {
        StringBuilder b = new StringBuilder();
        b.append("Import of ").append(source).append(" (").append(format).append(") into ").append(draft).append('\n');
        b.append(counts).append("\n\n");
        b.append("Dropped as page furniture: ").append(dropped.size()).append('\n');
        dropped.forEach(d -> b.append("  ").append(d.where()).append(": \"").append(d.text()).append("\" (").append(d.why()).append(")\n"));
        b.append("\nNot mapped: ").append(unmapped.size()).append('\n');
        unmapped.forEach(e -> b.append("  ").append(e.where()).append(": \"").append(e.text()).append("\" (").append(e.why()).append(")\n"));
        b.append("\nRewritten: ").append(rewritten.size()).append('\n');
        rewritten.forEach(e -> b.append("  ").append(e.where()).append(": \"").append(e.text()).append("\" ").append(e.why()).append('\n'));
        if (!draftProblems.isEmpty()) {
            b.append("\nThe draft has syntax errors (please report this to cspec's maintainers):\n");
            draftProblems.forEach(p -> b.append("  ").append(p).append('\n'));
        }
        return b.toString();
    }
}
