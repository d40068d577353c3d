package cspec.core.editor;

/**
 * A name the cursor can stand on. IDs of requirements, sections, SLAs and clauses share one
 * namespace per contract (a {@code [reference]} may name any of them); severity and metric IDs
 * belong to their SLA; defined terms and profile IDs are names of their own kind.
 */
public record Name(Kind kind, String text) {
    public enum Kind { ID, SLA_LEVEL, TERM, PROFILE }
}
