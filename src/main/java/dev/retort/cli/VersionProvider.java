package dev.retort.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = RetortCli.class.getPackage().getImplementationVersion();
        return new String[] {"retort " + (v == null ? "(development build)" : v)};
    }
}
