/**
 * The syntax tree as records (Contract, Section, Requirement, Sla, Clause, Profile, Library),
 * built in one place and never mutated; {@link cspec.core.syntax.Outline}, a flattened view of
 * it; and {@link cspec.core.syntax.SpecParser}, the facade that never throws. Its
 * {@code parse} subpackage does the work and is the only code that sees ANTLR.
 */
package cspec.core.syntax;
