package cspec.procurement;

/**
 * Something wrong with what the user gave a procurement command (a missing or corrupt file, a
 * contract with syntax errors, an output that exists): one sentence that says what and what to
 * do, shown without a stack trace.
 */
public final class InputProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputProblem(String message) {
        super(message, null, false, false);
    }
}
