package cspec.core;

/**
 * The exit status of every cspec command, in one place, as docs, CI scripts and editors rely on
 * them: the command line's commands, the launcher, and the language server (whose two codes the
 * protocol fixes).
 */
public final class ExitCodes {
    /** Nothing at or above the --fail-on threshold (lint); nothing to change (format --check); done. */
    public static final int OK = 0;
    /** Findings at or above the threshold (lint); files that would change (format --check). */
    public static final int FINDINGS = 1;
    /** Usage, input or configuration error; a one-line reason is on stderr. */
    public static final int USAGE = 2;
    /** The language server was told to exit after a shutdown request, as the protocol asks. */
    public static final int SERVER_SHUT_DOWN = 0;
    /** The language server was told to exit without a shutdown request first (or lost its client). */
    public static final int SERVER_EXIT_WITHOUT_SHUTDOWN = 1;

    private ExitCodes() {
    }
}
