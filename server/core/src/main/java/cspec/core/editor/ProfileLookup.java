package cspec.core.editor;

import cspec.core.profile.Catalog;
import cspec.core.syntax.Contract;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Profile;
import cspec.core.text.SourceText;
import java.util.Optional;

/** The profile a contract follows: the one its header names, else the workspace's default. */
final class ProfileLookup {
    private ProfileLookup() {
    }

    static Optional<Catalog.ProfileEntry> of(DocumentIndex index, String defaultProfile) {
        Optional<Contract> contract = index.contract();
        if (contract.isEmpty()) {
            return Optional.empty();
        }
        String id = contract.get().field(HeaderField.ProfileRef.class)
                .map(ref -> ref.profile() == null ? null : ref.profile().text())
                .orElse(defaultProfile);
        return id == null ? Optional.empty() : index.analysis().catalog().profile(id);
    }

    /** The guidance a profile gives for an expected item, as plain text; empty when none. */
    static Optional<String> guidance(Catalog.ProfileEntry entry, Profile.Kind kind, String id) {
        SourceText source = entry.source();
        for (Profile.Expectation e : entry.profile().expectations()) {
            if (e.kind() == kind && e.id() != null && e.id().text().equals(id) && e.guidance() != null) {
                return Optional.of(Snippets.plainWording(source, e.guidance()));
            }
        }
        return Optional.empty();
    }
}
