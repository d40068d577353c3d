package cspec.core.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The candidates the pronoun analysis names: what a user reads in the vague-pronoun message. */
class PronounAmbiguityTest {
    /** "pronoun: candidate, candidate" for every ambiguous pronoun, nearest candidate first. */
    private static List<String> found(String text) {
        return PronounAmbiguity.find(text).stream()
                .map(a -> a.pronoun() + ": " + String.join(", ", a.candidates()))
                .collect(Collectors.toList());
    }

    @Test
    void itNeverStandsForAPerson() {
        assertEquals(List.of(), found("Once the analyst has accepted the escalation call, it must be logged."));
        // "they" may mean people, so the analysts stay candidates for it
        assertEquals(List.of("them: call, analyst"), found("The analysts must log the calls before the managers close them."));
    }

    @Test
    void aWordInSBeforeAnArticleIsAVerbSoTheNounBeforeItIsAPhrase() {
        assertEquals(List.of("it: tunnel, gateway"),
                found("When the gateway alerts the analyst that the tunnel failed, it must be restarted."));
    }

    @Test
    void thePronounOfASameAsComparisonParallelsTheSubject() {
        assertEquals(List.of(), found("The collector must restart with the same configuration as when it was stopped."));
        assertEquals(List.of("it: configuration, collector"),
                found("The collector must restart with the configuration that was saved when it was stopped."));
    }

    @Test
    void anItBetweenMakeAndPossibleIsADummy() {
        assertEquals(List.of(), found("The layout of the console must make it possible to export every report."));
        assertEquals(List.of("it: console, layout"), found("The layout of the console must make it visible to every analyst."));
    }

    @Test
    void aRivalThatCannotDoWhatThePronounsVerbSaysIsNoCandidate() {
        // only a happening or a state occurs: the sensor and the console are things
        assertEquals(List.of(), found("The alert raised by the sensor must be shown on the console when it occurs."));
        assertEquals(List.of("it: console, sensor, alert"),
                found("The alert raised by the sensor must be shown on the console when it is cleared."));
        // only a person or an organisation believes: an audit does not
        assertEquals(List.of(), found("The agency must send the audit to the portal if it believes the audit is late."));
        assertEquals(List.of("it: portal, audit, agency"),
                found("The agency must send the audit to the portal if it finds the audit late."));
    }

    @Test
    void aPossessorOfEmployeesIsAPersonOrAnOrganisation() {
        assertEquals(List.of(), found("The agency must install the sensor before its employees arrive."));
        assertEquals(List.of("its: sensor, agency"), found("The agency must install the sensor before its cables arrive."));
    }

    @Test
    void itNeverStandsForANounWordNetFilesOnlyAsAPerson() {
        assertEquals(List.of(), found("The subscriber must confirm the request before it is processed."));
        assertEquals(List.of("it: request, portal"), found("The portal must confirm the request before it is processed."));
    }

    @Test
    void aPronounInAFrontedAdverbialPointsForwardToTheSubject() {
        assertEquals(List.of(), found("The gateway forwards the alert to the agency. If it fails to acknowledge the alert, "
                + "the agency must call the duty officer."));
        assertEquals(List.of(), found("In the event of gross negligence or misconduct on its part, the Agency must refund the fee."));
        // a rival inside the fronted clause, or a name in the fronted phrase, keeps the choice open
        assertEquals(List.of("it: console, gateway, agency, alert"), found("The gateway forwards the alert to the agency. "
                + "If the gateway notifies the console that it has failed, the agency must call the duty officer."));
        assertEquals(List.of("its: bank, complaint, event"),
                found("In the event of a complaint by the Bank about its fees, the Agency must refund the fee."));
    }

    @Test
    void anItemOfOneSubjectsWarrantiesIsAboutThatSubject() {
        assertEquals(List.of(), found("The Agency warrants that: (a) it holds the licences for the software; "
                + "(b) it will keep its certifications current."));
        // the pronoun is not the item's subject, or the item's subject is another noun
        assertEquals(List.of("it: portal, console, software"), found("The Agency warrants that: (a) the software is licensed; "
                + "(b) the console will call the portal before it restarts."));
        assertEquals(List.of("its: console, software"), found("The Agency warrants that: (a) the software is licensed; "
                + "(b) the console will keep its certifications current."));
    }

    @Test
    void aSettledPhraseMeansTheClausesSubject() {
        assertEquals(List.of(), found("The agency may change the schedule for the portal at its sole discretion."));
        assertEquals(List.of(), found("Capitalised terms have the meanings given to them in the glossary."));
        assertEquals(List.of("its: portal, report, agency"), found("The agency may send the report to the portal with its own cables."));
        assertEquals(List.of("them: console, sensor"), found("The report lists the sensors and the consoles in the order given to them."));
    }

