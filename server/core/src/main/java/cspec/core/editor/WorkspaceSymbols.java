package cspec.core.editor;

import cspec.core.syntax.SpecFile;
import cspec.core.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Symbols across files for "go to symbol in workspace": a flat list, filtered by a fuzzy query. */
public final class WorkspaceSymbols {
    /** A symbol of some file, with the name of the symbol that contains it (empty at top level). */
    public record Found(Symbol symbol, String container, SourceText source) {
    }

    private WorkspaceSymbols() {
    }

    /** Every symbol of a parsed file, flattened, with its container's name. */
    public static List<Found> of(SpecFile file) {
        List<Found> out = new ArrayList<>();
        if (file.document() != null) {
            flatten(DocumentSymbols.of(file.document()), "", file.source(), out);
        }
        return out;
    }

    private static void flatten(List<Symbol> symbols, String container, SourceText source, List<Found> out) {
        for (Symbol s : symbols) {
            out.add(new Found(s, container, source));
            flatten(s.children(), s.name(), source, out);
        }
    }

    /**
     * True when the query's characters appear in order in the symbol's name or detail, ignoring
     * case ("mon1" finds MON-1); an empty query matches everything.
     */
    public static boolean matches(String query, Symbol symbol) {
        return subsequence(query, symbol.name()) || subsequence(query, symbol.detail());
    }

    private static boolean subsequence(String query, String text) {
        if (text == null) {
            return false;
        }
        String q = query.toLowerCase(Locale.ROOT);
        String t = text.toLowerCase(Locale.ROOT);
        int k = 0;
        for (int i = 0; i < t.length() && k < q.length(); i++) {
            if (t.charAt(i) == q.charAt(k)) {
                k++;
            }
        }
        return k == q.length();
    }
}
