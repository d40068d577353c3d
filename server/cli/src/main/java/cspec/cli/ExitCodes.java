package cspec.cli;

/** The exit codes of every cspec command, as docs and CI scripts rely on them. */
public final class ExitCodes {
    /** Nothing at or above the --fail-on threshold (lint); nothing to change (format --check). */
    public static final int OK = 0;
    /** Findings at or above the threshold (lint); files that would change (format --check). */
    public static final int FINDINGS = 1;
    /** Usage, input or configuration error; a one-line reason is on stderr. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
