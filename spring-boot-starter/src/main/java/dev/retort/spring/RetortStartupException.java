package dev.retort.spring;

/**
 * Start-up stopped by Retort: what went wrong and what to do, which {@link RetortFailureAnalyzer} prints in Spring
 * Boot's "APPLICATION FAILED TO START" report instead of a stack trace.
 */
public class RetortStartupException extends RuntimeException {
    private final String action;

    public RetortStartupException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }
}
