package cspec.lsp;

/**
 * Whether other documents may depend on a file: libraries and profiles are read by the
 * contracts that use them, so an edit to one re-checks every open document.
 */
final class Dependencies {
    private Dependencies() {
    }

    /** True when the first line that is neither blank nor a comment opens a library or profile. */
    static boolean othersMayDependOn(String text) {
        int i = 0;
        while (i < text.length()) {
            int end = text.indexOf('\n', i);
            String line = (end < 0 ? text.substring(i) : text.substring(i, end)).strip();
            if (!line.isEmpty() && !line.startsWith("//")) {
                return line.startsWith("library") || line.startsWith("profile");
            }
            if (end < 0) {
                break;
            }
            i = end + 1;
        }
        return false;
    }
}
