package cspec.cli;

import cspec.core.ExitCodes;
import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.RuleDocs;
import cspec.core.diagnostic.RuleRegistry;
import cspec.core.wording.TermEntry;
import cspec.core.wording.TermLists;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cspec rules}: every rule ID with its default severity, area and one-line summary;
 * {@code cspec rules RULE}: that rule's documentation, from the copy of docs/rules.md in the jar.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List every rule: ID, default severity, area and what it catches; with a RULE, explain it.",
                "Rule IDs are what cspec.json and suppression comments name."})
public final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--terms", paramLabel = "RULE", description = "Print the phrases a wording rule looks for.")
    String terms;

    @Parameters(arity = "0..1", paramLabel = "RULE", description = "Print this rule's documentation: what it catches, "
            + "why it matters, examples and its fix.")
    String explain;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (terms != null) {
            return printTerms(terms);
        }
        if (explain != null) {
            return printDocs(explain);
        }
        int width = 0;
        for (Rule rule : RuleRegistry.builtIn().all()) {
            width = Math.max(width, rule.id().length());
        }
        for (Rule rule : RuleRegistry.builtIn().all()) {
            out.printf(Locale.ROOT, "%-" + width + "s  %-11s  %-11s  %s%n", rule.id(), rule.defaultSeverity().label(),
                    rule.area().name().toLowerCase(Locale.ROOT), rule.summary());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int printDocs(String id) {
        Rule rule = known(id);
        PrintWriter out = spec.commandLine().getOut();
        out.println(rule.id() + " (" + rule.defaultSeverity().label() + ", " + rule.area().name().toLowerCase(Locale.ROOT)
                + "): " + rule.summary());
        out.println();
        out.println(RuleDocs.of(rule.id()).orElse("docs/rules.md has no entry for `" + rule.id() + "` in this build."));
        out.flush();
        return ExitCodes.OK;
    }

    private static Rule known(String id) {
        RuleRegistry rules = RuleRegistry.builtIn();
        return rules.byId(id).orElseThrow(() -> new UsageException("`" + id + "` is not a cspec rule"
                + rules.closest(id).map(r -> "; did you mean `" + r.id() + "`?").orElse("; `cspec rules` lists them.")));
    }

    private int printTerms(String id) {
        Rule rule = known(id);
        if (rule.area() != Rule.Area.WORDING) {
            throw new UsageException("`" + id + "` is not a wording rule, so it has no term list");
        }
        List<TermEntry> entries = TermLists.builtIn().entries(rule);
        if (entries.isEmpty()) {
            throw new UsageException("`" + id + "` reads sentence structure, not a term list; docs/rules.md describes it");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (TermEntry e : entries) {
            out.printf(Locale.ROOT, "%s  [%s]  %s%s  (%s)%n", e.phrase(), e.category(), e.reason(),
                    e.suggestedRewrite().map(r -> " Instead: " + r + ".").orElse(""), e.source());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
