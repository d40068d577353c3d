package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.text.LineEnding;
import cspec.core.text.Span;
import java.util.function.Consumer;

/**
 * {@code syntax} for a file with nothing in it but blanks and comments: the parser finds no
 * document and, since nothing is malformed, no error either, so without this check an empty file
 * would pass lint as if it were a finished contract.
 */
public final class NoDocument implements Check {
    static final String MESSAGE = "This file holds no contract, profile or library: start it with `contract \"Title\" {`.";

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        if (context.file().document() != null || !context.file().syntaxErrors().isEmpty()) {
            return;
        }
        String text = context.source().text();
        String nl = LineEnding.of(context.source());
        String lead = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? "" : nl;
        report.accept(Diagnostic.of(Rule.SYNTAX, Span.at(0), MESSAGE)
                .withFix(Fix.onRequest("Start a contract here",
                        TextEdit.insert(text.length(), lead + "contract \"Title\" {" + nl + "}" + nl))));
    }
}
