package cspec.accuracy;

import java.util.List;
import java.util.Map;

/**
 * One contract converted to .cspec: the text, and what the converter did to get it, so tests and
 * the README can check and count it.
 *
 * @param source       the contract's file name
 * @param cspec        the .cspec text
 * @param requirements one per obligation sentence, in order
 * @param counts       sentences read, obligation sentences, headings, definitions
 * @param dropped      page furniture dropped, by kind
 */
public record Conversion(String source, String cspec, List<Requirement> requirements, Counts counts,
        Map<String, Integer> dropped) {
    public Conversion {
        requirements = List.copyOf(requirements);
        dropped = Map.copyOf(dropped);
    }

    /** An obligation sentence as it became a requirement: its ID, its keyword, the source's clause number and its words. */
    public record Requirement(String id, String keyword, String clause, String verb, String sentence) {
    }

    /**
     * @param sentences          sentences read (headings not counted)
     * @param obligations        obligation sentences, each now a requirement
     * @param headings           headings found (each section written holds at least one requirement)
     * @param sections           sections written
     * @param definitions        "X" means ... sentences moved to the definitions block
     * @param inlineDefinitions  terms defined inline in sentences that are not requirements, added to the block
     */
    public record Counts(int sentences, int obligations, int headings, int sections, int definitions,
            int inlineDefinitions) {
    }
}
