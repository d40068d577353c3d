/**
 * From tender to signed contract, on top of the analysis: {@code tender} imports Word, PDF,
 * Markdown and text tenders into a draft; {@code model} is the contract as the outputs see it
 * (a pure function of the syntax tree); {@code render} writes it as HTML, Markdown and Word;
 * {@code matrix} writes and reads the compliance matrix; {@code score} scores the bidders;
 * {@code diff} says what changed between two versions. This package holds what they share:
 * loading a contract and writing an output, both through {@code cspec.files}.
 */
package cspec.procurement;
