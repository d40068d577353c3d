/**
 * The command line: {@code lint}, {@code format} and {@code rules}, the shell around
 * {@link cspec.core.Analyzer}. This package does the file I/O (finding specs, reading them
 * safely, writing fixes back) and exit codes; {@code cspec.cli.report} turns findings into the
 * report formats. Nothing here knows the language beyond what core hands back.
 */
package cspec.cli;
