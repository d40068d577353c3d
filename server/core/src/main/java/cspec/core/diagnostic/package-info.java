/**
 * What a finding is: {@link cspec.core.diagnostic.Rule} and the
 * {@link cspec.core.diagnostic.RuleRegistry} of every rule (those with logic in code, the
 * term-list rules from {@code cspec/terms/index.json}), {@link cspec.core.diagnostic.Diagnostic},
 * severities, fixes as text edits, applying them, and the "disable for this line" fix.
 */
package cspec.core.diagnostic;
