package cspec.core.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Did-you-mean suggestions: the nearest candidate by edit distance, if it is near enough to help. */
public final class Similarity {
    private Similarity() {
    }

    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            // Ties go the same way whatever order the candidates come in (a Map.of key set's order
            // changes from run to run): the length nearest the word's, then alphabetical.
            if (d < bestDistance || d == bestDistance && best != null && nearer(word, candidate, best)) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        return best != null && bestDistance <= allowed && bestDistance > 0 || (best != null && bestDistance == 0 && !best.equals(word))
                ? Optional.of(best) : Optional.empty();
    }

    private static boolean nearer(String word, String candidate, String best) {
        int byLength = Integer.compare(Math.abs(candidate.length() - word.length()), Math.abs(best.length() - word.length()));
        return byLength < 0 || byLength == 0 && candidate.compareTo(best) < 0;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
