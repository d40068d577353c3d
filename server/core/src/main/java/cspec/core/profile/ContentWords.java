package cspec.core.profile;

import cspec.core.catalog.Catalog;
import cspec.core.drafting.RoleWords;
import cspec.core.syntax.Actions;
import cspec.core.syntax.Profile;

/**
 * How messages name what a profile asks a part of a contract to state, and what to write so that
 * it does. Role words are the contract's own.
 */
final class ContentWords {
    private ContentWords() {
    }

    /** "a duration for notifying", "a duty or right of the Provider about background checks", ... */
    static String what(Profile.Expectation e, RoleWords roles, Catalog catalog) {
        return switch (e.kind()) {
            case DURATION -> "a duration for " + label(e.id().text());
            case PARTY -> "a duty or right of the " + role(e, roles)
                    + (e.action() == null ? "" : " about " + label(e.action().text()));
            case TIMER -> "an SLA severity with a `" + e.id().text() + "` timer";
            case TERM -> "a definition of the term \"" + e.title().value() + "\"";
            case SLA -> "an SLA";
            case CLAUSE -> "the clause `" + e.id().text() + "`" + catalog.clause(e.id().text())
                    .map(c -> " (" + c.titleOrId() + ")").orElse("");
            case SECTION -> "a section `" + e.id().text() + "`";
        };
    }

    /** What to write: a sentence the author can adapt, or the line to add. */
    static String howToWrite(Profile.Expectation e, RoleWords roles) {
        return switch (e.kind()) {
            case DURATION -> durationExample(e.id().text(), roles);
            case PARTY -> "State it with the " + role(e, roles) + " as the subject of the obligation or right, as in `The "
                    + role(e, roles) + " must ...`" + (e.action() == null ? "" : " in a sentence about " + label(e.action().text()))
                    + ".";
            case TIMER -> "Give each severity of an SLA a `" + e.id().text() + " within DURATION` timer.";
            case TERM -> "Define it in a definitions block: `\"" + e.title().value() + "\" means ...`.";
            case SLA -> "Add an `sla` block with its severities and their timers.";
            case CLAUSE -> "Add `clause " + e.id().text() + "` (the quick fix inserts it), or write a clause of your own that states it.";
            case SECTION -> "";
        };
    }

    private static String durationExample(String actionId, RoleWords roles) {
        Actions.Action action = Actions.builtIn().byId(actionId).orElse(null);
        if (action == null) {
            return "State the time limit in a sentence about it.";
        }
        String timer = action.timer() == null ? "" : ", or give each SLA severity a `" + action.timer() + "` timer";
        return "State the time limit, with the event that starts it, in a sentence about " + action.label()
                + " (`... within 24 hours of ...`, `... for 12 months after ...`, `... at least once every 3 months`)"
                + timer + ".";
    }

    static String label(String actionId) {
        return Actions.builtIn().byId(actionId).map(Actions.Action::label).orElse(actionId);
    }

    private static String role(Profile.Expectation e, RoleWords roles) {
        return switch (e.id().text()) {
            case "client" -> roles.client();
            case "provider" -> roles.provider();
            default -> roles.client() + " or the " + roles.provider();
        };
    }
}
