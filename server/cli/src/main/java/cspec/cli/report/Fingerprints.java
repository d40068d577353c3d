package cspec.cli.report;

import cspec.core.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Stable identities for findings, so CI systems can tell a finding that moved from a new one: a
 * hash of the rule and the flagged line's text (whitespace at its ends ignored), plus which
 * occurrence of that pair in the file it is. Editing other lines, or indenting this one, keeps
 * the fingerprint; changing the flagged line's words makes a new finding.
 */
final class Fingerprints {
    private final Map<String, Integer> seen = new HashMap<>();

    /** {@code <16 hex digits>:<occurrence>}, the shape GitHub uses for primaryLocationLineHash. */
    String next(FileReport file, Diagnostic d) {
        String line = Range.firstLineText(file.source(), d.span()).strip();
        String hash = sha256(d.ruleId() + "\u0000" + line).substring(0, 16);
        int occurrence = seen.merge(file.uri() + "\u0000" + hash, 1, Integer::sum);
        return hash + ":" + occurrence;
    }

    /** A file is done: its occurrence counts are no longer needed (a batch run never revisits a file). */
    void forget(FileReport file) {
        seen.keySet().removeIf(key -> key.startsWith(file.uri() + "\u0000"));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
