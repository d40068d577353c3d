package cspec.lsp;

import org.eclipse.lsp4j.Position;

/** A fixture's text with its {@code $0} cursor taken out, and where the cursor was. */
record Cursor(String text, Position position) {
    static Cursor of(String marked) {
        int at = marked.indexOf("$0");
        if (at < 0) {
            throw new IllegalArgumentException("fixture has no $0 cursor");
        }
        String before = marked.substring(0, at);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        int column = at - (before.lastIndexOf('\n') + 1);
        return new Cursor(before + marked.substring(at + 2), new Position(line, column));
    }
}
