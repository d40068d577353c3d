package cspec.core;

import cspec.core.check.Check;
import cspec.core.check.DefinitionRules;
import cspec.core.check.DuplicateFields;
import cspec.core.check.DuplicateIds;
import cspec.core.check.LongLines;
import cspec.core.check.MissingIds;
import cspec.core.check.NoDocument;
import cspec.core.check.Placeholders;
import cspec.core.check.RequirementAttributes;
import cspec.core.check.NoticePeriods;
import cspec.core.check.SeverityDefinitions;
import cspec.core.check.SlaCompleteness;
import cspec.core.check.SlaCoverage;
import cspec.core.check.SlaTimerChecks;
import cspec.core.check.SlaTimes;
import cspec.core.check.SlaValues;
import cspec.core.check.UndefinedTerms;
import cspec.core.check.UnknownReferences;
import cspec.core.content.ContradictoryFigures;
import cspec.core.profile.ClauseDefaultsCheck;
import cspec.core.profile.ClauseModifiedCheck;
import cspec.core.profile.ClauseReferenceCheck;
import cspec.core.profile.MissingContentCheck;
import cspec.core.profile.ProfileDocumentCheck;
import cspec.core.profile.ProfileExpectationsCheck;
import cspec.core.profile.UnknownProfileCheck;
import cspec.core.wording.WordingCheck;
import java.util.List;

/**
 * Every check, in the order their findings are produced (the analyzer sorts them by position
 * anyway). The list lives beside {@link Analyzer}, above the packages whose checks it names, so
 * that {@code check} never has to know {@code profile} or {@code wording}.
 */
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
            new ContradictoryFigures(),
            new UnknownProfileCheck(),
            new ProfileExpectationsCheck(),
            new MissingContentCheck(),
            new ClauseReferenceCheck(),
            new ClauseModifiedCheck(),
            new ClauseDefaultsCheck(),
            new ProfileDocumentCheck(),
            new WordingCheck()
    );
}
