package cspec.bench;

import java.util.Random;

/**
 * Generated requirement prose for the wording benchmark: sentences in the style of SOC
 * contracts, about half with a wording problem (vague words, loopholes, passives, bare
 * pronouns, non-party actors, modality words), wrapped at about 70 columns and indented like
 * continuation lines, so matching runs across line breaks as it does in real files.
 */
final class WordingProse {
    private static final String[] SUBJECTS = {"The Provider", "The Client", "The Subcontractor", "Each party",
        "All logs", "It", "The Provider's analysts", "Alerts"};
    private static final String[] VERBS = {"must monitor", "shall retain", "should review", "may forward",
        "must be reviewed by the Provider for", "must not disclose", "will escalate", "is required to patch"};
    private static final String[] OBJECTS = {"every in-scope log source", "the firewall rules of the Client",
        "each P1 alert raised by the SIEM", "the quarterly service report", "a forensic image of each host",
        "the detection content written for the Client"};
    private static final String[] TAILS = {"within 15 minutes of detection.", "promptly.", "as appropriate.",
        "using commercially reasonable efforts.", "on a regular basis, etc.", "in order to support the review.",
        "and must report the results to the Client.", "24 hours a day, 7 days a week.", "faster.",
        "with several analysts on shift.", "herein.", "at least once every 30 days."};

    private WordingProse() {
    }

    /** About chars characters of prose, the same for the same seed. */
    static String generate(int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(chars + 200);
        int column = 0;
        while (out.length() < chars) {
            String sentence = pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " "
                    + pick(random, TAILS) + " ";
            for (String word : sentence.split(" ")) {
                if (column > 70) {
                    out.append("\n        ");
                    column = 0;
                }
                out.append(word).append(' ');
                column += word.length() + 1;
            }
        }
        return out.toString();
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
