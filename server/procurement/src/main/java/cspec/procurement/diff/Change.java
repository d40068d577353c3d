package cspec.procurement.diff;

/**
 * One change between two versions.
 *
 * @param subject what changed: a requirement or clause ID, "SLA incident-handling", a header field
 * @param before the old value ("" when added), after the new one ("" when removed)
 */
public record Change(Kind kind, String subject, String before, String after, String note) {
    public enum Kind {
        ADDED("added"), REMOVED("removed"), RENAMED("renamed"), REWORDED("reworded"), WEAKENED("weakened"),
        STRENGTHENED("strengthened"), MODALITY("modality changed"), WEIGHT("weight changed"), DUE("date changed"),
        REFERENCE("source reference changed"), MOVED("moved"), SLA("SLA figure changed"), CLAUSE("clause changed"),
        HEADER("header changed");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
