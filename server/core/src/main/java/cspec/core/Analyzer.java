package cspec.core;

import cspec.core.catalog.Catalog;
import cspec.core.catalog.CatalogResolver;
import cspec.core.check.Check;
import cspec.core.check.CheckContext;
import cspec.core.check.Reuse;
import cspec.core.check.RootCauses;
import cspec.core.check.Suppressions;
import cspec.core.config.Config;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.SuppressionFix;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import cspec.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The one entry point both shells call: text in, findings out. Parsing never fails; each check
 * runs alone so that one failing check never stops the others; then suppressions and the
 * workspace's severities apply. This class is the only place where configured severities are
 * applied, for a file's findings and for the problems of a file that could not be read or of
 * cspec.json itself.
 */
public final class Analyzer {
    private Analyzer() {
    }

    /** Analyses text that lives at filePath (null for an unsaved buffer) in the given workspace. */
    public static AnalysisResult analyze(SourceText source, Path filePath, Workspace workspace) {
        return analyze(source, filePath, workspace, Checks.ALL);
    }

    /** The same, stopping between steps with {@link Cancellation.Cancelled} once cancel says so. */
    public static AnalysisResult analyze(SourceText source, Path filePath, Workspace workspace, Cancellation cancel) {
        return analyze(source, filePath, workspace, Checks.ALL, cancel);
    }

    /** The same with a given list of checks (tests add one that fails, to see internal-error). */
    public static AnalysisResult analyze(SourceText source, Path filePath, Workspace workspace, List<Check> checks) {
        return analyze(source, filePath, workspace, checks, Cancellation.NEVER);
    }

    /** The same with a given list of checks and a cancellation (tests count what ran before it). */
    public static AnalysisResult analyze(SourceText source, Path filePath, Workspace workspace, List<Check> checks,
            Cancellation cancel) {
        Prepared prepared = prepare(source, filePath, workspace);
        cancel.check();
        return check(prepared, workspace, checks, cancel);
    }

    /**
     * The first stage of an analysis: the file parsed and the catalog it sees. The editor's
     * features that need names but not findings (completion) answer from it at once after an
     * edit, and the checks start from it.
     */
    public record Prepared(SpecFile file, CatalogResolver.Resolution resolution) {
        /** The tree and catalog with no findings: what features read before the checks have run. */
        public AnalysisResult unchecked() {
            return new AnalysisResult(file, resolution.catalog(), List.of(), List.of());
        }
    }

    /**
     * The same, sharing the checks of this one file between this thread and spare ones: a
     * command-line run that lints fewer files than the machine has cores lends the idle cores
     * to each file. The findings are the same, in the same order, as when one thread runs them.
     */
    public static AnalysisResult analyze(SourceText source, Path filePath, Workspace workspace, SpareThreads spare) {
        Prepared prepared = prepare(source, filePath, workspace);
        return check(prepared, workspace, Checks.ALL, Cancellation.NEVER, Reuse.NONE, spare);
    }

    public static Prepared prepare(SourceText source, Path filePath, Workspace workspace) {
        return prepare(source, filePath, workspace, null);
    }

    /**
     * The same, with the parse of another version of the document (or null) to reuse what the
     * edit left alone: the editor's path, where the previous version was just parsed.
     */
    public static Prepared prepare(SourceText source, Path filePath, Workspace workspace, SpecFile previous) {
        SpecFile file = SpecParser.parse(source, previous);
        return new Prepared(file, CatalogResolver.resolve(file, filePath, workspace));
    }

    /** The second stage: every check, root causes, suppressions and the configured severities. */
    public static AnalysisResult check(Prepared prepared, Workspace workspace, List<Check> checks, Cancellation cancel) {
        return check(prepared, workspace, checks, cancel, Reuse.NONE);
    }

    /**
     * The same, reusing what the analysis of the document's previous version computed of the parts
     * an edit left as they were; the result is the same as without (IncrementalEqualsFullTest).
     */
    public static AnalysisResult check(Prepared prepared, Workspace workspace, List<Check> checks, Cancellation cancel,
            Reuse reuse) {
        return check(prepared, workspace, checks, cancel, reuse, SpareThreads.NONE);
    }

