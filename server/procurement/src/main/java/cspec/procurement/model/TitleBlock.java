package cspec.procurement.model;

import cspec.core.syntax.Contract;
import cspec.core.syntax.HeaderField;
import cspec.core.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The title block: the parties with the words the contract calls them by, then jurisdiction,
 * effective date, term, version and any other header field a reader signs, in the order
 * written. Settings for cspec itself (profile, uses, will means must) are left out.
 */
final class TitleBlock {
    private TitleBlock() {
    }

    static List<ContractView.Field> of(Contract contract, SourceText source) {
        List<ContractView.Field> fields = new ArrayList<>();
        contract.party(HeaderField.PartyRole.CLIENT).ifPresent(p -> fields.add(party("Client", p)));
        contract.party(HeaderField.PartyRole.PROVIDER).ifPresent(p -> fields.add(party("Provider", p)));
        for (HeaderField field : contract.fields()) {
            if (field instanceof HeaderField.Party || field instanceof HeaderField.ProfileRef
                    || field instanceof HeaderField.Uses || field instanceof HeaderField.WillMeansMust) {
                continue;
            }
            String label = SlaViews.capitalised(field.name());
            if (field instanceof HeaderField.Text text && text.value() != null) {
                fields.add(new ContractView.Field(label, text.value().value()));
            } else if (field instanceof HeaderField.Effective effective && effective.date() != null) {
                fields.add(new ContractView.Field("Effective date", effective.date().toString()));
            } else if (field instanceof HeaderField.Term term && term.duration() != null) {
                fields.add(new ContractView.Field(label, term.duration().canonical()));
            } else if (field instanceof HeaderField.Renewal renewal && renewal.period() != null) {
                fields.add(new ContractView.Field("Renewal", "up to " + renewal.times() + " renewal" + (renewal.times() == 1 ? "" : "s")
                        + " of " + renewal.period().canonical()));
            } else if (field instanceof HeaderField.Notice notice && notice.period() != null) {
                fields.add(new ContractView.Field(SlaViews.capitalised(notice.kind().word()) + " notice", notice.period().canonical()));
            } else {
                // A field this reader does not know by shape: shown as written after its keyword.
                String written = source.slice(field.span()).substring(field.keyword().end() - field.span().start()).strip();
                fields.add(new ContractView.Field(label, written));
            }
        }
        return fields;
    }

    private static ContractView.Field party(String label, HeaderField.Party party) {
        String name = party.partyName() == null ? "" : party.partyName().value();
        String words = party.roleWords().isEmpty() ? "" : party.effectiveRoleWords().stream()
                .map(w -> "\u201c" + w + "\u201d").collect(Collectors.joining(", ", " (", ")"));
        return new ContractView.Field(label, name + words);
    }
}
