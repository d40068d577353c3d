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
    void nounClassesComeFromWordNet() {
        assertEquals(true, NounClasses.canBe("outage", NounClasses.mask(NounClasses.Kind.EVENT)));
        assertEquals(false, NounClasses.canBe("console", NounClasses.mask(NounClasses.Kind.EVENT, NounClasses.Kind.STATE)));
        // "state" names the class noun.state itself, filed under noun.Tops in WordNet
        assertEquals(true, NounClasses.canBe("state", NounClasses.mask(NounClasses.Kind.STATE)));
        // a word WordNet does not know may name anything
        assertEquals(true, NounClasses.canBe("siem", NounClasses.mask(NounClasses.Kind.EVENT)));
    }
}
