package cspec.cli;

import cspec.core.AnalysisResult;
import cspec.core.Analyzer;
import cspec.core.ExitCodes;
import cspec.core.diagnostic.FixApplier;
import cspec.core.diagnostic.TextEdit;
import cspec.core.drafting.ClauseExpansion;
import cspec.core.format.Formatter;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import cspec.files.DiskFiles;
import cspec.files.LoadedSpec;
import cspec.files.SafeWriter;
import cspec.files.WriteFailure;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cspec format [--check] PATH...}: lays files out canonically, writing back only those
 * that change; with --check writes nothing, lists the files that would change and exits 1.
 */
@Command(name = "format", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Lay .cspec files out canonically; never changes a word of prose, a string or a comment.",
                "Exit status: 0 done (or, with --check, nothing to change), 1 files would change (--check), "
                        + "2 usage or input error."})
public final class FormatCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to format.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--check", description = "Change nothing; list the files that would change and exit 1 if any.")
    boolean check;

    @Option(names = "--config", paramLabel = "FILE", description = "Use this cspec.json (for its exclude globs).")
    Path config;

    @Option(names = "--expand-clauses", description = "Write each library clause's standard wording, with its "
            + "placeholder values, into the file, so what is signed no longer depends on the cspec version.")
    boolean expandClauses;

    private final Path cwd;

    public FormatCommand() {
        this(Path.of("").toAbsolutePath());
    }

    public FormatCommand(Path cwd) {
        this.cwd = cwd;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SpecFinder.Found found = SpecFinder.create(cwd, config).find(paths);
        Linter names = new Linter(cwd, false);
        DiskFiles disk = new DiskFiles();
        int changed = 0;
        int failed = 0;
        for (SpecFinder.Target target : found.targets()) {
            String display = names.display(target.file());
            LoadedSpec spec = disk.loadSpec(target.file(), display, target.workspace().root());
            if (spec.problem() != null) {
                err.println(display + ": not formatted: " + spec.problem().message());
                failed++;
                continue;
            }
            SpecFile parsed = SpecParser.parse(spec.source());
            if (!parsed.syntaxErrors().isEmpty()) {
                err.println(display + ": not formatted: it has syntax errors; `cspec lint " + display + "` lists them.");
                failed++;
                continue;
            }
            if (parsed.document() == null) {
                err.println(display + ": not formatted: it holds no contract, profile or library.");
                failed++;
                continue;
            }
            String text = expandClauses ? expanded(spec.source(), target) : spec.source().text();
            String formatted = Formatter.format(new SourceText(spec.source().name(), text));
            if (formatted.equals(spec.source().text())) {
                continue;
            }
            changed++;
            if (check) {
                out.println(display);
            } else {
                try {
                    SafeWriter.disk().replace(target.file(), spec.encode(formatted), display);
                } catch (WriteFailure e) {
                    err.println(e.getMessage());
                    changed--;
                    failed++;
                }
            }
        }
        for (SpecFinder.Unread unread : found.unreadable()) {
            DiskFiles.Unreadable entry = unread.entry();
            err.println(names.display(entry.path()) + ": not formatted: cspec cannot read this " + (entry.folder() ? "folder" : "file")
                    + " (" + entry.reason() + ").");
            failed++;
        }
        out.flush();
        int total = found.targets().size();
        err.println(changed + " of " + total + (total == 1 ? " file" : " files")
                + (check ? (changed == 1 ? " needs" : " need") + " formatting." : " reformatted."));
        err.flush();
        if (failed > 0) {
            return ExitCodes.USAGE;
        }
        return check && changed > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** The text with every prose-less library clause replaced by its standard wording. */
    private static String expanded(SourceText source, SpecFinder.Target target) {
        AnalysisResult result = Analyzer.analyze(source, target.file(), target.workspace());
        List<TextEdit> edits = ClauseExpansion.expansions(source, result.file().document(), result.catalog()).stream()
                .map(ClauseExpansion.Expansion::edit).toList();
        return FixApplier.applyEdits(source.text(), edits);
    }
}
