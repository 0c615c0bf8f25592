package dev.retort.scan;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.scan.hibernate.HibernateReader;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Hibernate ORM release reads the entities, and the class loader it runs in.
 *
 * <p>The rule: when the entity class path holds a {@code hibernate-core} of 6.2 or later, that release maps the
 * entities, in a {@link ReleaseLoader}, because it is the one the application runs and its schema is the one the
 * application validates against. Otherwise (none, or an older one) Retort's bundled release does, in a loader whose
 * parent is Retort's, as it always has. A class path whose release is the bundled one takes the bundled path too.
 *
 * @param loader the loader of the entity classes; the caller closes it
 * @param version the release, e.g. {@code 6.6.49.Final}
 * @param origin where the release came from, for {@code --verbose}
 * @param own whether it is the application's release in a loader of its own
 */
record Release(URLClassLoader loader, String version, String origin, boolean own) {
    static final String OLDEST = "6.2";
    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+)\\..*");

    static Release choose(URL[] classpath, ClassLoader retort) {
        String bundled = new HibernateReader().hibernateVersion();
        ReleaseLoader candidate = new ReleaseLoader(classpath, retort);
        if (candidate.findResource("org/hibernate/Version.class") == null) {
            close(candidate);
            return bundled(classpath, retort, bundled, "bundled with Retort; the entity classpath has no hibernate-core");
        }
        String version = versionIn(candidate);
        if (version.equals(bundled)) {
            close(candidate);
            return bundled(classpath, retort, bundled, "the entity classpath's, which Retort bundles too");
        }
        if (!readable(version)) {
            close(candidate);
            return bundled(classpath, retort, bundled, "bundled with Retort; the entity classpath's " + version
                    + " is older than " + OLDEST + ", the oldest release Retort reads with");
        }
        return new Release(candidate, version, "the entity classpath's", true);
    }

    private static Release bundled(URL[] classpath, ClassLoader retort, String version, String origin) {
        return new Release(new URLClassLoader("retort-entities", classpath, retort), version, origin, false);
    }

    /** Whether Retort's reader runs on {@code version}: 6.2 and later. */
    static boolean readable(String version) {
        Matcher m = MAJOR_MINOR.matcher(version);
        if (!m.matches()) {
            return false;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        return major > 6 || major == 6 && minor >= 2;
    }

    private static String versionIn(ClassLoader loader) {
        try {
            return (String) Class.forName("org.hibernate.Version", true, loader).getMethod("getVersionString")
                    .invoke(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new RetortException(ErrorCode.SCAN, "The hibernate-core on the entity classpath cannot tell its"
                    + " version: " + ThrowableMessages.of(e) + ". Put a complete hibernate-core jar (with its"
                    + " dependencies) on --classpath, or leave it out to read the entities with Retort's bundled"
                    + " Hibernate.", e);
        }
    }

    /** The loader's dialect class must be the release's own: a missing community dialect is named with its fix. */
    void requireDialect(String dialect) {
        if (!own) {
            return;
        }
        try {
            Class.forName(dialect, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            String artifact = dialect.startsWith("org.hibernate.community.") ? "hibernate-community-dialects"
                    : "hibernate-core";
            throw new RetortException(ErrorCode.SCAN, "The entities are read with the application's Hibernate ORM "
                    + version + " (from the entity classpath), which has no dialect " + dialect + ". Add"
                    + " org.hibernate.orm:" + artifact + ":" + version + " to --classpath, as the application needs"
                    + " it to run on that database.", e);
        }
    }

    RetortException unusable(Throwable e) {
        return new RetortException(ErrorCode.SCAN, "Retort cannot read the entities with Hibernate ORM " + version
                + " (" + origin + "): " + ThrowableMessages.of(e) + ". Retort reads with Hibernate " + OLDEST
                + " or later; put that release's complete dependencies on --classpath.", e);
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // nothing was read through it that could be left open
        }
    }
}
