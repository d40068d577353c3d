package cspec.lsp;

import cspec.core.state.Analysis;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.TextEdit;
import cspec.core.editor.RequirementSorter;
import cspec.core.editor.SourceActions;
import cspec.core.drafting.ClauseExpansion;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Code actions, each a WorkspaceEdit the server computes (no client code needed): every fix of
 * the findings in the range, "disable RULE for this line", and the source actions "fix all safe
 * problems" and "sort requirements by ID", and the rewrite "write out the standard wording" of a
 * library clause.
 */
final class CodeActionProvider {
    static final String FIX_ALL = CodeActionKind.SourceFixAll + ".cspec";
    static final String SORT = CodeActionKind.Source + ".sortRequirements.cspec";

    private CodeActionProvider() {
    }

    static List<Either<Command, CodeAction>> actions(Analysis analysed, Range range, CodeActionContext context,
            String docsBase) {
        SourceText source = analysed.document().text();
        Span selected = Convert.span(source, range);
        List<String> only = context == null || context.getOnly() == null ? List.of() : context.getOnly();
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        if (wants(only, CodeActionKind.QuickFix)) {
            for (Diagnostic d : analysed.result().diagnostics()) {
                if (touches(d.span(), selected)) {
                    quickFixes(analysed, d, docsBase, out);
                }
            }
        }
        if (wants(only, CodeActionKind.RefactorRewrite)) {
            expandClauses(analysed, selected, out);
        }
        if (wants(only, FIX_ALL)) {
            List<TextEdit> all = SourceActions.fixAllSafe(analysed.result());
            if (!all.isEmpty()) {
                out.add(Either.forRight(action("Fix all safe problems", FIX_ALL, edit(analysed, all), null)));
            }
        }
        if (wants(only, SORT)) {
            List<TextEdit> sort = RequirementSorter.sort(analysed.result().file());
            if (!sort.isEmpty()) {
                out.add(Either.forRight(action("Sort requirements by ID", SORT, edit(analysed, sort), null)));
            }
        }
        return out;
    }

    /** "Write out the standard wording" for a library clause under the cursor that has no prose of its own. */
    private static void expandClauses(Analysis analysed, Span selected, List<Either<Command, CodeAction>> out) {
        SourceText source = analysed.document().text();
        for (ClauseExpansion.Expansion e : ClauseExpansion.expansions(source, analysed.result().file().document(),
                analysed.result().catalog())) {
            if (touches(e.clause().span(), selected)) {
                out.add(Either.forRight(action("Write out the standard wording of `" + e.clause().id().text() + "`",
                        CodeActionKind.RefactorRewrite, edit(analysed, List.of(e.edit())), null)));
            }
        }
    }

    private static void quickFixes(Analysis analysed, Diagnostic d, String docsBase,
            List<Either<Command, CodeAction>> out) {
        SourceText source = analysed.document().text();
        org.eclipse.lsp4j.Diagnostic lsp = Convert.diagnostic(source, analysed.document().uri(), d, docsBase,
                name -> java.util.Optional.empty());
        // The findings carry every fix, "Disable RULE for this line" included (see Analyzer).
        long safe = d.fixes().stream().filter(Fix::safe).count();
        for (Fix fix : d.fixes()) {
            CodeAction a = action(fix.title(), CodeActionKind.QuickFix, edit(analysed, fix.edits()), lsp);
            a.setIsPreferred(fix.safe() && safe == 1);
            out.add(Either.forRight(a));
        }
    }

    private static CodeAction action(String title, String kind, WorkspaceEdit edit, org.eclipse.lsp4j.Diagnostic about) {
        CodeAction a = new CodeAction(title);
        a.setKind(kind);
        a.setEdit(edit);
        if (about != null) {
            a.setDiagnostics(List.of(about));
        }
        return a;
    }

    private static WorkspaceEdit edit(Analysis analysed, List<TextEdit> edits) {
        return new WorkspaceEdit(Map.of(analysed.document().uri(), Convert.edits(analysed.document().text(), edits)));
    }

    /** A finding is in play when its span meets the selection (an empty selection at its edge counts). */
    private static boolean touches(Span finding, Span selected) {
        return finding.overlaps(selected) || finding.contains(selected.start()) || selected.contains(finding.start());
    }

    /** The client asked for this kind, or for a kind it falls under, or for nothing in particular. */
    private static boolean wants(List<String> only, String kind) {
        if (only.isEmpty()) {
            return true;
        }
        for (String o : only) {
            if (kind.equals(o) || kind.startsWith(o + ".")) {
                return true;
            }
        }
        return false;
    }
}
