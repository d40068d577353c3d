package cspec.core.syntax.parse;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Comment;
import cspec.core.syntax.Document;
import cspec.core.syntax.Item;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import cspec.grammar.CspecLexer;
import cspec.grammar.TextCharStream;
import cspec.grammar.CspecParser;
import cspec.grammar.CspecToken;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * One parse of one file: lex, settle lexical errors, cap nesting, parse (fast SLL first, full
 * LL with friendly recovery only when that fails), then build the syntax tree.
 */
public final class ParseRun {
    private final SourceText source;
    private final Offsets offsets;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    /** Empty prose whose text stood, unindented, on the lines below: reported there, not as empty. */
    private final java.util.Set<Integer> textBelowEmptyProse = new java.util.HashSet<>();

    private ParseRun(SourceText source, Offsets offsets) {
        this.source = source;
        this.offsets = offsets;
    }

    /**
     * The parse of source, reusing what previous (a parse of another version of the same
     * document) holds of the text the edit left alone; equal to {@link #run(SourceText)} in every
     * case (ReparseEqualsFullTest).
     */
    public static SpecFile run(SourceText source, SpecFile previous) {
        if (previous != null && source.length() <= SpecParser.MAX_FILE_CHARS) {
            try {
                SpecFile reparsed = Reparse.of(previous, source);
                if (reparsed != null) {
                    return reparsed;
                }
            } catch (StackOverflowError | RuntimeException e) {
                // The full parse below decides what this text means.
            }
        }
        return run(source);
    }

    /**
     * The one body item whose text is [from, to) of source, parsed alone, its comments added to
     * comments; null unless that text is exactly one item ending with '}' that lexes, parses and
     * builds without a single problem (anything less is left to a full parse, whose recovery may
     * reach past the item).
     */
    static Item cleanItem(SourceText source, int from, int to, List<Comment> comments) {
        String text = source.text().substring(from, to);
        CharStream input = TextCharStream.of(text, source.name());
        ParseRun run = new ParseRun(source, Offsets.of(input, text, from));
        List<Token> tokens = lex(input);
        Token last = lastDefault(tokens);
        if (last == null || last.getType() != CspecLexer.RBRACE || run.offsets.of(last).end() != to) {
            return null;
        }
        TokenRepairs repairs = new TokenRepairs(source, run.offsets, run.problems, run.comments);
        tokens = repairs.repair(tokens);
        run.capNesting(tokens);
        if (!run.problems.isEmpty() || !repairs.unexplainedOddCharacters(run.problems).isEmpty()) {
            return null;
        }
        CspecParser parser = fastParser(tokens);
        CspecParser.BodyItemContext item;
        try {
            item = parser.bodyItem();
        } catch (ParseCancellationException e) {
            return null;
        }
        if (parser.getCurrentToken().getType() != Token.EOF) {
            return null;
        }
        TreeBuilder builder = new TreeBuilder(source, run.offsets, run.problems, run.textBelowEmptyProse);
        List<Item> built = builder.items(List.of(item));
        if (!run.problems.isEmpty() || built.size() != 1) {
            return null;
        }
        comments.addAll(run.comments);
        comments.addAll(builder.proseComments());
        return built.get(0);
    }

