package cspec.core.wording;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.RuleRegistry;
import cspec.core.diagnostic.Severity;
import cspec.core.syntax.Modality;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the wording rules on the labelled corpus (src/test/resources/wording).
 * corpus.tsv is the set the rules were tuned on; heldout.tsv was written before the engine and
 * never tuned on, so its figures are the honest estimate. Each file is read as one contract
 * (mixed-obligation-verbs counts across it). The floors sit just under the figures achieved.
 */
class CorpusEvaluationTest {
    /** Rules in the order cspec lists them, as the report tables show them. */
    private static final Comparator<Rule> IN_REGISTRY_ORDER = Comparator.comparingInt(RuleRegistry.builtIn().all()::indexOf);
    /** One labelled sentence. */
    record Sample(Modality modality, Set<Rule> expected, String sentence, int line) {
    }

    /** Counts for one rule or one group of rules. */
    static final class Score {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }
    }

    /** Everything measured on one corpus file. */
    record Report(Map<Rule, Score> byRule, Score warnings, Score information, int clean, int cleanQuiet,
            List<String> misses) {
        double cleanRate() {
            return clean == 0 ? 1.0 : (double) cleanQuiet / clean;
        }
    }

    @Test
    void tuningCorpus() throws IOException {
        Report r = evaluate("corpus.tsv");
        assertTrue(load("corpus.tsv").size() >= 250, "the tuning corpus shrank");
        assertTrue(r.warnings().recall() >= 0.97, "warning/error recall fell to " + r.warnings().recall());
        assertTrue(r.warnings().precision() >= 0.97, "warning/error precision fell to " + r.warnings().precision());
        assertTrue(r.information().recall() >= 0.95, "information/hint recall fell to " + r.information().recall());
        assertTrue(r.information().precision() >= 0.90, "information/hint precision fell to " + r.information().precision());
        assertTrue(r.cleanRate() >= 0.97, "clean sentences without a warning fell to " + r.cleanRate());
    }

    @Test
    void heldOutCorpus() throws IOException {
        Report r = evaluate("heldout.tsv");
        assertTrue(load("heldout.tsv").size() >= 60, "the held-out corpus shrank");
        // 27 planted warning/error problems and 35 clean sentences: each floor allows one miss.
        assertTrue(r.warnings().recall() >= 0.96, "held-out warning/error recall fell to " + r.warnings().recall());
        assertTrue(r.warnings().precision() >= 0.96, "held-out warning/error precision fell to " + r.warnings().precision());
        assertTrue(r.information().recall() >= 0.90, "held-out information/hint recall fell to " + r.information().recall());
        assertTrue(r.cleanRate() >= 0.97, "held-out clean sentences without a warning fell to " + r.cleanRate());
    }

    /**
     * Written by another engineer from the language brief and the seeds alone, without seeing
     * the engine, its term lists or the other corpora: the issue's acceptance measure
     * (at least 90% of planted problems found, at least 95% of clean sentences with no warning).
     */
    @Test
    void independentSet() throws IOException {
        Report r = evaluate("independent.tsv");
        System.out.printf("independent: W/E recall %.3f precision %.3f; I/H recall %.3f precision %.3f; clean quiet %d/%d%n",
                r.warnings().recall(), r.warnings().precision(), r.information().recall(), r.information().precision(),
                r.cleanQuiet(), r.clean());
        assertTrue(load("independent.tsv").size() >= 150, "the independent set shrank");
        // Achieved before issue 11: recall 100% (75 planted warning/error problems), precision 98%, 105
        // of 106 clean sentences quiet. Issue 11 set severities from precision on real contracts, so
        // most wording rules are hints now and the warning/error group holds 14 planted problems:
        // recall 92.9% (the one miss, a later "should" forgiven as part of a compound requirement,
        // was a miss before too), precision 100%, every clean sentence quiet. The information/hint
        // group is held to the issue's 90%.
        assertTrue(r.information().recall() >= 0.90, "independent information/hint recall fell to " + r.information().recall());
        assertTrue(r.information().precision() >= 0.90, "independent information/hint precision fell to " + r.information().precision());
        assertTrue(r.warnings().recall() >= 0.92, "independent warning/error recall fell to " + r.warnings().recall());
        assertTrue(r.warnings().precision() >= 0.95, "independent warning/error precision fell to " + r.warnings().precision());
        assertTrue(r.cleanRate() >= 0.97, "independent clean sentences without a warning fell to " + r.cleanRate());
    }

    @Test
    void corpusIsBigEnoughAndAtLeastAThirdClean() throws IOException {
        List<Sample> all = new ArrayList<>(load("corpus.tsv"));
        all.addAll(load("heldout.tsv"));
        long clean = all.stream().filter(s -> s.expected().isEmpty()).count();
        assertTrue(all.size() >= 300, "only " + all.size() + " sentences");
        assertTrue(clean * 3 >= all.size(), "only " + clean + " clean sentences of " + all.size());
    }

    static Report evaluate(String file) throws IOException {
        List<Sample> samples = load(file);
        StringBuilder document = new StringBuilder();
        List<Integer> bases = new ArrayList<>();
        List<WordingResult> results = new ArrayList<>();
        List<ObligationVerb> verbs = new ArrayList<>();
        for (Sample s : samples) {
            int base = document.length();
            bases.add(base);
            document.append(s.sentence()).append('\n');
            WordingContext context = s.modality() == null
                    ? WordingContext.of(ProseKind.CLAUSE, Vocabulary.clientAndProvider())
                    : WordingContext.requirement(s.modality(), null, Vocabulary.clientAndProvider());
            WordingResult result = WordingEngine.builtIn().analyze(s.sentence(), base, context);
            results.add(result);
            verbs.addAll(result.obligations());
        }
        List<Finding> mixed = MixedVerbs.check(verbs, document.toString());
        Map<Rule, Score> byRule = new TreeMap<>(IN_REGISTRY_ORDER);
        Score warnings = new Score();
        Score information = new Score();
        int clean = 0;
        int cleanQuiet = 0;
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            int from = bases.get(i);
            int to = from + s.sentence().length();
            Set<Rule> found = new TreeSet<>(IN_REGISTRY_ORDER);
            results.get(i).findings().forEach(f -> found.add(f.rule()));
            mixed.stream().filter(f -> f.span().start() >= from && f.span().end() <= to).forEach(f -> found.add(f.rule()));
            Set<Rule> union = new TreeSet<>(IN_REGISTRY_ORDER);
            union.addAll(found);
            union.addAll(s.expected());
            for (Rule rule : union) {
                Score score = byRule.computeIfAbsent(rule, r -> new Score());
                Score group = serious(rule) ? warnings : information;
                boolean f = found.contains(rule);
                boolean e = s.expected().contains(rule);
                score.tp += f && e ? 1 : 0;
                score.fp += f && !e ? 1 : 0;
                score.fn += !f && e ? 1 : 0;
                group.tp += f && e ? 1 : 0;
                group.fp += f && !e ? 1 : 0;
                group.fn += !f && e ? 1 : 0;
            }
            if (s.expected().stream().noneMatch(CorpusEvaluationTest::serious)) {
                clean++;
                cleanQuiet += found.stream().noneMatch(CorpusEvaluationTest::serious) ? 1 : 0;
            }
            if (!found.equals(s.expected())) {
                misses.add(file + ":" + s.line() + " expected " + s.expected() + " found " + found + ": " + s.sentence());
            }
        }
        Report report = new Report(byRule, warnings, information, clean, cleanQuiet, misses);
        print(file, samples.size(), report);
        return report;
    }

    private static boolean serious(Rule rule) {
        return rule.defaultSeverity().atLeast(Severity.WARNING);
    }

    private static void print(String file, int size, Report r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n%s: %d sentences%n%-24s %4s %4s %4s %9s %7s%n", file, size, "rule", "tp",
                "fp", "fn", "precision", "recall"));
        r.byRule().forEach((rule, s) -> out.append(line(rule.id(), s)));
        out.append(line("WARNING+ERROR rules", r.warnings()));
        out.append(line("INFORMATION+HINT rules", r.information()));
        out.append(String.format(Locale.ROOT, "clean sentences with no warning or error: %d of %d (%.1f%%)%n",
                r.cleanQuiet(), r.clean(), 100 * r.cleanRate()));
        r.misses().forEach(m -> out.append("  ").append(m).append('\n'));
        System.out.print(out);
    }

    private static String line(String name, Score s) {
        return String.format(Locale.ROOT, "%-24s %4d %4d %4d %8.1f%% %6.1f%%%n", name, s.tp, s.fp, s.fn,
                100 * s.precision(), 100 * s.recall());
    }

    static List<Sample> load(String file) throws IOException {
        try (InputStream in = CorpusEvaluationTest.class.getResourceAsStream("/wording/" + file)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Sample> samples = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] cols = lines[i].split("\t");
                Modality modality = cols[0].equals("-") ? null : Modality.valueOf(cols[0].toUpperCase(Locale.ROOT));
                Set<Rule> expected = new TreeSet<>(IN_REGISTRY_ORDER);
                if (!cols[1].equals("-")) {
                    Arrays.stream(cols[1].split(",")).map(id -> RuleRegistry.builtIn().byId(id.strip()).orElseThrow(
                            () -> new IllegalArgumentException("unknown rule " + id))).forEach(expected::add);
                }
                samples.add(new Sample(modality, expected, cols[2], i + 1));
            }
            return samples;
        }
    }
}
