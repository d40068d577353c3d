package cspec.cli;

import cspec.cli.report.FileReport;
import cspec.cli.report.Uris;
import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.SpareThreads;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.FixApplier;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.Severity;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import cspec.files.DiskFiles;
import cspec.files.LoadedSpec;
import cspec.files.SafeWriter;
import cspec.files.WriteFailure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lints one file at a time for {@code cspec lint}: reads it safely, analyses it, and with
 * {@code --fix} applies the safe fixes pass after pass (re-analysing in between, so each pass
 * sees fresh spans) and writes the file back only when its text changed. A file that cannot be
 * read or analysed becomes one finding; it never stops the run.
 */
final class Linter {
    private final DiskFiles disk = new DiskFiles();
    private final Path cwd;
    private final boolean fix;
    private int fixesApplied;
    private int filesFixed;
    private final List<String> writeFailures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger unreadable = new AtomicInteger();
    private final boolean preview;
    private final List<Preview> previews = Collections.synchronizedList(new ArrayList<>());
    private SpareThreads spare = SpareThreads.NONE;

    /** A file's text before and after its safe fixes, for `--fix --diff`. */
    record Preview(String path, String before, String after) {
    }

    Linter(Path cwd, boolean fix) {
        this(cwd, fix, false);
    }

    /** With preview, --fix computes the fixed text but leaves the file as it is (--diff). */
    Linter(Path cwd, boolean fix, boolean preview) {
        this.cwd = cwd;
        this.fix = fix;
        this.preview = preview;
    }

    /** Threads each file's checks may share (when the run lints fewer files than there are cores). */
    Linter withSpareThreads(SpareThreads spare) {
        this.spare = spare;
        return this;
    }

    /** What --fix --diff would change, in the order the files were linted. */
    List<Preview> previews() {
        return List.copyOf(previews);
    }

    FileReport lint(SpecFinder.Target target) {
        Path file = target.file();
        String display = display(file);
        LoadedSpec spec = disk.loadSpec(file, display, target.workspace().root());
        if (spec.problem() != null) {
            if (spec.problem().rule() == Rule.UNREADABLE_FILE) {
                unreadable.incrementAndGet();
            }
            return report(file, display, spec.source(), Analyzer.unanalysed(spec.source(), spec.problem(), target.workspace()));
        }
        AnalysisResult result = analyze(spec.source(), target);
        if (fix) {
            result = fix(spec, result, target);
        }
        return report(file, display, result.file().source(), result);
    }

    /**
     * A file or folder the search could not read: one unreadable-file finding, never silence,
     * since an unread contract must not pass as a clean one.
     */
    FileReport unreadable(SpecFinder.Unread unread) {
        unreadable.incrementAndGet();
        DiskFiles.Unreadable entry = unread.entry();
        String display = display(entry.path());
        String what = entry.folder() ? "folder (" + entry.reason() + "), so the .cspec files in it were not checked"
                : "file (" + entry.reason() + "), so it was not checked";
        Diagnostic problem = Diagnostic.of(Rule.UNREADABLE_FILE, Span.at(0), "cspec cannot read this " + what
                + "; make it readable and run again.");
        SourceText nothing = new SourceText(display, "");
        return report(entry.path(), display, nothing, Analyzer.unanalysed(nothing, problem, unread.workspace()));
    }

    /** How many files and folders could not be read; any makes the run exit 2. */
    int unreadableCount() {
        return unreadable.get();
    }

    int fixesApplied() {
        return fixesApplied;
    }

    int filesFixed() {
        return filesFixed;
    }

    /** Why fixed files could not be written back (each left unchanged on disk). */
    List<String> writeFailures() {
        return List.copyOf(writeFailures);
    }

    private AnalysisResult fix(LoadedSpec spec, AnalysisResult first, SpecFinder.Target target) {
        String original = spec.source().text();
        AnalysisResult[] current = {first};
        FixApplier.Result fixed = FixApplier.applySafeUntilStable(original, first.diagnostics(), text -> {
            current[0] = analyze(new SourceText(spec.source().name(), text), target);
            return current[0].diagnostics();
        });
        String text = fixed.text();
        int applied = fixed.applied();
        if (text.equals(original)) {
            return current[0];
        }
        if (preview) {
            previews.add(new Preview(Uris.slashPath(cwd, spec.path()), original, text));
            synchronized (this) {
                fixesApplied += applied;
                filesFixed++;
            }
            return current[0];
        }
        try {
            SafeWriter.disk().replace(spec.path(), spec.encode(text), spec.source().name());
        } catch (WriteFailure e) {
            // The disk still holds the original, so its findings are the ones to report.
            writeFailures.add(e.getMessage());
            return first;
        }
        synchronized (this) {
            fixesApplied += applied;
            filesFixed++;
        }
        return current[0];
    }

    /** Analysis never throws by contract; if it does, that costs this file one finding, not the run. */
    private AnalysisResult analyze(SourceText source, SpecFinder.Target target) {
        try {
            return Analyzer.analyze(source, target.file(), target.workspace(), spare);
        } catch (RuntimeException | StackOverflowError e) {
            // The whole file went unchecked, so this outranks the warning a single failing check gives.
            Diagnostic failure = Diagnostic.of(Rule.INTERNAL_ERROR, Span.at(0), "cspec could not analyse this file ("
                    + e.getClass().getSimpleName() + "); please report this with the file attached.")
                    .withSeverity(Severity.ERROR);
            return Analyzer.unanalysed(source, failure, target.workspace());
        }
    }

    private FileReport report(Path file, String display, SourceText source, AnalysisResult result) {
        return new FileReport(display, Uris.slashPath(cwd, file), Uris.of(cwd, file), source,
                result.diagnostics(), result.suppressed(), result.file().comments());
    }

    /** Relative to the current directory when the file is inside it, so output is short and portable. */
    String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = cwd.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }
}
