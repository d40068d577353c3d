package cspec.procurement.matrix;

import java.util.Locale;
import java.util.Optional;

/** What a bidder answers for a requirement, and what an evaluator's verdict says; the same three words for both. */
public enum Answer {
    COMPLIES("Complies", "meets the requirement in full, as written"),
    PARTIALLY("Partially complies", "meets part of it; the explanation says which part and what is missing"),
    DOES_NOT_COMPLY("Does not comply", "does not meet it");

    private final String words;
    private final String meaning;

    Answer(String words, String meaning) {
        this.words = words;
        this.meaning = meaning;
    }

    public String words() {
        return words;
    }

    public String meaning() {
        return meaning;
    }

    /** The answer a cell states, read without regard to case or surrounding spaces. */
    public static Optional<Answer> parse(String cell) {
        String text = cell.strip().toLowerCase(Locale.ROOT);
        for (Answer a : values()) {
            if (a.words.toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** "Complies, Partially complies or Does not comply", for messages. */
    public static String choices() {
        return COMPLIES.words + ", " + PARTIALLY.words + " or " + DOES_NOT_COMPLY.words;
    }

    /** Each answer and what it means, one per line, for the matrix's notes. */
    public static String definitions() {
        StringBuilder b = new StringBuilder();
        for (Answer a : values()) {
            b.append(a.words).append(": ").append(a.meaning).append(".\n");
        }
        return b.toString().strip();
    }
}
