package cspec.accuracy.convert;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a clause heading ("5. TERMINATION", "Personnel", "7.1 Joint Efforts.") from contract
 * text. A heading is short (at most 12 words), has no obligation verb, no sentence punctuation
 * inside, no figures beyond its own number (so addresses, dates and table rows are not
 * headings), and is written in capitals or in Title Case.
 */
public final class Headings {
    private static final Set<String> SMALL_WORDS = Set.of(
            "of", "and", "the", "to", "for", "in", "on", "a", "an", "or", "by", "with", "as", "at", "from", "its",
            "their", "upon", "under", "vs", "v", "&", "-", "not", "no", "into", "per", "between", "regarding", "re");
    private static final Set<String> TRAILING_CONNECTORS = Set.of(
            "of", "and", "the", "to", "for", "in", "on", "a", "an", "or", "by", "with", "as", "at", "from", "its",
            "their", "any", "all", "such", "that", "this", "is", "are", "be", "not", "no");
    private static final Pattern MODAL = Pattern.compile("(?i)\\b(?:shall|must|will|should|may|agrees?|means|hereby)\\b");
    private static final int MAX_WORDS = 12;
    private static final int MAX_CHARS = 90;

    private Headings() {
    }

    /** A heading found on a line of its own: an optional label, then the title. */
    public record Heading(Optional<ClauseLabel> label, String title) {
    }

    /** Reads a printed line (the text between two line breaks or layout gaps) as a heading, if it is one. */
    public static Optional<Heading> ofLine(String line) {
        String strip = line.strip();
        Optional<ClauseLabel> label = ClauseLabel.at(strip, 0);
        if (label.isPresent() && label.get().kind() == ClauseLabel.Kind.BULLET) {
            return Optional.empty();
        }
        String rest = label.map(l -> strip.substring(l.end())).orElse(strip);
        String title = cleanTitle(rest);
        if (title.isEmpty() || !isTitle(title, label.isPresent())) {
            return Optional.empty();
        }
        if (rest.strip().endsWith(",") || rest.strip().endsWith(";")) {
            return Optional.empty();
        }
        return Optional.of(new Heading(label.filter(l -> l.kind() == ClauseLabel.Kind.NUMBERED), title));
    }

    /**
     * Reads a short sentence with a clause number as a run-in heading: "1.1. Services." in
     * "1.1. Services. Consultant shall perform ...". Only a numbered clause makes a section; a
     * lettered item's run-in title ("(a) General Intent.") is not one.
     */
    public static Optional<Heading> ofSentence(SentenceSplitter.Unit unit) {
        Optional<ClauseLabel> numbered = unit.labels().stream()
                .filter(l -> l.kind() == ClauseLabel.Kind.NUMBERED).reduce((a, b) -> b);
        if (numbered.isEmpty() || unit.labels().get(unit.labels().size() - 1).kind() != ClauseLabel.Kind.NUMBERED) {
            return Optional.empty();
        }
        String text = unit.text().strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        String title = cleanTitle(text);
        if (title.isEmpty() || !isTitle(title, true)) {
            return Optional.empty();
        }
        return Optional.of(new Heading(numbered, title));
    }

    /** Drops the dashes, underscores and trailing dot or colon that filings put around a title. */
    static String cleanTitle(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        t = t.replaceAll("^[-_=.:\\s]+", "").replaceAll("[-_=:\\s]+$", "");
        if (t.endsWith(".") && !t.endsWith("..")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static boolean isTitle(String title, boolean labelled) {
        if (title.length() > MAX_CHARS || MODAL.matcher(title).find()) {
            return false;
        }
        if (title.matches(".*(?:[.;?!]\\s|[:@$%\\d]).*") || title.contains("\"") || title.contains("\u201C")) {
            return false;
        }
        String[] words = title.split(" ");
        if (words.length > MAX_WORDS) {
            return false;
        }
        String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^a-z&-]", "");
        if (TRAILING_CONNECTORS.contains(lastWord)) {
            return false;
        }
        int letters = 0;
        int upper = 0;
        int significant = 0;
        int capitalised = 0;
        for (String word : words) {
            String bare = word.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (bare.isEmpty()) {
                continue;
            }
            for (char c : bare.toCharArray()) {
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
            if (!SMALL_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                significant++;
                if (Character.isUpperCase(bare.charAt(0))) {
                    capitalised++;
                }
            }
        }
        if (letters < 3 || significant == 0 || Character.isLowerCase(words[0].charAt(0))) {
            return false;
        }
        boolean allCaps = upper == letters;
        boolean titleCase = capitalised == significant;
        return allCaps || (titleCase && (labelled || words.length <= 8));
    }
}
