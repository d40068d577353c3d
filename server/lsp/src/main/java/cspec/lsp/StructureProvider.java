package cspec.lsp;

import cspec.core.state.Analysis;
import cspec.core.editor.DocumentSymbols;
import cspec.core.editor.Folding;
import cspec.core.editor.SelectionRanges;
import cspec.core.editor.Symbol;
import cspec.core.syntax.SpecFile;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SymbolKind;

/** Document symbols, folding ranges and selection ranges: the shape of one document. */
final class StructureProvider {
    private StructureProvider() {
    }

    static List<DocumentSymbol> symbols(Analysis analysed) {
        SpecFile file = analysed.result().file();
        return file.document() == null ? List.of() : convert(file.source(), DocumentSymbols.of(file.document()));
    }

    private static List<DocumentSymbol> convert(SourceText source, List<Symbol> symbols) {
        List<DocumentSymbol> out = new ArrayList<>();
        for (Symbol s : symbols) {
            Span selection = s.span().covers(s.selection()) ? s.selection() : Span.at(s.span().start());
            DocumentSymbol d = new DocumentSymbol(s.name().isEmpty() ? "(unnamed)" : s.name(), kind(s.kind()),
                    Convert.range(source, s.span()), Convert.range(source, selection), s.detail());
            d.setChildren(convert(source, s.children()));
            out.add(d);
        }
        return out;
    }

    static SymbolKind kind(Symbol.Kind kind) {
        return switch (kind) {
            case CONTRACT, PROFILE, LIBRARY -> SymbolKind.File;
            case SECTION -> SymbolKind.Namespace;
            case REQUIREMENT -> SymbolKind.Field;
            case SLA -> SymbolKind.Struct;
            case SEVERITY, METRIC -> SymbolKind.EnumMember;
            case CLAUSE -> SymbolKind.Function;
            case DEFINITIONS -> SymbolKind.Namespace;
            case TERM -> SymbolKind.Constant;
            case EXPECTATION -> SymbolKind.Property;
        };
    }

    static List<FoldingRange> folding(Analysis analysed) {
        SourceText source = analysed.document().text();
        List<FoldingRange> out = new ArrayList<>();
        for (Folding.Fold f : Folding.of(analysed.result().file())) {
            Position start = Convert.position(source, f.span().start());
            Position end = Convert.position(source, f.span().end() - 1);
            FoldingRange range = new FoldingRange(start.getLine(), end.getLine());
            if (f.comment()) {
                range.setKind(FoldingRangeKind.Comment);
            }
            out.add(range);
        }
        return out;
    }

    static List<SelectionRange> selection(Analysis analysed, List<Position> positions) {
        SourceText source = analysed.document().text();
        List<SelectionRange> out = new ArrayList<>();
        for (Position p : positions) {
            List<Span> chain = SelectionRanges.at(analysed.result().file(), Convert.offset(source, p));
            SelectionRange parent = null;
            for (int i = chain.size() - 1; i >= 0; i--) {
                parent = new SelectionRange(Convert.range(source, chain.get(i)), parent);
            }
            out.add(parent);
        }
        return out;
    }
}
