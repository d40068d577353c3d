package cspec.bench;

import java.util.Random;

/**
 * Generates realistic contracts of a given size for benchmarks: sections of requirements in
 * SOC-contract wording (some clean, some with the vague words the rules look for), SLAs,
 * definitions and clauses. Seeded, so every run measures the same text.
 */
public final class CorpusGenerator {
    private static final String[] OBLIGATIONS = {
        "The Provider must monitor all in-scope log sources 24 hours a day and forward each alert to the Client's ticketing system within 5 minutes.",
        "The Provider must notify the Client of every Security Incident within 1 hour of detection, by telephone and by email to the Client's security contact.",
        "The Provider should review the detection rules promptly and as appropriate, using industry standard practices.",
        "The Provider must retain Client Data in data centres located in Canada and must not transfer it elsewhere without the Client's written approval.",
        "The Provider must remove all access of departing personnel within 4 hours of their departure and confirm the removal to the Client in writing.",
        "Reports are approved monthly and the Provider will use best efforts to improve the service where practical.",
        "The Subcontractor must encrypt all backups with AES-256 and keep the keys in a hardware security module.",
        "The Provider must run a vulnerability assessment of the external perimeter every quarter and report the findings within 10 business days.",
    };
    private static final String[] TITLES = {"Monitoring", "Incident Response", "Data Protection", "Personnel", "Reporting", "Access"};

    private CorpusGenerator() {
    }

    /** One contract of about the given number of characters. */
    public static String contract(int targetChars, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(targetChars + 4096);
        out.append("contract \"Generated Managed SOC Services ").append(seed).append("\" {\n")
                .append("    client \"Example Corp\"\n    provider \"Sentinel Services Ltd\"\n")
                .append("    effective 2027-01-01\n    term 36 months\n}\n\n")
                .append("definitions {\n    \"Security Incident\" means an event that actually or potentially jeopardizes\n")
                .append("        the confidentiality, integrity or availability of Client Data.\n")
                .append("    \"Client Data\" means all data that the Client provides to the Provider.\n}\n\n");
        int section = 0;
        while (out.length() < targetChars) {
            section++;
            String prefix = "R" + section;
            out.append("section s").append(section).append(" \"").append(TITLES[section % TITLES.length]).append(" ")
                    .append(section).append("\" {\n");
            int requirements = 5 + random.nextInt(10);
            for (int r = 1; r <= requirements; r++) {
                String modality = r % 4 == 0 ? "should" : r % 7 == 0 ? "will" : "must";
                String attributes = modality.equals("should") ? " (weight " + (1 + random.nextInt(10)) + ")"
                        : modality.equals("will") ? " (by 2027-06-30)" : "";
                String text = OBLIGATIONS[random.nextInt(OBLIGATIONS.length)];
                out.append("    ").append(modality).append(' ').append(prefix).append('-').append(r).append(attributes)
                        .append(": ").append(wrap(text)).append('\n');
            }
            if (section % 3 == 0) {
                out.append("    sla sla").append(section).append(" \"Incident handling ").append(section).append("\" {\n")
                        .append("        measured monthly\n        coverage 24x7\n")
                        .append("        severity P1 \"Critical\" response within 15 minutes resolution within 4 hours\n")
                        .append("        severity P2 \"High\" response 1 hour resolution 8 hours\n")
                        .append("        availability 99.9%\n        report monthly\n        credit 5% per breach cap 20%\n")
                        .append("    }\n");
            }
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (String word : text.split(" ")) {
            if (column > 60) {
                out.append("\n        ");
                column = 0;
            } else if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
            column += word.length() + 1;
        }
        return out.toString();
    }
}
