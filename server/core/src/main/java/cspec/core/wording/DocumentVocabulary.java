package cspec.core.wording;

import cspec.core.prose.Glossary;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Document;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaLine;
import cspec.core.text.SourceText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a document's {@link Vocabulary}: the glossary's party words (a library, which has no
 * header, uses "Client" and "Provider"), defined terms, and the defined terms that name a party:
 * a definition whose text opens with a party word ({@code "Supplier" means Acme Ltd}) or calls it
 * a party.
 */
final class DocumentVocabulary {
    /** How many leading tokens of a definition may name the party it defines. */
    private static final int OPENING = 6;

    private DocumentVocabulary() {
    }

    static Vocabulary of(SourceText source, Document document, Outline outline, Glossary glossary) {
        Set<String> parties = new LinkedHashSet<>(glossary.partyWords());
        if (parties.isEmpty()) {
            parties.addAll(List.of("Client", "Provider"));
        }
        Vocabulary roles = new Vocabulary(parties, List.of(), false, "Provider");
        for (Definitions.Definition d : outline.definitions()) {
            if (d.prose() != null && namesParty(source.slice(d.prose().span()), roles)) {
                parties.add(d.term().value());
            }
        }
        Set<String> defined = new LinkedHashSet<>();
        glossary.terms().forEach(t -> defined.add(t.text()));
        defined.removeAll(parties);
        return new Vocabulary(parties, defined, coverageDefined(outline), obligor(document));
    }

    private static boolean namesParty(String definition, Vocabulary roles) {
        List<Token> tokens = Tokenizer.tokenize(definition);
        List<Token> opening = tokens.subList(0, Math.min(OPENING, tokens.size()));
        boolean[] shield = new boolean[opening.size()];
        boolean[] party = new boolean[opening.size()];
        roles.mark(opening, shield, party);
        for (int i = 0; i < opening.size(); i++) {
            if (party[i] && !opening.get(i).is("party") && !opening.get(i).is("parties")) {
                return true;
            }
        }
        return tokens.stream().anyMatch(t -> t.is("party")) && tokens.stream().noneMatch(t -> t.is("third"));
    }

    private static boolean coverageDefined(Outline outline) {
        for (Outline.Placed<Sla> placed : outline.slas()) {
            if (placed.item().items().stream().anyMatch(SlaLine.Coverage.class::isInstance)) {
                return true;
            }
        }
        return false;
    }

    private static String obligor(Document document) {
        if (document instanceof Contract contract) {
            return contract.party(HeaderField.PartyRole.PROVIDER).map(HeaderField.Party::effectiveRoleWord).orElse("Provider");
        }
        return "Provider";
    }
}
