package cspec.procurement.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A short fingerprint of what bidders answer: each requirement's ID, kind, weight, due date and
 * words, in order. A matrix carries it, so a response to another version of the requirements is
 * recognised even when the version field was not changed. Layout and comments do not count.
 */
public final class RequirementsHash {
    private RequirementsHash() {
    }

    public static String of(List<ContractView.RequirementView> requirements) {
        StringBuilder canonical = new StringBuilder();
        for (ContractView.RequirementView r : requirements) {
            canonical.append(r.id()).append('\t').append(r.modality().keyword()).append('\t').append(r.weightText())
                    .append('\t').append(r.dueText()).append('\t').append(r.text().plain()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
