/**
 * The {@link dev.retort.app.Retort} façade: one method per verb returning a result record. Uses every lower
 * layer; knows nothing of the command line. Opens and closes connections, and runs no SQL itself: statements go
 * through {@code runtime}, catalog reads through {@code introspect}. Depends on {@code config}, {@code dialect},
 * {@code diff}, {@code introspect}, {@code migration}, {@code model}, {@code ops}, {@code render},
 * {@code revision}, {@code runtime}, {@code scan} and {@code script}.
 */
package dev.retort.app;
