package cspec.files;

import java.io.IOException;

/**
 * A write that did not happen. The message is written for the user and always says what
 * became of the file (unchanged, or never created), so a failed run never leaves them guessing.
 */
public final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    WriteFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
