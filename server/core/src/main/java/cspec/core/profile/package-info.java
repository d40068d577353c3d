/**
 * The profile and clause checks: what the contract's profile asks for and the contract lacks
 * (missing-section, missing-sla, missing-clause), what a part must state and does not
 * (missing-content, asking {@code cspec.core.content}), library defaults marked for review
 * (clause-defaults), unknown-profile, clause references (unknown-clause, unfilled library
 * placeholders), clause-modified, and the checks on profile documents themselves. They read the catalog ({@code cspec.core.catalog}) and borrow their quick
 * fixes' text from {@code cspec.core.drafting}.
 */
package cspec.core.profile;
