package cspec.accuracy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One finding cspec shows by default on a converted contract, as a row of the findings TSV.
 *
 * <p>The {@code key} identifies the finding across versions of the converter and of the rules,
 * where line numbers and requirement IDs move: it is a hash of the contract, the rule, the
 * requirement's sentence and the matched text (both with case and spacing normalised), and the
 * occurrence (0 for the first finding of that rule with that matched text in that sentence, 1
 * for the second, ...). A finding with the same key in a later run is the same finding.
 *
 * @param contract      the converted file's name without {@code .cspec}
 * @param requirementId the enclosing requirement's ID, {@code definition "Term"} for a finding in
 *                      a definition, or empty for one outside both
 * @param line          1-based line of the finding's start in the converted file
 * @param matchedText   the exact text of the finding's range, line breaks and indentation shown as one space
 * @param sentence      the whole prose of the enclosing requirement or definition, on one line
 *                      (for a finding outside both, the text of its line)
 */
public record Finding(String key, String contract, String requirementId, int line, String rule, String severity,
        String matchedText, String message, String sentence) {

    public static final List<String> COLUMNS = List.of(
            "key", "contract", "requirement_id", "line", "rule", "severity", "matched_text", "message", "sentence");

    public static String key(String contract, String rule, String sentence, String matchedText, int occurrence) {
        String identity = String.join("\u0000", contract, rule, normalise(sentence), normalise(matchedText),
                Integer.toString(occurrence));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Lower case, every run of spaces, tabs and line breaks one space, no space at either end. */
    public static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    public List<String> row() {
        return List.of(key, contract, requirementId, Integer.toString(line), rule, severity, matchedText, message, sentence);
    }

    public static Finding fromRow(Map<String, String> row) {
        return new Finding(row.get("key"), row.get("contract"), row.get("requirement_id"),
                Integer.parseInt(row.get("line")), row.get("rule"), row.get("severity"), row.get("matched_text"),
                row.get("message"), row.get("sentence"));
    }
}
