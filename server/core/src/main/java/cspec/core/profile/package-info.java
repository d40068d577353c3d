/**
 * The profile and clause checks: what the contract's profile asks for and the contract lacks
 * (missing-section, missing-sla, missing-clause), unknown-profile, clause references
 * (unknown-clause, unfilled library placeholders), clause-modified, and the checks on profile
 * documents themselves. They read the catalog ({@code cspec.core.catalog}) and borrow their quick
 * fixes' text from {@code cspec.core.drafting}.
 */
package cspec.core.profile;
