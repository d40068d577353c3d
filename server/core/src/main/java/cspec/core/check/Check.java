package cspec.core.check;

import cspec.core.diagnostic.Diagnostic;
import java.util.function.Consumer;

/**
 * One rule or a few closely related rules, as a pure function of the parsed file and its
 * context. Checks never see ANTLR classes and never do I/O; each runs in its own try/catch
 * in {@link cspec.core.Analyzer}, so one broken check costs only its own findings.
 */
public interface Check {
    void run(CheckContext context, Consumer<Diagnostic> report);
}
