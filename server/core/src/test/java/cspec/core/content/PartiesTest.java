package cspec.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartiesTest {
    private static final Parties PARTIES = Parties.of(SpecParser.parse(new SourceText("p.cspec", """
            contract "Managed SOC" {
                client "Example Corp"
                provider "Sentinel Ops"
            }
            """)).document());

    private static Set<Parties.Party> named(String text) {
        List<Sentences.Word> words = Sentences.of(text).get(0).words();
        return PARTIES.partiesIn(words, 0, words.size());
    }

    @Test
    void aPartyIsNamedAsWrittenWithItsPossessiveOrInCapitals() {
        assertEquals(EnumSet.of(Parties.Party.CLIENT), named("the Client agrees"));
        assertEquals(EnumSet.of(Parties.Party.CLIENT), named("the Client's team"));
        assertEquals(EnumSet.of(Parties.Party.CLIENT), named("EXAMPLE CORP shall"));
        assertEquals(EnumSet.of(Parties.Party.PROVIDER), named("Sentinel Ops's staff and the PROVIDER"));
    }

    @Test
    void anotherCaseOrEndingNamesNoParty() {
        assertEquals(Set.of(), named("the client agrees"));
        assertEquals(Set.of(), named("the ClientX and Clientele and CLIENTs"));
        assertEquals(Set.of(), named("Example alone, or Corp alone"));
        assertEquals(EnumSet.allOf(Parties.Party.class), named("each Party"));
    }
}
