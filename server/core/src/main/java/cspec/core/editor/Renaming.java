package cspec.core.editor;

import cspec.core.diagnostic.TextEdit;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rename of requirement IDs, section IDs and defined terms within their contract. A rename that
 * would clash with another name, or write an invalid one, is refused with a message saying why.
 */
public final class Renaming {
    /** What a rename at the cursor would change: the span under it and the current name, or why not. */
    public record Target(Span span, Name name, String refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    /** The edits of a rename, or why it is refused. */
    public record Outcome(List<TextEdit> edits, String refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    private Renaming() {
    }

    public static Target prepare(DocumentIndex index, int offset) {
        Optional<DocumentIndex.Occurrence> at = index.at(offset);
        if (at.isEmpty()) {
            return new Target(null, null, "Only a requirement ID, a section ID or a defined term can be renamed; "
                    + "put the cursor on one.");
        }
        Name name = at.get().name();
        List<Declaration> declared = index.declarationsOf(name);
        if (declared.isEmpty()) {
            return new Target(null, name, "`" + name.text() + "` is not declared in this contract, so there is "
                    + "nothing to rename; declare it first or fix the reference.");
        }
        Declaration.What what = declared.get(0).what();
        boolean renameable = what == Declaration.What.REQUIREMENT || what == Declaration.What.SECTION
                || what == Declaration.What.TERM;
        if (!renameable) {
            return new Target(null, name, "A " + describe(what) + " ID cannot be renamed here"
                    + (what == Declaration.What.CLAUSE ? ": it names a library clause." : ".")
                    + " Rename requirement IDs, section IDs and defined terms.");
        }
        return new Target(at.get().span(), name, null);
    }

    public static Outcome rename(DocumentIndex index, int offset, String newName) {
        Target target = prepare(index, offset);
        if (target.refused()) {
            return new Outcome(List.of(), target.refusal());
        }
        Name old = target.name();
        String candidate = newName == null ? "" : newName.strip();
        String invalid = old.kind() == Name.Kind.TERM ? invalidTerm(candidate) : invalidId(candidate);
        if (invalid != null) {
            return new Outcome(List.of(), invalid);
        }
        if (candidate.equals(old.text())) {
            return new Outcome(List.of(), null);
        }
        Name renamed = new Name(old.kind(), candidate);
        if (!index.declarationsOf(renamed).isEmpty()) {
            return new Outcome(List.of(), "`" + candidate + "` is already "
                    + (old.kind() == Name.Kind.TERM ? "a defined term" : "an ID") + " in this contract ("
                    + describe(index.declarationsOf(renamed).get(0).what()) + "); choose another name.");
        }
        List<TextEdit> edits = new ArrayList<>();
        for (Navigation.Highlight h : Navigation.occurrences(index, offset)) {
            edits.add(new TextEdit(h.span(), candidate));
        }
        return new Outcome(edits, null);
    }

    private static String invalidId(String candidate) {
        if (Ids.isValid(candidate)) {
            return null;
        }
        return "`" + candidate + "` is not a valid ID: start with a letter and use only letters, digits, "
                + "'-', '_' or '.' (for example MON-4).";
    }

    private static String invalidTerm(String candidate) {
        if (candidate.isEmpty()) {
            return "A defined term cannot be empty; write the new term.";
        }
        if (candidate.chars().anyMatch(c -> c == '"' || c == '\u201C' || c == '\u201D' || c == '\n' || c == '\r'
                || c == '[' || c == ']')) {
            return "A defined term is written on one line without quotes or brackets; write the term alone.";
        }
        return null;
    }

    static String describe(Declaration.What what) {
        return switch (what) {
            case REQUIREMENT -> "requirement";
            case BACKGROUND -> "background";
            case SECTION -> "section";
            case SLA -> "SLA";
            case CLAUSE -> "clause";
            case SEVERITY -> "severity";
            case METRIC -> "metric";
            case TERM -> "defined term";
            case PROFILE -> "profile";
        };
    }
}