    @Test
    void anAsClauseRightAfterANounDescribesIt() {
        assertEquals(List.of(), found("The agency must follow the Rules and other written policies as they may be amended."));
        // two singular nouns joined by "and", or an act with its own object, leave the choice open
        assertEquals(List.of("it: sensor, console, agency"), found("The agency must restart the console and the sensor as it is replaced."));
        assertEquals(List.of("it: console, patch, agency"),
                found("The agency must apply the patch and restart the console as it may deem appropriate."));
    }

    @Test
    void aPossessiveJoinedToAnOfPhraseParallelsIt() {
        assertEquals(List.of(), found("This section survives expiry of the contract, or its termination."));
        assertEquals(List.of("its: sensor, configuration, audit"), found("The audit covers the configuration of the sensor, and its logs must be kept."));
    }

    @Test
    void singularTheirStandsForOnePersonWhenEveryPluralRivalIsAThing() {
        assertEquals(List.of(), found("Each subscriber must receive updates on the alerts in their areas of interest."));
        // analysts are people too
        assertEquals(List.of("their: analyst, update"),
                found("Each subscriber must receive updates from the analysts about their areas of interest."));
    }

    @Test
    void aWordWordNetNeverListsAsANounIsNoCandidate() {
        // "restrict" after "otherwise" is read as a noun phrase by the chunker; it is no candidate
        assertEquals(List.of("its: console, portal"), found("The portal will not otherwise restrict any console from its updates."));
        assertEquals(true, NounClasses.neverNoun("otherwise"));
        assertEquals(false, NounClasses.neverNoun("portal"));
    }

    @Test
    void theSameDegreeThatItUsesParallelsTheSubject() {
        assertEquals(List.of(), found("The agency must protect the data with the same degree of care that it uses for the logs of the console."));
        assertEquals(List.of("it: care, degree, console, agency"),
                found("The agency must give the console a degree of care that it uses for the logs."));
    }

    @Test
    void nounClassesComeFromWordNet() {
        assertEquals(true, NounClasses.canBe("outage", NounClasses.mask(NounClasses.Kind.EVENT)));
        assertEquals(false, NounClasses.canBe("console", NounClasses.mask(NounClasses.Kind.EVENT, NounClasses.Kind.STATE)));
        // "state" names the class noun.state itself, filed under noun.Tops in WordNet
        assertEquals(true, NounClasses.canBe("state", NounClasses.mask(NounClasses.Kind.STATE)));
        // a word WordNet does not know may name anything
        assertEquals(true, NounClasses.canBe("siem", NounClasses.mask(NounClasses.Kind.EVENT)));
    }

    @Test
    void aSubjectWhoseOtherRivalsOnlyModifyItIsTheClearAntecedent() {
        // the firewall rule is inside the subject's own phrase: a detail of the change, not a participant
        assertEquals(List.of(), found("Each change of the firewall rule must be logged from the time it takes effect."));
        assertEquals(List.of(), found("The log of the sensor must keep its own timestamps."));
        // the same nouns as phrases of the verb are rivals of comparable strength
        assertEquals(List.of("it: firewall, change"), found("Each change must be sent to the firewall from the time it takes effect."));
        assertEquals(List.of("its: sensor, log"), found("The log must be sent to the sensor with its own timestamps."));
    }

    @Test
    void everyFindingCarriesHowCloseItsTwoStrongestRivalsAre() {
        // a subject and an object for a subject pronoun: 4 (subject, parallel) against 2 (object)
        assertEquals(List.of(-2), PronounAmbiguity.findAll("The gateway must forward the alert before it restarts.").stream()
                .map(PronounAmbiguity.Ambiguous::strength).toList());
        // two subjects, one in the clause before: equally strong
        assertEquals(List.of(0), PronounAmbiguity.findAll("The sensor failed and the gateway stopped before it restarted.").stream()
                .map(PronounAmbiguity.Ambiguous::strength).toList());
        // the subject against a noun in its own prepositional phrase: 4 against 0, below the threshold
        assertEquals(List.of(-4), PronounAmbiguity.findAll("Each change of the rule must be logged when it takes effect.").stream()
                .map(PronounAmbiguity.Ambiguous::strength).toList());
    }

    @Test
    void aThatBeforeADeterminerOpensAClauseWhoseSubjectFollows() {
        // "that each change": the change is its clause's subject, as at the sentence's start
        assertEquals(List.of(-4), PronounAmbiguity.findAll(
                "It is agreed that each change of the firewall rule must be logged from the time it takes effect.").stream()
                .map(PronounAmbiguity.Ambiguous::strength).toList());
        assertEquals(List.of(), found("The Agency warrants that each change of the firewall rule will be logged from the time it takes effect."));
    }

    @Test
    void aPrepositionInSAfterAPronounIsNotItsVerb() {
        // "reads it as evidence" and "reads it for evidence": the same object pronoun
        assertEquals(PronounAmbiguity.findAll("Each copy of the report must be archived before the auditor reads it for evidence.").stream()
                        .map(PronounAmbiguity.Ambiguous::strength).toList(),
                PronounAmbiguity.findAll("Each copy of the report must be archived before the auditor reads it as evidence.").stream()
                        .map(PronounAmbiguity.Ambiguous::strength).toList());
    }
}
