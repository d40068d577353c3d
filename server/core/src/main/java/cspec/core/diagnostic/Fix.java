package cspec.core.diagnostic;

import java.util.List;

/**
 * A quick fix: plain text edits any editor can apply. A safe fix keeps the meaning the user
 * wrote (a wordy phrase made short, a missing ID inserted) and is applied by {@code lint --fix};
 * the others only ever on request.
 */
public record Fix(String title, List<TextEdit> edits, boolean safe) {
    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix safe(String title, TextEdit... edits) {
        return new Fix(title, List.of(edits), true);
    }

    public static Fix onRequest(String title, TextEdit... edits) {
        return new Fix(title, List.of(edits), false);
    }
}
