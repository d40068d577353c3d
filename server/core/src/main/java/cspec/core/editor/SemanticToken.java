package cspec.core.editor;

import cspec.core.text.Span;
import java.util.Set;

/**
 * A highlighted piece of one line: what it is (type) and how (modifiers). Modalities carry their
 * strength as a modifier, so an editor can colour must apart from may.
 */
public record SemanticToken(Span span, Type type, Set<Modifier> modifiers) {
    public enum Type { KEYWORD, MODALITY, REQUIREMENT_ID, SECTION_ID, SLA_ID, CLAUSE_ID, LEVEL_ID, PROFILE_ID, TERM, FLAGGED, STRING, COMMENT }

    public enum Modifier { DECLARATION, MANDATORY, RATED, OPTIONAL, FUTURE, OPTION, QUESTION }

    public SemanticToken {
        modifiers = Set.copyOf(modifiers);
    }
}
