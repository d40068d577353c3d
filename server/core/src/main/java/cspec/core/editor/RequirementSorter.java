package cspec.core.editor;

import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Comment;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.Section;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SpecFile;
import cspec.core.text.LineIndex;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Sort requirements by ID": within each section, SLA and the top level, every run of adjacent
 * requirements is put in ID order (MON-2 before MON-10). A requirement moves with its prose and
 * the comment lines directly above it; blank lines stay where they were. Runs holding a
 * requirement without an ID are left alone, as is anything that is not whole lines.
 */
public final class RequirementSorter {
    private final String text;
    private final LineIndex lines;
    private final Set<Integer> commentLines = new HashSet<>();
    private final List<TextEdit> edits = new ArrayList<>();

    private RequirementSorter(SpecFile file) {
        this.text = file.source().text();
        this.lines = file.source().lines();
        for (Comment c : file.comments()) {
            commentLines.add(lines.lineOf(c.span().start()));
        }
    }

    public static List<TextEdit> sort(SpecFile file) {
        RequirementSorter sorter = new RequirementSorter(file);
        if (file.document() instanceof Contract contract) {
            sorter.container(new ArrayList<>(contract.items()));
        }
        return sorter.edits;
    }

    private void container(List<?> items) {
        List<Requirement> run = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Requirement r) {
                run.add(r);
                continue;
            }
            sortRun(run);
            run = new ArrayList<>();
            if (item instanceof Section s) {
                container(s.items());
            } else if (item instanceof Sla sla) {
                container(sla.items());
            }
        }
        sortRun(run);
    }

    private void sortRun(List<Requirement> run) {
        if (run.size() < 2 || run.stream().anyMatch(r -> r.id() == null)) {
            return;
        }
        List<Span> blocks = new ArrayList<>();
        int floor = 0;
        for (Requirement r : run) {
            Span block = block(r, floor);
            if (block == null) {
                return;
            }
            blocks.add(block);
            floor = block.end();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Ids.NATURAL.compare(run.get(a).id().text(), run.get(b).id().text()));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            out.append(text, blocks.get(order.get(i)).start(), blocks.get(order.get(i)).end());
            if (i + 1 < blocks.size()) {
                String gap = text.substring(blocks.get(i).end(), blocks.get(i + 1).start());
                if (!gap.isBlank()) {
                    return;
                }
                out.append(gap);
            }
        }
        Span whole = new Span(blocks.get(0).start(), blocks.get(blocks.size() - 1).end());
        if (!out.toString().equals(text.substring(whole.start(), whole.end()))) {
            edits.add(new TextEdit(whole, out.toString()));
        }
    }

    /** Whole lines from the comments directly above the requirement to its line break; null if not whole lines. */
    private Span block(Requirement r, int floor) {
        int firstLine = lines.lineOf(r.span().start());
        if (!text.substring(lines.lineStart(firstLine), r.span().start()).isBlank()) {
            return null;
        }
        while (firstLine > 0 && commentLines.contains(firstLine - 1) && lines.lineStart(firstLine - 1) >= floor) {
            firstLine--;
        }
        int lastLine = lines.lineOf(Math.max(r.span().start(), r.span().end() - 1));
        int end = lines.lineEnd(lastLine, text);
        if (!text.substring(r.span().end(), end).isBlank() || lastLine + 1 >= lines.lineCount()) {
            return null;
        }
        return new Span(lines.lineStart(firstLine), lines.lineStart(lastLine + 1));
    }
}
