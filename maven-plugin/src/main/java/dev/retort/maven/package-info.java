/**
 * Retort's Maven plugin: one goal per command ({@code check}, {@code autogenerate}, {@code upgrade}, {@code sql},
 * {@code current}, {@code history}), each running the command line ({@link dev.retort.cli.RetortCli#execute}) in the
 * build's JVM with the project's class path; see {@code docs/maven-plugin.md}. Depends on {@code cli} and Maven's
 * plugin API only.
 */
package dev.retort.maven;
