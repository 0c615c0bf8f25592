/**
 * The picocli command line: parse, call one {@link dev.retort.app.Retort} method, print, return an exit status.
 * The only package importing picocli; the only place that reads the environment.
 */
package dev.retort.cli;
