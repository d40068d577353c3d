package cspec.accuracy;

import cspec.core.wording.PronounAmbiguity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures cspec's pronoun ambiguity analysis ({@link PronounAmbiguity}, the logic of
 * {@code vague-pronoun}) on a part of the ReqEval pronoun set: for each row, the marked pronoun
 * is predicted ambiguous when the analysis flags it in the row's sentence. The positive class is
 * {@code NOCUOUS} (ambiguous). Prints precision and recall on it, and the counts.
 *
 * <p>{@code PronounEval accuracy/corpus/pronouns/split/tuning.tsv [--rows]}: with {@code --rows},
 * also one line per row (label, prediction, sentence) for tuning. Read the held-out part once, to
 * report.
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

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: PronounEval <part.tsv> [--rows]");
            System.exit(2);
        }
        boolean rows = args.length > 1 && args[1].equals("--rows");
        Score s = evaluate(Path.of(args[0]), rows);
        System.out.printf(Locale.ROOT, "%s: %d rows; ambiguous class: precision %.3f (%d of %d flagged), recall %.3f (%d of %d)%n",
                args[0], s.rows(), s.precision(), s.truePositives(), s.truePositives() + s.falsePositives(), s.recall(),
                s.truePositives(), s.truePositives() + s.falseNegatives());
    }

    /** Scores one part of the set; with print, writes each row's label and prediction. */
    public static Score evaluate(Path part, boolean print) throws IOException {
        List<String> lines = Files.readAllLines(part, StandardCharsets.UTF_8);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 3 || !cols[1].contains(OPEN)) {
                continue;
            }
            boolean ambiguous = cols[2].strip().equals("NOCUOUS");
            boolean flagged = flagged(cols[1]);
            tp += flagged && ambiguous ? 1 : 0;
            fp += flagged && !ambiguous ? 1 : 0;
            fn += !flagged && ambiguous ? 1 : 0;
            tn += !flagged && !ambiguous ? 1 : 0;
            if (print) {
                System.out.println((ambiguous ? "NOC" : "INN") + " " + (flagged ? "FLAG" : "----") + " " + cols[1]);
            }
        }
        return new Score(tp, fp, fn, tn);
    }

    /** True when the analysis flags a marked pronoun of the sentence. */
    static boolean flagged(String marked) {
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
        return PronounAmbiguity.find(plain.toString()).stream().anyMatch(a -> starts.contains(a.start()));
    }
}
