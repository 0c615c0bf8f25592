/**
 * The revision graph as pure data: heads, bases, branch points and labels, target resolution, history ranges,
 * the parents of new revisions and the step plan between revisions. Depends only on {@code error}.
 * Entry type: {@link dev.retort.revision.RevisionGraph}.
 */
package dev.retort.revision;
