package cspec.core.catalog;

import cspec.core.syntax.Contract;
import cspec.core.syntax.Document;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Ident;
import cspec.core.text.Span;
import java.util.Optional;

/**
 * The profile a contract follows: its {@code profile ID} line, else the workspace's default
 * profile (cspec.json's, or the editor's setting). A blank default names no profile, and a
 * profile line without an ID names none either (the syntax error says why). {@code at} is where
 * findings about it go: the ID on the profile line, or the contract's title when the profile
 * comes from configuration. The checks, the catalog's ambiguity report and the editor's
 * completions all ask here, so they never disagree about which profile applies.
 */
public record ProfileChoice(String id, Span at, boolean fromConfig, Contract contract) {

    public static Optional<ProfileChoice> of(Document document, String defaultProfile) {
        if (!(document instanceof Contract contract)) {
            return Optional.empty();
        }
        Optional<HeaderField.ProfileRef> ref = contract.field(HeaderField.ProfileRef.class);
        if (ref.isPresent()) {
            Ident profile = ref.get().profile();
            return profile == null ? Optional.empty()
                    : Optional.of(new ProfileChoice(profile.text(), profile.span(), false, contract));
        }
        if (defaultProfile == null || defaultProfile.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ProfileChoice(defaultProfile, titleSpan(contract), true, contract));
    }

    /** The profile this choice names in the catalog, when the catalog has it. */
    public Optional<Catalog.ProfileEntry> entry(Catalog catalog) {
        return catalog.profile(id);
    }

    /** The contract's title string, or its `contract` keyword when a syntax error left it without one. */
    public static Span titleSpan(Contract contract) {
        if (contract.title() != null) {
            return contract.title().span();
        }
        int start = contract.span().start();
        return new Span(start, Math.min(contract.span().end(), start + "contract".length()));
    }

    /** How a message names where the profile came from. */
    public String origin() {
        return fromConfig ? "the default profile in cspec.json" : "this contract's profile";
    }
}
