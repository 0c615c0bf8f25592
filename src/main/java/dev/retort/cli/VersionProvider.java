package dev.retort.cli;

import picocli.CommandLine;

/**
 * {@code retort --version}: Retort's version from the jar manifest (a build from the source tree says so), then the
 * Hibernate ORM it bundles and the Java runtime it runs on, the two things a bug report needs next.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = RetortCli.class.getPackage().getImplementationVersion();
        return new String[] {
            "retort " + (v == null ? "(development build)" : v),
            "Hibernate ORM " + dev.retort.app.Retort.bundledHibernateVersion() + " (bundled)",
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                    + System.getProperty("java.vendor") + ")"
        };
    }
}
