package dev.retort.error;

import java.util.Objects;

/**
 * Every failure Retort reports to a user: the message names what failed, on which object, and what to do.
 * The CLI prints only the message (the stack trace with {@code --debug}) and exits with {@link ErrorCode#exitCode()}.
 */
public class RetortException extends RuntimeException {
    private final ErrorCode code;

    public RetortException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code);
    }

    public RetortException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code);
    }

    public ErrorCode code() {
        return code;
    }
}
