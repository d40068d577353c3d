package cspec.accuracy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Splits the pronoun ambiguity set into a 70% tuning part and a 30% held-out part, stratified by
 * label, with a fixed seed, so the held-out part has the same share of ambiguous pronouns and
 * nobody has to look at it to check. Rows are copied unchanged, header first, in the order of
 * the input file.
 *
 * <p>For each label (the third column: NOCUOUS or INNOCUOUS), its rows are shuffled with
 * {@code java.util.Random(SEED)} (one generator for the whole split, labels taken in alphabetical
 * order) and the first round(30% of them) go to the held-out part.
 *
 * <p>{@code PronounSplit training.tsv split/tuning.tsv split/heldout.tsv}
 */
public final class PronounSplit {
    /** The seed of the split: 11, the number of the issue that asked for it. */
    public static final long SEED = 11L;
    public static final double HELD_OUT_SHARE = 0.30;
    private static final int LABEL_COLUMN = 2;

    private PronounSplit() {
    }

    /** The two parts: each a list of the input's lines (header not included), in input order. */
    public record Split(List<String> tuning, List<String> heldOut) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PronounSplit <training.tsv> <tuning.tsv> <heldout.tsv>");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        String header = lines.get(0);
        Split split = split(lines.subList(1, lines.size()));
        write(Path.of(args[1]), header, split.tuning());
        write(Path.of(args[2]), header, split.heldOut());
        System.out.println(split.tuning().size() + " tuning rows, " + split.heldOut().size() + " held-out rows");
    }

    public static Split split(List<String> rows) {
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isBlank()) {
                continue;
            }
            byLabel.computeIfAbsent(label(rows.get(i)), l -> new ArrayList<>()).add(i);
        }
        Random random = new Random(SEED);
        boolean[] heldOut = new boolean[rows.size()];
        for (List<Integer> indices : byLabel.values()) {
            List<Integer> shuffled = new ArrayList<>(indices);
            Collections.shuffle(shuffled, random);
            int take = (int) Math.round(indices.size() * HELD_OUT_SHARE);
            shuffled.subList(0, take).forEach(i -> heldOut[i] = true);
        }
        List<String> tuning = new ArrayList<>();
        List<String> held = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isBlank()) {
                (heldOut[i] ? held : tuning).add(rows.get(i));
            }
        }
        return new Split(tuning, held);
    }

    static String label(String row) {
        String[] fields = row.split("\t", -1);
        return fields.length > LABEL_COLUMN ? fields[LABEL_COLUMN].strip() : "";
    }

    private static void write(Path file, String header, List<String> rows) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        StringBuilder out = new StringBuilder(header).append('\n');
        rows.forEach(r -> out.append(r).append('\n'));
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }
}
