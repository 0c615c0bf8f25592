/**
 * The migrations directory: compiles migration sources in memory (with a cache), loads them and builds the
 * revision graph. Depends on {@code migration}, {@code revision} and {@code error}. Entry type:
 * {@link dev.retort.script.ScriptDirectory}.
 */
package dev.retort.script;
