/**
 * cspec's analysis library, and at its root the analysis itself: {@link cspec.core.Analyzer}
 * (text in, findings out: parse, resolve the catalog, run every check of {@link cspec.core.Checks}
 * each in its own try/catch, keep root causes, apply suppressions and, only here, the configured
 * severities), {@link cspec.core.AnalysisResult}, and the exit codes every command shares. Core
 * knows no LSP4J, no picocli and no disk; its packages point one way (see ARCHITECTURE.md).
 */
package cspec.core;
