package dev.retort.revision;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;

/** A problem with the revision graph or a revision a user named. The message carries the fix. */
public class RevisionGraphException extends RetortException {
    public RevisionGraphException(String message) {
        super(ErrorCode.REVISION, message);
    }
}
