package cspec.core.editor;

import cspec.core.catalog.Catalog;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Section;
import cspec.core.syntax.Outline;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** After {@code section}: the sections the contract's profile expects and the contract lacks, required ones first. */
final class MissingSections {
    private MissingSections() {
    }

    static List<Candidate> candidates(DocumentIndex index, int offset, Span partial, String defaultProfile) {
        Optional<Catalog.ProfileEntry> profile = index.profile(defaultProfile);
        if (profile.isEmpty()) {
            return List.of();
        }
        Set<String> present = new HashSet<>();
        for (Outline.Placed<Section> s : index.outline().sections()) {
            if (s.item().id() != null) {
                present.add(s.item().id().text());
            }
        }
        String indent = indentOfLine(index, offset);
        List<Candidate> required = new ArrayList<>();
        List<Candidate> recommended = new ArrayList<>();
        for (Profile.Expectation e : profile.get().profile().expectations()) {
            if (e.kind() != Profile.Kind.SECTION || e.id() == null || present.contains(e.id().text())) {
                continue;
            }
            String title = e.title() == null ? e.id().text() : e.title().value();
            String guidance = Snippets.guidance(profile.get(), Profile.Kind.SECTION, e.id().text()).orElse("");
            boolean requires = e.strength() == Profile.Strength.REQUIRES;
            String snippet = e.id().text() + " \"" + Snippets.escape(title) + "\" {\n" + indent + "    $0\n" + indent + "}";
            Candidate c = new Candidate(e.id().text(), Candidate.Kind.SECTION,
                    (requires ? "required: " : "recommended: ") + title, guidance, snippet, true, partial);
            (requires ? required : recommended).add(c);
        }
        required.addAll(recommended);
        return required;
    }

    static String indentOfLine(DocumentIndex index, int offset) {
        String text = index.source().text();
        int start = index.source().lines().lineStart(index.source().lines().lineOf(offset));
        int end = start;
        while (end < offset && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }
}
