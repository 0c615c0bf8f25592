/**
 * The picocli command line: parse, call one {@link dev.retort.app.Retort} method, print, return an exit status.
 * The only package importing picocli; the only place that reads the environment. Depends on {@code app},
 * {@code config} and {@code diff} (the rename decider {@code --interactive} implements). {@link
 * dev.retort.cli.RetortCli#execute} runs a command line inside another program (the Maven plugin) without exiting.
 */
package dev.retort.cli;
