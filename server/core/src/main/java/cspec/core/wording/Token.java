package cspec.core.wording;

/**
 * One token of prose: a word, a number, a punctuation mark, or an opaque stretch (a
 * {@code {{placeholder}}} or {@code [reference]}) that phrases never match across.
 * {@code start} and {@code end} are indices into the analysed text; {@code text} is the token as
 * written (curly apostrophes made straight) and {@code norm} its lower-case form; {@code classes}
 * the {@link WordClasses} of a word, as bits (0 for any other kind of token).
 */
record Token(int start, int end, String text, String norm, Kind kind, int classes) {
    enum Kind { WORD, NUMBER, PUNCT, OPAQUE }

    /** A token of kind kind, its classes looked up when it is a word. */
    static Token of(int start, int end, String text, String norm, Kind kind) {
        return new Token(start, end, text, norm, kind, kind == Kind.WORD ? WordClasses.of(norm) : 0);
    }

    /** True when the token is a word of the given {@link WordClasses} class. */
    boolean in(int wordClass) {
        return (classes & wordClass) != 0;
    }

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
