/**
 * The {@link dev.retort.app.Retort} façade: one method per verb returning a result record. Uses every lower
 * layer; knows nothing of the command line.
 */
package dev.retort.app;
