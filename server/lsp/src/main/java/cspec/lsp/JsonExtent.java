package cspec.lsp;

/**
 * Follows a JSON object or array byte by byte to see where it ends (strings and escapes
 * included), and notices a byte no JSON text can hold: a letter outside a string other than
 * those of true, false, null and numbers, or a line break inside a string.
 */
final class JsonExtent {
    enum Step { MORE, COMPLETE, BROKEN }

    private static final String BARE = "0123456789+-.eEtruefalsn,:";

    private int depth;
    private boolean inString;
    private boolean escaped;

    Step accept(int b) {
        if (inString) {
            if (b < 0x20) {
                return Step.BROKEN;
            }
            if (escaped) {
                escaped = false;
            } else if (b == '\\') {
                escaped = true;
            } else if (b == '"') {
                inString = false;
            }
            return Step.MORE;
        }
        if (isWhitespace(b)) {
            return Step.MORE;
        }
        if (depth == 0) {
            // A message is an object (or a batch, an array); anything else is not a message.
            if (b != '{' && b != '[') {
                return Step.BROKEN;
            }
            depth = 1;
            return Step.MORE;
        }
        if (b == '"') {
            inString = true;
        } else if (b == '{' || b == '[') {
            depth++;
        } else if (b == '}' || b == ']') {
            depth--;
            return depth == 0 ? Step.COMPLETE : Step.MORE;
        } else if (BARE.indexOf(b) < 0) {
            return Step.BROKEN;
        }
        return Step.MORE;
    }

    static boolean isWhitespace(int b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
