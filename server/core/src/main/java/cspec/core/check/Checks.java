package cspec.core.check;

import java.util.List;

/** Every check, in the order their findings are produced (the analyzer sorts them by position anyway). */
public final class Checks {
    private Checks() {
    }

    public static final List<Check> ALL = List.of(
            new NoDocument(),
            new DuplicateIds(),
            new DuplicateFields(),
            new UnknownReferences(),
            new MissingIds(),
            new LongLines(),
            new RequirementAttributes(),
            new Placeholders(),
            new DefinitionRules(),
            new UndefinedTerms(),
            new SlaTimes(),
            new SlaValues(),
            new SlaCompleteness(),
            new SlaTimerChecks(),
            new SlaCoverage(),
            new SeverityDefinitions(),
            new NoticePeriods(),
            new cspec.core.profile.UnknownProfileCheck(),
            new cspec.core.profile.ProfileExpectationsCheck(),
            new cspec.core.profile.ClauseReferenceCheck(),
            new cspec.core.profile.ClauseModifiedCheck(),
            new cspec.core.profile.ProfileDocumentCheck(),
            new cspec.core.wording.WordingCheck()
    );
}
