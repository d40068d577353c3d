package cspec.core.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * The differences between two word sequences, as hunks of replaced words, from a longest
 * common subsequence. Quadratic in the clause length, which is small; past a bound it falls
 * back to one hunk between the common prefix and suffix, so time stays bounded on any input.
 */
final class WordDiff {
    private static final long MAX_CELLS = 4_000_000L;

    /** standard[stdStart, stdEnd) was replaced by own[ownStart, ownEnd); either side may be empty. */
    record Hunk(int stdStart, int stdEnd, int ownStart, int ownEnd) {
        int removed() {
            return stdEnd - stdStart;
        }

        int added() {
            return ownEnd - ownStart;
        }
    }

    private WordDiff() {
    }

    static List<Hunk> diff(List<String> standard, List<String> own) {
        int prefix = 0;
        while (prefix < standard.size() && prefix < own.size() && standard.get(prefix).equals(own.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < standard.size() - prefix && suffix < own.size() - prefix
                && standard.get(standard.size() - 1 - suffix).equals(own.get(own.size() - 1 - suffix))) {
            suffix++;
        }
        int n = standard.size() - prefix - suffix;
        int m = own.size() - prefix - suffix;
        if (n == 0 && m == 0) {
            return List.of();
        }
        if ((long) n * m > MAX_CELLS || n == 0 || m == 0) {
            return List.of(new Hunk(prefix, prefix + n, prefix, prefix + m));
        }
        return lcsHunks(standard.subList(prefix, prefix + n), own.subList(prefix, prefix + m), prefix);
    }

    private static List<Hunk> lcsHunks(List<String> a, List<String> b, int offset) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Hunk> hunks = new ArrayList<>();
        int i = 0;
        int j = 0;
        int hunkI = -1;
        int hunkJ = -1;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                if (hunkI >= 0) {
                    hunks.add(new Hunk(offset + hunkI, offset + i, offset + hunkJ, offset + j));
                    hunkI = -1;
                }
                i++;
                j++;
                continue;
            }
            if (hunkI < 0) {
                hunkI = i;
                hunkJ = j;
            }
            if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                j++;
            } else {
                i++;
            }
        }
        if (hunkI >= 0) {
            hunks.add(new Hunk(offset + hunkI, offset + n, offset + hunkJ, offset + m));
        }
        return hunks;
    }
}