    /** Spare threads need a store that is not confined to one thread: reuse and spare threads never meet. */
    private static AnalysisResult check(Prepared prepared, Workspace workspace, List<Check> checks, Cancellation cancel,
            Reuse reuse, SpareThreads spare) {
        SpecFile file = prepared.file();
        CatalogResolver.Resolution resolution = prepared.resolution();
        Reuse.Round round = reuse.round();
        CheckContext context = CheckContext.of(file, workspace.config(), resolution.catalog(), round);

        List<Diagnostic> found = new ArrayList<>(file.syntaxErrors());
        found.addAll(resolution.diagnostics());
        if (spare.count() == 0) {
            for (Check check : checks) {
                cancel.check();
                found.addAll(run(check, context));
            }
        } else {
            found.addAll(runShared(checks, context, cancel, spare));
        }
        cancel.check();
        round.finish();
        found = RootCauses.keepRootCauses(file, context.outline(), found);
        Suppressions.Outcome outcome = Suppressions.apply(file, found);
        List<Diagnostic> shown = configured(outcome.kept(), workspace.config()).stream()
                .map(d -> withSuppressionFix(file.source(), d)).toList();
        List<Diagnostic> suppressed = configured(outcome.suppressed(), workspace.config());
        return new AnalysisResult(file, resolution.catalog(), sorted(shown), sorted(suppressed));
    }

    /** One check's findings; a check that throws costs that check alone, as one internal-error finding. */
    private static List<Diagnostic> run(Check check, CheckContext context) {
        List<Diagnostic> found = new ArrayList<>();
        try {
            check.run(context, found::add);
        } catch (RuntimeException | StackOverflowError e) {
            found.add(internalError(check, e));
        }
        return found;
    }

    /**
     * The checks run by this thread and the spare ones together, each taking the next check not yet
     * taken, from the last of the list (the wording checks, the longest, start first); each check's
     * findings go in its own slot, so they come out in the list's order whoever ran it.
     */
    private static List<Diagnostic> runShared(List<Check> checks, CheckContext context, Cancellation cancel,
            SpareThreads spare) {
        AtomicReferenceArray<List<Diagnostic>> byCheck = new AtomicReferenceArray<>(checks.size());
        AtomicInteger next = new AtomicInteger(checks.size());
        Runnable worker = () -> {
            for (int i = next.decrementAndGet(); i >= 0; i = next.decrementAndGet()) {
                cancel.check();
                byCheck.set(i, run(checks.get(i), context));
            }
        };
        List<CompletableFuture<Void>> helpers = new ArrayList<>();
        for (int i = 0; i < spare.count(); i++) {
            helpers.add(CompletableFuture.runAsync(worker, spare.executor()));
        }
        worker.run();
        for (CompletableFuture<Void> helper : helpers) {
            try {
                helper.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r; // Cancelled, or a failure outside any check
                }
                throw e;
            }
        }
        List<Diagnostic> found = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            found.addAll(byCheck.get(i));
        }
        return found;
    }

    /**
     * The result for a file that could not be analysed (too large, binary, not UTF-8, or the
     * analysis itself failed): its one problem, at the severity the workspace gives its rule.
     */
    public static AnalysisResult unanalysed(SourceText source, Diagnostic problem, Workspace workspace) {
        return new AnalysisResult(new SpecFile(source, null, List.of(), List.of()), Catalog.EMPTY,
                configured(List.of(problem), workspace.config()), List.of());
    }

    /** The problems of cspec.json itself, each at the severity that configuration gives its rule. */
    public static List<Diagnostic> configProblems(Config config) {
        return configured(config.problems(), config);
    }

    /**
     * Every finding but a syntax, limit or internal error can be silenced for its line, in any
     * editor and in the JSON report; the fix is never applied by lint --fix.
     */
    private static Diagnostic withSuppressionFix(SourceText source, Diagnostic d) {
        if (d.rule() == Rule.SYNTAX || d.rule() == Rule.LIMIT_EXCEEDED || d.rule() == Rule.INTERNAL_ERROR) {
            return d;
        }
        return d.withFix(SuppressionFix.forLine(source, d.span(), d.ruleId()));
    }

    /** A check that throws is a bug in cspec, not in the contract: say so once, at the top of the file. */
    private static Diagnostic internalError(Check check, Throwable e) {
        String message = "cspec could not finish the check " + check.getClass().getSimpleName()
                + " on this file (" + e.getClass().getSimpleName() + "); other checks ran. Please report this.";
        return Diagnostic.of(Rule.INTERNAL_ERROR, Span.at(0), message);
    }

    private static List<Diagnostic> configured(List<Diagnostic> diagnostics, Config config) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            config.severityOf(d.rule(), d.severity()).ifPresent(s -> out.add(d.withSeverity(s)));
        }
        return out;
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(Analyzer::inReportOrder);
        return copy;
    }

    /** By start, then end, then rule ID: one method, not a chain of three comparators and their lambdas. */
    private static int inReportOrder(Diagnostic a, Diagnostic b) {
        int byStart = Integer.compare(a.span().start(), b.span().start());
        if (byStart != 0) {
            return byStart;
        }
        int byEnd = Integer.compare(a.span().end(), b.span().end());
        return byEnd != 0 ? byEnd : a.ruleId().compareTo(b.ruleId());
    }
}
