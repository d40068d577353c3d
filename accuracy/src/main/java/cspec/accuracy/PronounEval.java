package cspec.accuracy;

import cspec.core.config.ConfigLoader;
import cspec.core.text.SourceText;
import cspec.core.wording.PronounAmbiguity;
import cspec.core.workspace.FileSource;
import cspec.core.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures cspec's pronoun ambiguity analysis ({@link PronounAmbiguity}, the logic of
 * {@code vague-pronoun}) on a part of the ReqEval pronoun set: for each row, the marked pronoun
 * is predicted ambiguous when the analysis flags it in the row's sentence. The positive class is
 * {@code NOCUOUS} (ambiguous). Prints precision and recall on it, and the counts.
 *
 * <p>{@code PronounEval accuracy/corpus/pronouns/split/tuning.tsv [--rows | --folds K]}: with
 * {@code --rows}, also one line per row (label, prediction, candidates, sentence) for tuning; with
 * {@code --folds K}, the figures on each of K folds of the part (its rows shuffled with
 * {@code java.util.Random(11)}, row i of the shuffled order in fold i mod K), to judge whether a
 * change of the rule helps across the part rather than on a few rows. Read the held-out part once,
 * to report.
 *
 * <p>{@code PronounEval --contracts accuracy/converted findings.tsv}: the rule's findings on the
 * converted contracts, with the rule turned on as a workspace would ({@code "vague-pronoun":
 * "hint"}), in the columns of {@link FindingsReport}, for {@link Sample} to draw from.
 */
public final class PronounEval {
    /** The counts on one part: flagged and ambiguous, flagged and not, not flagged but ambiguous, neither. */
    public record Score(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
        public double precision() {
            int flagged = truePositives + falsePositives;
            return flagged == 0 ? 1.0 : (double) truePositives / flagged;
        }

        public double recall() {
            int ambiguous = truePositives + falseNegatives;
            return ambiguous == 0 ? 1.0 : (double) truePositives / ambiguous;
        }

        public int rows() {
            return truePositives + falsePositives + falseNegatives + trueNegatives;
        }
    }

    private static final String OPEN = "<referential>";
    private static final String CLOSE = "</referential>";

    private PronounEval() {
    }

