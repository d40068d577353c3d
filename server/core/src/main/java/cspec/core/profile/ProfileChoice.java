package cspec.core.profile;

import cspec.core.check.CheckContext;
import cspec.core.syntax.Contract;
import cspec.core.syntax.HeaderField;
import cspec.core.text.Span;
import java.util.Optional;

/**
 * The profile a contract follows: its {@code profile ID} line, else the default profile of
 * cspec.json. {@code at} is where findings about it go: the ID on the profile line, or the
 * contract's title when the profile comes from configuration.
 */
public record ProfileChoice(String id, Span at, boolean fromConfig, Contract contract) {

    public static Optional<ProfileChoice> of(CheckContext context) {
        Optional<Contract> contract = context.contract();
        if (contract.isEmpty()) {
            return Optional.empty();
        }
        Optional<HeaderField.ProfileRef> ref = contract.get().field(HeaderField.ProfileRef.class);
        if (ref.isPresent()) {
            return Optional.of(new ProfileChoice(ref.get().profile().text(), ref.get().profile().span(), false, contract.get()));
        }
        String configured = context.config().defaultProfile();
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ProfileChoice(configured, titleSpan(contract.get()), true, contract.get()));
    }

    /** The contract's title string, or its `contract` keyword when a syntax error left it without one. */
    static Span titleSpan(Contract contract) {
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
