/**
 * The revision graph as pure data: heads, bases, target resolution and the step plan between revisions.
 * Depends only on {@code error}. Entry type: {@link dev.retort.revision.RevisionGraph}.
 */
package dev.retort.revision;
