package cspec.core.content;

import cspec.core.check.CheckContext;
import cspec.core.drafting.RoleWords;
import cspec.core.syntax.Actions;
import cspec.core.syntax.Background;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Item;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.Sla;

/** How contradictory-figures names a statement and the quantity it states. */
final class Describe {
    private Describe() {
    }

    /** "requirement `IR-3` (line 40)", "clause `incident-notification` (its library wording, line 12)". */
    static String where(CheckContext context, ContractText.Unit unit, int offset) {
        int line = context.source().lines().lineOf(unit.span(offset, offset).start()) + 1;
        return item(unit.item()) + (unit.fromLibrary() ? " (its library wording, line " : " (line ") + line + ")";
    }

    static String where(CheckContext context, Statements.Deadline d) {
        return where(context, d.unit(), d.start());
    }

    static String item(Item item) {
        if (item instanceof Requirement r) {
            return "requirement" + (r.id() != null ? " `" + r.id().text() + "`" : "");
        }
        if (item instanceof Clause c) {
            return "clause `" + c.id().text() + "`";
        }
        if (item instanceof Sla s) {
            return "SLA `" + s.id().text() + "`";
        }
        return item instanceof Background ? "background text" : "the text";
    }

    /** "the Provider's deadline for notifying the Client about an incident". */
    static String deadline(CheckContext context, Statements.Deadline d) {
        RoleWords roles = RoleWords.of(context.file().document());
        String actor = switch (d.actor()) {
            case "client" -> named(roles.client());
            case "provider" -> named(roles.provider());
            default -> "either party";
        };
        String action = Actions.builtIn().byId(d.action()).map(Actions.Action::label).orElse(d.action());
        String to = d.action().equals("notify") ? " " : " to ";
        String owed = d.owedTo().equals(d.actor()) ? "" : switch (d.owedTo()) {
            case "client" -> to + named(roles.client());
            case "provider" -> to + named(roles.provider());
            default -> "";
        };
        String qualifier = d.qualifiers().isEmpty() ? "" : " (" + String.join(", ", d.qualifiers()) + ")";
        return actor + "'s deadline for " + action + owed + " about " + article(d.about()) + qualifier;
    }

    /** A role word as prose uses it: "the Provider", but "TELKOM" or a name as it stands. */
    private static String named(String role) {
        boolean common = role.length() > 1 && Character.isUpperCase(role.charAt(0))
                && role.substring(1).chars().anyMatch(Character::isLowerCase) && !role.contains(" ");
        return common ? "the " + role : role;
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
