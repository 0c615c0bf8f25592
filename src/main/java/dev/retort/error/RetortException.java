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

    /**
     * The JVM's heap was too small for {@code what} (e.g. "compiling the migrations"): says how big it was and how
     * to give it more.
     */
    public static RetortException outOfMemory(String what, Throwable cause) {
        long max = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return new RetortException(ErrorCode.OUT_OF_MEMORY, "Retort ran out of memory while " + what + ": the Java"
                + " heap holds at most " + max + " MiB, too little for this project. Give it more, e.g."
                + " RETORT_OPTS=-Xmx2g with the retort launcher, or java -Xmx2g -jar retort.jar. A migration that was"
                + " running is rolled back by the database when the connection closes.", cause);
    }

    public ErrorCode code() {
        return code;
    }
}
