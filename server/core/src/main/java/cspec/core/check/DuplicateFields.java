package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.RelatedLocation;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.TextEdit;
import cspec.core.syntax.Contract;
import cspec.core.syntax.HeaderField;
import cspec.core.text.SourceText;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code duplicate-field}: a contract header field given twice (only {@code uses} may repeat).
 * A repeat that is word for word the first can be deleted safely; otherwise the user must choose.
 */
public final class DuplicateFields implements Check {

    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        context.contract().ifPresent(contract -> check(context.source(), contract, report));
    }

    private static void check(SourceText source, Contract contract, Consumer<Diagnostic> report) {
        Map<String, HeaderField> first = new HashMap<>();
        for (HeaderField field : contract.fields()) {
            if (field instanceof HeaderField.Uses) {
                continue;
            }
            HeaderField earlier = first.putIfAbsent(field.name(), field);
            if (earlier == null) {
                continue;
            }
            boolean identical = source.slice(field.span()).equals(source.slice(earlier.span()));
            String advice = identical
                    ? "this line repeats it word for word, so delete it."
                    : "keep the value the parties agreed and delete the other line.";
            Diagnostic d = Diagnostic.of(Rule.DUPLICATE_FIELD, field.span(),
                    "`" + field.name() + "` is already given above and a contract has only one: " + advice)
                    .withRelated(RelatedLocation.here(earlier.span(), "`" + field.name() + "` is first given here."));
            if (identical) {
                d = d.withFix(Fix.safe("Delete the repeated `" + field.name() + "` line",
                        new TextEdit(Edits.wholeLines(source, field.span()), "")));
            }
            report.accept(d);
        }
    }
}
