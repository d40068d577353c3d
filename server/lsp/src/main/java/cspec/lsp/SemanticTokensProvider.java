package cspec.lsp;

import cspec.core.state.Analysis;
import cspec.core.editor.SemanticToken;
import cspec.core.editor.SemanticTokens;
import cspec.core.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * Semantic tokens in LSP's relative encoding. The legend maps cspec's token kinds to standard
 * LSP types where one fits and adds "flagged" for words the wording rules flag; modality
 * strength is a modifier (mandatory, rated, optional, future, option, question).
 */
final class SemanticTokensProvider {
    static final List<String> TYPES = List.of("keyword", "modifier", "variable", "namespace", "struct", "function",
            "enumMember", "type", "property", "flagged", "string", "comment");
    static final List<String> MODIFIERS = List.of("declaration", "mandatory", "rated", "optional", "future", "option",
            "question");
    static final SemanticTokensLegend LEGEND = new SemanticTokensLegend(TYPES, MODIFIERS);

    private SemanticTokensProvider() {
    }

    static org.eclipse.lsp4j.SemanticTokens full(Analysis analysed) {
        SourceText source = analysed.document().text();
        List<Integer> data = new ArrayList<>();
        int line = 0;
        int column = 0;
        for (SemanticToken t : SemanticTokens.of(analysed.index())) {
            Position p = Convert.position(source, t.span().start());
            data.add(p.getLine() - line);
            data.add(p.getLine() == line ? p.getCharacter() - column : p.getCharacter());
            data.add(t.span().length());
            data.add(t.type().ordinal());
            int bits = 0;
            for (SemanticToken.Modifier m : t.modifiers()) {
                bits |= 1 << m.ordinal();
            }
            data.add(bits);
            line = p.getLine();
            column = p.getCharacter();
        }
        return new org.eclipse.lsp4j.SemanticTokens(data);
    }
}
