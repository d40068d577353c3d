package cspec.core.text;

/**
 * The line break a document uses, so that text cspec inserts (quick fixes, expansions,
 * skeletons) matches it: a CRLF file stays CRLF after {@code --fix}. Producers write "\n" and
 * pass what they insert through {@link #convert}.
 */
public final class LineEnding {
    private LineEnding() {
    }

    /** The kind of the text's first line break ("\r\n", "\n" or a lone "\r"); "\n" for a text with none. */
    public static String of(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return "\n";
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
        }
        return "\n";
    }

    public static String of(SourceText source) {
        return of(source.text());
    }

    /** Every line break in inserted (written with "\n", "\r\n" or "\r") made the given one. */
    public static String convert(String inserted, String ending) {
        if (inserted.indexOf('\n') < 0 && inserted.indexOf('\r') < 0) {
            return inserted;
        }
        return inserted.replace("\r\n", "\n").replace('\r', '\n').replace("\n", ending);
    }

    /** Inserted text with the source's line breaks. */
    public static String convert(String inserted, SourceText source) {
        return convert(inserted, of(source));
    }

    /** The text with every line break made "\n", for tests of what a line ends with. */
    public static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
