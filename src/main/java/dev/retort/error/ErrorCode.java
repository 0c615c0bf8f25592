package dev.retort.error;

/** Why a command failed, and the process exit status that says so. Drift ({@code check}) is 1; errors are 2 or more. */
public enum ErrorCode {
    USAGE(2),
    CONFIG(3),
    SCAN(4),
    DATABASE(5),
    REVISION(6),
    NOT_UP_TO_DATE(7),
    COMPILE(8),
    IRREVERSIBLE(9),
    UNSUPPORTED(10),
    OUT_OF_MEMORY(11),
    INTERNAL(70);

    private final int exitCode;

    ErrorCode(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
