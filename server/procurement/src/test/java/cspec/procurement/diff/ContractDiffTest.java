package cspec.procurement.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import cspec.procurement.Fixtures;
import cspec.procurement.model.ContractView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractDiffTest {
    private static final ContractView V1 = Fixtures.view("tender-contract.cspec");
    private static final ContractView V2 = Fixtures.view("tender-contract-v2.cspec");
    private static final List<Change> CHANGES = ContractDiff.between(V1, V2);

    private static List<String> summary(List<Change> changes) {
        return changes.stream().map(c -> c.subject() + " " + c.kind().words() + ": " + c.before() + " -> " + c.after()).toList();
    }

    @Test
    void changesAreFoundByRequirementIdNotByLine() {
        assertEquals(List.of(
                "version header changed: 1.0 -> 1.1",
                "MON-10 renamed: MON-1 -> MON-10",
                "MON-4 removed: may (Rated, weight 5): The Contractor may run one threat hunt each month. -> ",
                "MON-2 weakened: must -> should",
                "MON-2 weight changed:  -> 5",
                "MON-2 reworded: The Contractor must: (a) triage each alert within 15 minutes; and (b) escalate each confirmed "
                        + "Security Incident to the Authority by telephone. -> The Contractor should: (a) triage each alert within "
                        + "15 minutes; and (b) escalate each confirmed Security Incident to the Authority by telephone.",
                "MON-3 weight changed: 10 -> 8",
                "MON-6 added:  -> must (Mandatory): The Contractor must keep a runbook for each detection rule.",
                "MON-5 date changed: 2028-01-01 -> 2028-06-30",
                "SLA incident-handling SLA figure changed: 99.9% -> 99.5%",
                "SLA incident-handling SLA figure changed: 43.2 minutes per month -> 3.6 hours per month",
                "SLA incident-handling SLA figure changed: 15 minutes -> 30 minutes",
                "clause limitation-of-liability clause changed: Each party's total liability to the other under this contract, "
                        + "whatever the cause of action, must not exceed the fees paid in the 12 months before the claim. -> Each "
                        + "party's total liability to the other under this contract, whatever the cause of action, must not exceed "
                        + "twice the fees paid in the 12 months before the claim.",
                "clause confidentiality clause changed: Each party must keep the other party's confidential information secret "
                        + "for 7 years after this contract ends. -> Each party must keep the other party's confidential information "
                        + "secret for 5 years after this contract ends."), summary(CHANGES));
    }

    @Test
    void aWeakenedMustSaysWhatItCostsTheClient() {
        Change weakened = CHANGES.stream().filter(c -> c.kind() == Change.Kind.WEAKENED).findFirst().orElseThrow();
        assertEquals("a must weakened to a should: not meeting it no longer disqualifies a bidder or breaches the contract", weakened.note());
        String markdown = DiffReport.write(DiffReport.Format.MARKDOWN, "v1.cspec", "v2.cspec", CHANGES);
        assertTrue(markdown.contains("- **`MON-2` weakened**: a must weakened to a should"), markdown);
    }

    @Test
    void aClauseSaysWhereItStandsAgainstItsLibrary() {
        List<String> notes = CHANGES.stream().filter(c -> c.kind() == Change.Kind.CLAUSE).map(Change::note).toList();
        assertEquals(List.of("still the library's standard wording, with other placeholder values or from another library version",
                "its own wording changed"), notes);
    }

    @Test
    void identicalVersionsHaveNoChangeAndJsonListsEveryChange() {
        assertEquals(List.of(), ContractDiff.between(V1, V1));
        assertTrue(DiffReport.write(DiffReport.Format.TEXT, "a", "b", List.of()).contains("no change in obligations"));
        var json = JsonParser.parseString(DiffReport.write(DiffReport.Format.JSON, "v1", "v2", CHANGES)).getAsJsonObject();
        assertEquals(CHANGES.size(), json.getAsJsonArray("changes").size());
        assertEquals("renamed", json.getAsJsonArray("changes").get(1).getAsJsonObject().get("kind").getAsString());
    }
}
