package cspec.core.syntax.parse;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import cspec.grammar.CspecLexer;
import cspec.grammar.CspecParser;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/** The diagnostic for a block still open at the end of the file, pointing at the real cause. */
final class UnclosedBlocks {
    private final SourceText source;
    private final Offsets offsets;

    UnclosedBlocks(SourceText source, Offsets offsets) {
        this.source = source;
        this.offsets = offsets;
    }

    /**
     * A block still open at the end of the file. When some prose in it ends with '}', that brace
     * is prose (prose runs to the end of its line): point there, since that is the real mistake.
     */
    Diagnostic unclosedBlock(Parser recognizer, Token eof) {
        TokenStream tokens = recognizer.getInputStream();
        ParserRuleContext open = innermostBlock(recognizer.getContext());
        int from = open == null ? 0 : open.getStart().getTokenIndex();
        for (int i = Math.max(0, from); i < eof.getTokenIndex(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == CspecLexer.PROSE && t.getText().endsWith("}")) {
                Span prose = offsets.of(t);
                Span brace = new Span(prose.end() - 1, prose.end());
                int cut = brace.start();
                while (cut > prose.start() && source.text().charAt(cut - 1) == ' ') {
                    cut--;
                }
                String newline = source.text().contains("\r\n") ? "\r\n" : "\n";
                return Diagnostic.of(Rule.SYNTAX, brace, "This `}` is part of the text, because prose runs to the end "
                        + "of its line, so " + describe(open) + " is still open: put `}` on a line of its own.")
                        .withFix(Fix.safe("Move `}` to its own line",
                                new TextEdit(new Span(cut, brace.end()), newline + indentOfLine(prose.start()) + "}")));
            }
        }
        String what = describe(open);
        return Diagnostic.of(Rule.SYNTAX, Span.at(source.length()), Character.toUpperCase(what.charAt(0)) + what.substring(1)
                + " is still open at the end of the file: add the missing `}`.")
                .withFix(Fix.onRequest("Add `}` at the end", TextEdit.insert(source.length(), "}")));
    }

    /** The innermost block rule (section, SLA, definitions, header, profile, library) still open. */
    private static ParserRuleContext innermostBlock(ParserRuleContext context) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            if (c instanceof CspecParser.SectionContext || c instanceof CspecParser.SlaContext
                    || c instanceof CspecParser.DefinitionsContext || c instanceof CspecParser.ContractContext
                    || c instanceof CspecParser.ProfileContext || c instanceof CspecParser.LibraryContext) {
                return c;
            }
        }
        return null;
    }

    private String describe(ParserRuleContext block) {
        if (block == null) {
            return "a block";
        }
        int line = source.lines().lineOf(offsets.of(block.getStart()).start()) + 1;
        String where = " (opened on line " + line + ")";
        if (block instanceof CspecParser.SectionContext s && s.id() != null) {
            return "section `" + s.id().getText() + "`" + where;
        }
        if (block instanceof CspecParser.SlaContext s && s.id() != null) {
            return "SLA `" + s.id().getText() + "`" + where;
        }
        if (block instanceof CspecParser.DefinitionsContext) {
            return "the definitions block" + where;
        }
        if (block instanceof CspecParser.ContractContext) {
            return "the contract header" + where;
        }
        return "the " + (block instanceof CspecParser.ProfileContext ? "profile" : "library") + where;
    }

    private String indentOfLine(int offset) {
        int lineStart = source.lines().lineStart(source.lines().lineOf(offset));
        String text = source.text();
        int k = lineStart;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        String indent = text.substring(lineStart, k);
        return indent.length() >= 4 ? indent.substring(4) : "";
    }
}