    private static Token lastDefault(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
                return t;
            }
        }
        return null;
    }

    public static SpecFile run(SourceText source) {
        if (source.length() > SpecParser.MAX_FILE_CHARS) {
            Diagnostic tooBig = Diagnostic.of(Rule.LIMIT_EXCEEDED, Span.at(0), "This file has " + source.length()
                    + " characters, over cspec's limit of " + SpecParser.MAX_FILE_CHARS
                    + ": split it into several contracts or libraries.");
            return new SpecFile(source, null, List.of(), List.of(tooBig));
        }
        try {
            CharStream input = TextCharStream.of(source.text(), source.name());
            return new ParseRun(source, Offsets.of(input, source.text(), 0)).parse(input);
        } catch (StackOverflowError | RuntimeException e) {
            Diagnostic failed = Diagnostic.of(Rule.SYNTAX, Span.at(0), "cspec could not read this file ("
                    + e.getClass().getSimpleName() + "); please report it with the file attached.");
            return new SpecFile(source, null, List.of(), List.of(failed));
        }
    }

    /** Every token of the input, hidden channels and the closing EOF included. */
    private static List<Token> lex(CharStream input) {
        CspecLexer lexer = new CspecLexer(input);
        lexer.removeErrorListeners();
        List<Token> tokens = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            tokens.add(t);
            if (t.getType() == Token.EOF) {
                break;
            }
        }
        return tokens;
    }

    private SpecFile parse(CharStream input) {
        List<Token> tokens = lex(input);
        TokenRepairs repairs = new TokenRepairs(source, offsets, problems, comments);
        tokens = repairs.repair(tokens);
        capNesting(tokens);

        CspecParser.FileContext tree = parseTokens(tokens);
        problems.addAll(repairs.unexplainedOddCharacters(problems));
        TreeBuilder builder = new TreeBuilder(source, offsets, problems, textBelowEmptyProse);
        Document document = builder.document(tree);
        comments.addAll(builder.proseComments());
        comments.sort(Comparator.comparingInt(c -> c.span().start()));
        problems.sort(Comparator.comparingInt(d -> d.span().start()));
        return new SpecFile(source, document, comments, dedupe(problems));
    }

    private CspecParser.FileContext parseTokens(List<Token> tokens) {
        CspecParser parser = fastParser(tokens);
        try {
            return parser.file();
        } catch (ParseCancellationException e) {
            CspecParser full = new CspecParser(new CommonTokenStream(new ListTokenSource(tokens)));
            full.removeErrorListeners();
            full.getInterpreter().setPredictionMode(PredictionMode.LL);
            full.setErrorHandler(new FriendlyErrorStrategy(source, offsets, problems, textBelowEmptyProse));
            return full.file();
        }
    }

    /** The fast parse: SLL prediction over the default-channel tokens, giving up at the first error. */
    private static CspecParser fastParser(List<Token> tokens) {
        CspecParser parser = new CspecParser(new VisibleTokens(tokens));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        return parser;
    }

    /**
     * Blocks nested past the limit are reported once and hidden from the parser, so no input can
     * make parsing recurse deeply (the tree simply lacks what is too deep).
     */
    private void capNesting(List<Token> tokens) {
        Deque<Boolean> opened = new ArrayDeque<>(); // true for a section's brace
        int sections = 0;
        int hiddenDepth = -1; // the stack size at which hiding stops, or -1
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (t.getType() == CspecLexer.LBRACE) {
                int start = itemStart(tokens, i);
                boolean section = tokens.get(start).getType() == CspecLexer.SECTION;
                opened.push(section);
                if (section) {
                    sections++;
                }
                if (section && sections > SpecParser.MAX_SECTION_DEPTH && hiddenDepth < 0) {
                    hiddenDepth = opened.size() - 1;
                    problems.add(Diagnostic.of(Rule.LIMIT_EXCEEDED, offsets.of(tokens.get(start)),
                            "Sections nest at most " + SpecParser.MAX_SECTION_DEPTH
                                    + " deep: move this one up a level; its contents are not checked."));
                    for (int k = start; k < i; k++) {
                        ((CommonToken) tokens.get(k)).setChannel(Token.HIDDEN_CHANNEL);
                    }
                }
            } else if (t.getType() == CspecLexer.RBRACE && !opened.isEmpty()) {
                if (opened.pop()) {
                    sections--;
                }
                if (hiddenDepth >= 0 && opened.size() == hiddenDepth) {
                    ((CommonToken) t).setChannel(Token.HIDDEN_CHANNEL);
                    hiddenDepth = -1;
                    continue;
                }
            }
            if (hiddenDepth >= 0) {
                ((CommonToken) t).setChannel(Token.HIDDEN_CHANNEL);
            }
        }
    }

    /**
     * The keyword that opens the block whose brace is at index brace (section, sla, definitions),
     * looked for among the eight tokens before the brace, counting as tokens the blanks and line
     * breaks that the lexer now skips (CspecToken.blanksBefore), so it reaches as far as before.
     */
    private static int itemStart(List<Token> tokens, int brace) {
        int distance = 0;
        for (int k = brace - 1; k >= 0; k--) {
            distance += 1 + CspecToken.blanksBefore(tokens.get(k + 1));
            if (distance > 8) {
                break;
            }
            int type = tokens.get(k).getType();
            if (type == CspecLexer.SECTION || type == CspecLexer.SLA || type == CspecLexer.DEFINITIONS) {
                return k;
            }
        }
        return brace;
    }

    /**
     * Recovery can report the same place twice, and the rest of a line after its first mistake
     * ("measured every month": `every` is the mistake, `month` its consequence) is not a second
     * mistake: keep the first message for each span, and drop an "Expected ..." that follows an
     * earlier diagnostic on its line.
     */
    private List<Diagnostic> dedupe(List<Diagnostic> diagnostics) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            int line = source.lines().lineOf(d.span().start());
            boolean seen = out.stream().anyMatch(o -> o.span().equals(d.span()) && o.rule() == d.rule());
            boolean consequence = d.message().startsWith("Expected ") && out.stream().anyMatch(o ->
                    o.rule() == Rule.SYNTAX && source.lines().lineOf(o.span().start()) == line
                            && o.span().start() < d.span().start());
            if (!seen && !consequence) {
                out.add(d);
            }
        }
        return out;
    }
}
