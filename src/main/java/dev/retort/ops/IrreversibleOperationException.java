package dev.retort.ops;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;

/** Thrown when an op without a defined inverse is asked for one. */
public final class IrreversibleOperationException extends RetortException {
    public IrreversibleOperationException(String message) {
        super(ErrorCode.IRREVERSIBLE, message);
    }
}
