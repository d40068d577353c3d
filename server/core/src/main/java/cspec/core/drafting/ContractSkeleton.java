package cspec.core.drafting;

import cspec.core.profile.ClauseReferenceCheck;
import cspec.core.catalog.Catalog;
import cspec.core.syntax.Profile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A new contract written from a profile ({@code cspec new}): the header, every required section
 * with its guidance as a comment, the required clauses by reference in their hint sections, an
 * SLA skeleton, and the recommended sections listed as comments. What the user must still write
 * is marked with [bracketed blanks], so the file lints with no error but {@code placeholder}.
 */
public final class ContractSkeleton {
    private ContractSkeleton() {
    }

    /** "profile `soc-services` 1.0.0 (built in)", or "profile `x` (profiles/x.cspec in the workspace)". */
    static String origin(Catalog.ProfileEntry profile, java.nio.file.Path workspaceRoot) {
        String id = "profile `" + profile.profile().id().text() + "`";
        if (profile.builtIn()) {
            return id + " " + profile.version() + " (built in)";
        }
        String file = java.nio.file.Path.of(profile.source().name()).getFileName().toString();
        if (workspaceRoot != null) {
            try {
                java.nio.file.Path path = java.nio.file.Path.of(profile.source().name()).toAbsolutePath().normalize();
                java.nio.file.Path root = workspaceRoot.toAbsolutePath().normalize();
                if (path.startsWith(root)) {
                    file = root.relativize(path).toString().replace('\\', '/');
                }
            } catch (java.nio.file.InvalidPathException e) {
                // The name is not a path: its last part is still the best we can say.
            }
        }
        return id + " (" + file + " in the workspace)";
    }

    public static String write(Catalog.ProfileEntry profile, Catalog catalog) {
        return write(profile, catalog, null);
    }

    /**
     * The skeleton, its first comment naming the profile as a reader of the contract can look it
     * up: a built-in by its version, a workspace profile by its path relative to workspaceRoot.
     * The comment goes out to bidders with the contract, so it never holds an absolute path.
     */
    public static String write(Catalog.ProfileEntry profile, Catalog catalog, java.nio.file.Path workspaceRoot) {
        Profile p = profile.profile();
        String title = p.title() != null ? p.title().value() : p.id().text();
        StringBuilder out = new StringBuilder();
        out.append("// ").append(capitalise(title)).append(": contract written by `cspec new` from ")
                .append(origin(profile, workspaceRoot)).append(".\n");
        out.append("// Fill in every [bracketed blank]; `cspec lint` lists what is left. Add `effective DATE`\n");
        out.append("// and `term DURATION` to the header once they are agreed.\n");
        out.append("contract ").append(ClauseText.quote(capitalise(title))).append(" {\n");
        out.append("    client \"[Client legal name]\"\n");
        out.append("    provider \"[Provider legal name]\"\n");
        out.append("    profile ").append(p.id().text()).append('\n');
        out.append("}\n");

        Map<String, List<String>> clausesBySection = new LinkedHashMap<>();
        List<String> homeless = new ArrayList<>();
        List<String> sectionIds = new ArrayList<>();
        boolean needsSla = false;
        for (Profile.Expectation e : p.expectations()) {
            if (e.strength() != Profile.Strength.REQUIRES) {
                continue;
            }
            if (e.kind() == Profile.Kind.SECTION) {
                sectionIds.add(e.id().text());
            } else if (e.kind() == Profile.Kind.SLA) {
                needsSla = true;
            }
        }
        for (Profile.Expectation e : p.expectations()) {
            if (e.strength() == Profile.Strength.REQUIRES && e.kind() == Profile.Kind.CLAUSE) {
                String line = clauseLine(e.id().text(), catalog);
                Optional<String> hint = e.within() != null ? Optional.of(e.within().text())
                        : catalog.clause(e.id().text()).flatMap(Catalog.ClauseEntry::sectionHint);
                if (hint.isPresent() && sectionIds.contains(hint.get())) {
                    clausesBySection.computeIfAbsent(hint.get(), k -> new ArrayList<>()).add(line);
                } else {
                    homeless.add(line);
                }
            }
        }
        String slaHome = !needsSla ? null : sectionIds.contains("service-levels") ? "service-levels" : null;
        for (Profile.Expectation e : p.expectations()) {
            if (e.strength() == Profile.Strength.REQUIRES && e.kind() == Profile.Kind.SECTION) {
                String id = e.id().text();
                List<String> body = new ArrayList<>(clausesBySection.getOrDefault(id, List.of()));
                if (id.equals(slaHome)) {
                    body.addAll(Skeletons.lines(Skeletons.sla("incident-handling", Optional.empty(), "").strip()));
                }
                body.addAll(contentLines(p, id));
                if (body.isEmpty()) {
                    body.add("must " + id.toUpperCase(Locale.ROOT) + "-1: The Provider must [write the first obligation of this section].");
                }
                out.append('\n').append(Skeletons.section(e, Skeletons.guidance(e, profile.source()), "", body)).append('\n');
            }
        }
        if (needsSla && slaHome == null) {
            out.append('\n').append(Skeletons.sla("incident-handling", Optional.empty(), "")).append('\n');
        }
        for (String line : homeless) {
            out.append('\n').append(line).append('\n');
        }
        appendRecommended(out, profile);
        return out.toString();
    }

    /** A requirement with blanks for each duration or duty the profile requires the section to state. */
    private static List<String> contentLines(Profile p, String sectionId) {
        List<String> lines = new ArrayList<>();
        for (Profile.Expectation e : p.expectations()) {
            if (e.strength() == Profile.Strength.REQUIRES && e.within() != null && e.within().text().equals(sectionId)) {
                ContentSkeletons.line(e, sectionId, lines.size() + 1).ifPresent(lines::add);
            }
        }
        return lines;
    }

    /** {@code clause ID}, with an empty value for each placeholder that has no default, so the user sees what to fill. */
    private static String clauseLine(String id, Catalog catalog) {
        Optional<Catalog.ClauseEntry> entry = catalog.clause(id);
        if (entry.isEmpty()) {
            return "clause " + id + ":\n    [Write the agreed wording of this clause.]";
        }
        List<String> blanks = new ArrayList<>();
        ClauseText.placeholders(entry.get()).forEach((name, value) -> {
            if (value.isEmpty()) {
                blanks.add(name + " \"\"");
            }
        });
        return "clause " + id + (blanks.isEmpty() ? "" : " (" + String.join(", ", blanks) + ")");
    }

    private static void appendRecommended(StringBuilder out, Catalog.ProfileEntry profile) {
        List<String> lines = new ArrayList<>();
        for (Profile.Expectation e : profile.profile().expectations()) {
            if (e.strength() != Profile.Strength.RECOMMENDS) {
                continue;
            }
            if (e.kind() == Profile.Kind.SECTION) {
                lines.add("//     section " + e.id().text() + (e.title() != null ? " " + ClauseText.quote(e.title().value()) : ""));
            } else if (e.kind() == Profile.Kind.CLAUSE) {
                lines.add("//     clause " + e.id().text());
            } else {
                lines.add("//     an sla block");
            }
        }
        if (!lines.isEmpty()) {
            out.append("\n// Recommended by profile `").append(profile.profile().id().text())
                    .append("` (cspec reports each one missing as information):\n");
            lines.forEach(l -> out.append(l).append('\n'));
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
