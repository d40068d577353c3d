package cspec.core.wording;

/**
 * One token of prose: a word, a number, a punctuation mark, or an opaque stretch (a
 * {@code {{placeholder}}} or {@code [reference]}) that phrases never match across.
 * {@code start} and {@code end} are indices into the analysed text; {@code text} is the token as
 * written (curly apostrophes made straight) and {@code norm} its lower-case form.
 */
record Token(int start, int end, String text, String norm, Kind kind) {
    enum Kind { WORD, NUMBER, PUNCT, OPAQUE }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String lowerCase) {
        return norm.equals(lowerCase);
    }

    boolean isPunct(char c) {
        return kind == Kind.PUNCT && norm.length() == 1 && norm.charAt(0) == c;
    }

    boolean startsUpperCase() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
