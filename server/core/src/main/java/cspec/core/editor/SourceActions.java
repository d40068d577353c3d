package cspec.core.editor;

import cspec.core.AnalysisResult;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.TextEdit;
import cspec.core.text.LineIndex;
import cspec.core.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Edits that act on a whole finding or a whole file: apply every safe fix at once, and silence
 * one rule on one line with a suppression comment. Sorting requirements lives in
 * {@link RequirementSorter}.
 */
public final class SourceActions {
    private SourceActions() {
    }

    /**
     * The edits of every safe fix, first come first served: a fix whose edits overlap one already
     * taken waits for the next run, so the result never garbles text.
     */
    public static List<TextEdit> fixAllSafe(AnalysisResult analysis) {
        List<TextEdit> taken = new ArrayList<>();
        for (Diagnostic d : analysis.diagnostics()) {
            for (Fix fix : d.fixes()) {
                if (fix.safe() && fix.edits().stream().noneMatch(e -> clashes(e, taken))) {
                    taken.addAll(fix.edits());
                    break;
                }
            }
        }
        taken.sort(Comparator.comparingInt(e -> e.span().start()));
        return taken;
    }

    private static boolean clashes(TextEdit edit, List<TextEdit> taken) {
        for (TextEdit t : taken) {
            boolean bothInsertAtSamePlace = edit.span().length() == 0 && t.span().length() == 0
                    && edit.span().start() == t.span().start();
            if (edit.span().overlaps(t.span()) || bothInsertAtSamePlace
                    || (edit.span().length() == 0 && t.span().start() < edit.span().start() && edit.span().start() < t.span().end())
                    || (t.span().length() == 0 && edit.span().start() < t.span().start() && t.span().start() < edit.span().end())) {
                return true;
            }
        }
        return false;
    }

}
