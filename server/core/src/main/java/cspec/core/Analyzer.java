package cspec.core;

import cspec.core.check.Check;
import cspec.core.check.CheckContext;
import cspec.core.check.RootCauses;
import cspec.core.check.Suppressions;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.Severity;
import cspec.core.diagnostic.SuppressionFix;
import cspec.core.catalog.CatalogResolver;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import cspec.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one entry point both shells call: text in, findings out. Parsing never fails; each check
 * runs alone so that one failing check never stops the others; then suppressions and the
 * workspace's severities apply.
 */
public final class Analyzer {
    private Analyzer() {
    }

    /** Analyses text that lives at filePath (null for an unsaved buffer) in the given workspace. */
    public static AnalysisResult analyze(SourceText source, Path filePath, Workspace workspace) {
        SpecFile file = SpecParser.parse(source);
        CatalogResolver.Resolution resolution = CatalogResolver.resolve(file, filePath, workspace);
        CheckContext context = CheckContext.of(file, workspace.config(), resolution.catalog());

        List<Diagnostic> found = new ArrayList<>(file.syntaxErrors());
        found.addAll(resolution.diagnostics());
        for (Check check : Checks.ALL) {
            try {
                check.run(context, found::add);
            } catch (RuntimeException | StackOverflowError e) {
                found.add(internalError(check, e));
            }
        }
        found = RootCauses.keepRootCauses(file, context.outline(), found);
        Suppressions.Outcome outcome = Suppressions.apply(file, found);
        List<Diagnostic> shown = configure(outcome.kept(), workspace).stream()
                .map(d -> withSuppressionFix(source, d)).toList();
        List<Diagnostic> suppressed = configure(outcome.suppressed(), workspace);
        return new AnalysisResult(file, resolution.catalog(), sorted(shown), sorted(suppressed));
    }

    /**
     * Every finding but a syntax or limit error can be silenced for its line, in any editor and
     * in the JSON report; the fix is never applied by lint --fix.
     */
    private static Diagnostic withSuppressionFix(SourceText source, Diagnostic d) {
        if (d.ruleId().equals(Rule.SYNTAX.id()) || d.ruleId().equals(Rule.LIMIT_EXCEEDED.id())) {
            return d;
        }
        return d.withFix(SuppressionFix.forLine(source, d.span(), d.ruleId()));
    }

    /** A check that throws is a bug in cspec, not in the contract: say so once, at the top of the file. */
    private static Diagnostic internalError(Check check, Throwable e) {
        String message = "cspec could not finish the check " + check.getClass().getSimpleName()
                + " on this file (" + e.getClass().getSimpleName() + "); other checks ran. Please report this.";
        return new Diagnostic(Rule.SYNTAX.id(), Severity.WARNING, Span.at(0), message, List.of(), List.of(), false);
    }

    private static List<Diagnostic> configure(List<Diagnostic> diagnostics, Workspace workspace) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Optional<Rule> rule = Rule.byId(d.ruleId());
            if (rule.isEmpty()) {
                out.add(d);
                continue;
            }
            workspace.config().severityOf(rule.get(), d.severity()).ifPresent(s -> out.add(d.withSeverity(s)));
        }
        return out;
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(Comparator.comparingInt((Diagnostic d) -> d.span().start())
                .thenComparingInt(d -> d.span().end())
                .thenComparing(Diagnostic::ruleId));
        return copy;
    }
}
