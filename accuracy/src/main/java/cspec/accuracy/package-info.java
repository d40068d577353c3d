/**
 * Measures cspec on real contracts (issue 11): {@link cspec.accuracy.ContractConverter} turns each
 * corpus contract into .cspec, {@link cspec.accuracy.FindingsReport} runs the analysis at default
 * settings and writes every finding shown by default with a stable key,
 * {@link cspec.accuracy.Sample} draws the findings a reviewer judges, and
 * {@link cspec.accuracy.PronounSplit} splits the pronoun set into tuning and held-out parts.
 * Only the mains read and write files; accuracy/README.md gives the method and the commands.
 */
package cspec.accuracy;
