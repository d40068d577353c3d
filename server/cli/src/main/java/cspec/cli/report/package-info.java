/**
 * Report formats for {@code cspec lint}: one class per format, each turning a {@link
 * cspec.cli.report.Report} into text on standard output. Line and column numbers are 1-based
 * here (columns in UTF-16 code units, as everywhere in cspec) and come from {@link
 * cspec.cli.report.Range}, the one place that converts core's offsets for reports.
 */
package cspec.cli.report;