    /** The seed that shuffles a part's rows into folds: 11, the number, as for the split. */
    static final long FOLD_SEED = 11L;

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("--contracts")) {
            List<Finding> found = onContracts(Path.of(args[1]));
            Tsv.write(Path.of(args[2]), Finding.COLUMNS, found.stream().map(Finding::row).toList());
            System.out.println(found.size() + "\tvague-pronoun findings");
            return;
        }
        if (args.length < 1 || args.length > 3 || args.length == 3 && !args[1].equals("--folds")
                || args.length == 2 && !args[1].equals("--rows") && !args[1].equals("--strength")) {
            System.err.println("usage: PronounEval <part.tsv> [--rows | --folds K | --strength]"
                    + " | PronounEval --contracts <folder> <findings.tsv>");
            System.exit(2);
        }
        if (args.length == 2 && args[1].equals("--strength")) {
            for (String line : strengthReport(rows(Path.of(args[0])))) {
                System.out.println(line);
            }
            return;
        }
        Path part = Path.of(args[0]);
        if (args.length == 3) {
            int k = Integer.parseInt(args[2]);
            List<Score> folds = crossValidate(rows(part), k);
            for (int f = 0; f < folds.size(); f++) {
                System.out.println(line("fold " + (f + 1), folds.get(f)));
            }
            System.out.println(line("all folds", sum(folds)));
            return;
        }
        System.out.println(line(args[0], evaluate(part, args.length == 2)));
    }

    /** The vague-pronoun findings on every .cspec file of a folder, in name order, the rule turned on. */
    static List<Finding> onContracts(Path folder) throws IOException {
        Workspace on = new Workspace(null, ConfigLoader.parse(Path.of("cspec.json"), "{\"rules\": {\"vague-pronoun\": \"hint\"}}"),
                FileSource.none());
        List<Finding> found = new ArrayList<>();
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".cspec")).sorted().toList();
        }
        for (Path file : files) {
            String contract = file.getFileName().toString().replaceFirst("\\.cspec$", "");
            SourceText source = new SourceText(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            FindingsReport.findings(contract, source, file, true, on).stream()
                    .filter(f -> f.rule().equals("vague-pronoun")).forEach(found::add);
        }
        return found;
    }

    private static String line(String name, Score s) {
        return String.format(Locale.ROOT, "%s: %d rows; ambiguous class: precision %.3f (%d of %d flagged), recall %.3f (%d of %d)",
                name, s.rows(), s.precision(), s.truePositives(), s.truePositives() + s.falsePositives(), s.recall(),
                s.truePositives(), s.truePositives() + s.falseNegatives());
    }

    /** Scores one part of the set; with print, writes each row's label, prediction and candidates. */
    public static Score evaluate(Path part, boolean print) throws IOException {
        return score(rows(part), print);
    }

    /** The part's rows that mark a pronoun, as their columns, in file order. */
    static List<String[]> rows(Path part) throws IOException {
        List<String> lines = Files.readAllLines(part, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            if (cols.length >= 3 && cols[1].contains(OPEN)) {
                rows.add(cols);
            }
        }
        return rows;
    }

    /** The scores on k folds of the rows: shuffled with FOLD_SEED, the i-th shuffled row in fold i mod k. */
    static List<Score> crossValidate(List<String[]> rows, int k) {
        return foldRows(rows, k).stream().map(fold -> score(fold, false)).toList();
    }

    /** The rows in k folds: shuffled with FOLD_SEED, the i-th shuffled row in fold i mod k. */
    static List<List<String[]>> foldRows(List<String[]> rows, int k) {
        List<String[]> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(FOLD_SEED));
        List<List<String[]>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<String[]> fold = new ArrayList<>();
            for (int i = f; i < shuffled.size(); i += k) {
                fold.add(shuffled.get(i));
            }
            folds.add(fold);
        }
        return folds;
    }

    /** The strengths at which a threshold could be set: every strength of a finding on the rows, lowest first. */
    static List<Integer> strengths(List<String[]> rows) {
        java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
        for (String[] cols : rows) {
            PronounAmbiguity.Ambiguous a = flaggedPronoun(cols[1], Integer.MIN_VALUE);
            if (a != null) {
                found.add(a.strength());
            }
        }
        return List.copyOf(found);
    }

    /** The lowest recall at which a threshold may be chosen (docs/accuracy.md, round 8). */
    static final double RECALL_FLOOR = 0.55;

    /**
     * The threshold chosen on the given rows: the one of highest precision whose recall is at
     * least RECALL_FLOOR (the lowest such on a tie, which flags most), or the lowest threshold when
     * none reaches the floor.
     */
    static int chooseThreshold(List<String[]> rows, List<Integer> thresholds) {
        int chosen = thresholds.get(0);
        double best = -1;
        for (int t : thresholds) {
            Score s = score(rows, false, t);
            if (s.recall() >= RECALL_FLOOR && s.precision() > best) {
                best = s.precision();
                chosen = t;
            }
        }
        return chosen;
    }

    /**
     * The figures for every strength threshold on the rows (each fold and all rows), then nested
     * cross-validation: for each fold, the threshold chosen on the other four folds, scored on the
     * fold; the sum over folds is what choosing a threshold this way would give on unseen rows.
     */
    static List<String> strengthReport(List<String[]> rows) {
        List<String> out = new ArrayList<>();
        List<Integer> thresholds = strengths(rows);
        if (thresholds.isEmpty()) {
            out.add("no row has a pronoun with two rivals: there is no strength threshold to choose");
            return out;
        }
        List<List<String[]>> folds = foldRows(rows, 5);
        for (int t : thresholds) {
            StringBuilder perFold = new StringBuilder();
            for (List<String[]> fold : folds) {
                perFold.append(String.format(Locale.ROOT, " %.3f", score(fold, false, t).precision()));
            }
            out.add(line("strength >= " + t, score(rows, false, t)) + "; precision per fold" + perFold);
        }
        List<Score> nested = new ArrayList<>();
        List<Integer> chosen = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            List<String[]> others = new ArrayList<>();
            for (int g = 0; g < folds.size(); g++) {
                if (g != f) {
                    others.addAll(folds.get(g));
                }
            }
            int t = chooseThreshold(others, thresholds);
            chosen.add(t);
            nested.add(score(folds.get(f), false, t));
        }
        out.add(line("nested cross-validation (thresholds " + chosen + ")", sum(nested)));
        out.add("chosen on all rows: strength >= " + chooseThreshold(rows, thresholds));
        return out;
    }

    static Score sum(List<Score> scores) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (Score s : scores) {
            tp += s.truePositives();
            fp += s.falsePositives();
            fn += s.falseNegatives();
            tn += s.trueNegatives();
        }
        return new Score(tp, fp, fn, tn);
    }

    private static Score score(List<String[]> rows, boolean print) {
        return score(rows, print, null);
    }

    /** As score, but flagging at the given strength threshold instead of the shipped one (null: the shipped rule). */
    private static Score score(List<String[]> rows, boolean print, Integer threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (String[] cols : rows) {
            boolean ambiguous = cols[2].strip().equals("NOCUOUS");
            PronounAmbiguity.Ambiguous found = flaggedPronoun(cols[1], threshold);
            boolean flagged = found != null;
            tp += flagged && ambiguous ? 1 : 0;
            fp += flagged && !ambiguous ? 1 : 0;
            fn += !flagged && ambiguous ? 1 : 0;
            tn += !flagged && !ambiguous ? 1 : 0;
            if (print) {
                System.out.println((ambiguous ? "NOC" : "INN") + " " + (flagged ? "FLAG " + found.candidates() + " " + found.strength() : "----") + " " + cols[1]);
            }
        }
        return new Score(tp, fp, fn, tn);
    }

    /** True when the analysis flags a marked pronoun of the sentence. */
    static boolean flagged(String marked) {
        return flaggedPronoun(marked, null) != null;
    }

    /**
     * The analysis's finding on the first marked pronoun it flags, or null when it flags none; with
     * a threshold, the findings of every strength at least that, instead of the shipped rule's.
     */
    private static PronounAmbiguity.Ambiguous flaggedPronoun(String marked, Integer threshold) {
        StringBuilder plain = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            if (marked.startsWith(OPEN, i)) {
                starts.add(plain.length());
                i += OPEN.length();
            } else if (marked.startsWith(CLOSE, i)) {
                i += CLOSE.length();
            } else {
                plain.append(marked.charAt(i));
                i++;
            }
        }
        List<PronounAmbiguity.Ambiguous> found = threshold == null ? PronounAmbiguity.find(plain.toString())
                : PronounAmbiguity.findAll(plain.toString()).stream().filter(a -> a.strength() >= threshold).toList();
        return found.stream().filter(a -> starts.contains(a.start())).findFirst().orElse(null);
    }
}
