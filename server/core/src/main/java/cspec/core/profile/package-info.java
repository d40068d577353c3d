/**
 * Profiles and clause libraries: the built-ins shipped in the jar, resolution of the catalog a
 * contract can see (built-ins, workspace files, uses paths, cspec.json paths), the profile and
 * clause checks (missing-section, missing-sla, missing-clause, clause-modified, unknown-profile,
 * unknown-clause, bad-uses-path, placeholder for unfilled library placeholders), and the text
 * cspec writes from them (quick-fix skeletons, clause expansion, new contract skeletons).
 */
package cspec.core.profile;
