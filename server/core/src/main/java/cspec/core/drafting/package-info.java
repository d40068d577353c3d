/**
 * The text cspec writes into contracts: skeletons of sections, SLAs and clauses (quick fixes,
 * completion, {@code cspec new}), a library clause's standard wording with its placeholders and
 * role words filled in (clause expansion for one clause or a whole document), where an insertion
 * goes, and the generated parts of docs/profiles.md and docs/clauses.md.
 */
package cspec.core.drafting;
