package cspec.core.drafting;

import cspec.core.profile.ClauseReferenceCheck;
import cspec.core.catalog.Builtins;
import cspec.core.catalog.Catalog;
import cspec.core.catalog.CatalogResolver;
import cspec.core.syntax.Profile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generated parts of docs/profiles.md and docs/clauses.md, written from the built-in data so
 * that the documentation cannot drift from what cspec ships (a test compares them).
 */
public final class BuiltinDocs {
    private BuiltinDocs() {
    }

    /** Every built-in profile, each item with its strength and guidance. */
    public static String profiles() {
        StringBuilder out = new StringBuilder();
        for (Builtins.Document d : Builtins.all()) {
            if (!(d.parsed().document() instanceof Profile p)) {
                continue;
            }
            out.append("### `").append(p.id().text()).append("` ").append(d.version()).append(": ")
                    .append(p.title() != null ? p.title().value() : p.id().text()).append("\n\n");
            out.append("| | item | guidance |\n|---|---|---|\n");
            for (Profile.Expectation e : p.expectations()) {
                out.append("| ").append(e.strength() == Profile.Strength.REQUIRES ? "requires" : "recommends").append(" | ")
                        .append(item(e)).append(" | ")
                        .append(cell(Skeletons.guidance(e, d.source()).orElse(""))).append(" |\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Every built-in library clause: ID, title, section, placeholders with defaults, and its guidance. */
    public static String clauses() {
        StringBuilder out = new StringBuilder();
        for (Builtins.Document d : Builtins.all()) {
            if (!d.kind().equals("library")) {
                continue;
            }
            out.append("### `").append(d.id()).append("` ").append(d.version()).append("\n\n");
            out.append("| clause | title | section | placeholders (default) | what it settles |\n|---|---|---|---|---|\n");
            for (Catalog.ClauseEntry e : CatalogResolver.builtInCatalog().clauses()) {
                if (!e.source().name().equals(d.source().name())) {
                    continue;
                }
                out.append("| `").append(e.clause().id().text()).append("` | ").append(cell(e.titleOrId())).append(" | ")
                        .append(e.sectionHint().map(s -> "`" + s + "`").orElse("")).append(" | ")
                        .append(placeholders(e)).append(" | ")
                        .append(cell(ClauseGuidance.of(e).orElse(""))).append(" |\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String item(Profile.Expectation e) {
        String in = e.within() == null ? "" : " in " + e.within().text();
        return switch (e.kind()) {
            case SLA -> "`sla" + in + "`";
            case SECTION -> "`section " + e.id().text() + "`" + (e.title() != null ? " " + cell(e.title().value()) : "");
            case TERM -> "`term \"" + cell(e.title().value()) + "\"" + in + "`";
            case PARTY -> "`party " + e.id().text() + (e.action() == null ? "" : " to " + e.action().text()) + in + "`";
            default -> "`" + e.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + e.id().text() + in + "`";
        };
    }

    /** The actions a profile's duration and party items may name, with their words. */
    public static String actions() {
        StringBuilder out = new StringBuilder("| action | reads as | its words | SLA timer |\n|---|---|---|---|\n");
        for (cspec.core.syntax.Actions.Action a : cspec.core.syntax.Actions.builtIn().all()) {
            out.append("| `").append(a.id()).append("` | ").append(cell(a.label())).append(" | ")
                    .append(String.join(", ", a.words())).append(" | ")
                    .append(a.timer() == null ? "" : "`" + a.timer() + "`").append(" |\n");
        }
        return out.toString();
    }

    private static String placeholders(Catalog.ClauseEntry e) {
        StringBuilder out = new StringBuilder();
        List<String> reviewed = ClauseText.reviewed(e.clause());
        for (Map.Entry<String, Optional<String>> p : ClauseText.placeholders(e).entrySet()) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append('`').append(p.getKey()).append("` (").append(p.getValue().map(BuiltinDocs::cell).orElse("no default: required"))
                    .append(reviewed.contains(p.getKey()) ? ", to review" : "").append(')');
        }
        return out.length() == 0 ? "none" : out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
