package cspec.cli;

/**
 * A problem with what the user asked for (a missing file, an unreadable config, a folder with no
 * specs): reported as one line on stderr with exit code 2, never as a stack trace.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
