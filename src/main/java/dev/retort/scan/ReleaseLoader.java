package dev.retort.scan;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * The class loader in which the application's own Hibernate release reads the entities: the entity class path first
 * (its Hibernate, Jakarta Persistence, entities, naming strategies), and Retort only for what the two halves of the
 * scan share.
 *
 * <p>Who defines what:
 * <ul>
 *   <li>{@code dev.retort.model}, {@code dev.retort.error}, {@code dev.retort.annotations} and the top level of
 *       {@code dev.retort.scan}: Retort's loader, so the model built inside is the model the caller gets;</li>
 *   <li>{@code dev.retort.scan.hibernate}: this loader, from Retort's class files, so that code links against the
 *       application's Hibernate;</li>
 *   <li>the JDK: the platform loader;</li>
 *   <li>everything else: the entity class path; a class missing there comes from Retort's loader (a logging or
 *       bytecode library the application left out), except {@code org.hibernate.*}, which never mixes releases.</li>
 * </ul>
 * Resources come from the entity class path only, so Hibernate's service files are those of its own release.
 */
final class ReleaseLoader extends URLClassLoader {
    private static final String READER_PACKAGE = "dev.retort.scan.hibernate.";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader retort;

    ReleaseLoader(URL[] classpath, ClassLoader retort) {
        super("retort-entities-own-hibernate", classpath, ClassLoader.getPlatformClassLoader());
        this.retort = retort;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = locate(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> locate(String name) throws ClassNotFoundException {
        if (shared(name)) {
            return retort.loadClass(name);
        }
        if (name.startsWith(READER_PACKAGE)) {
            return defineFromRetort(name);
        }
        try {
            return super.loadClass(name, false);
        } catch (ClassNotFoundException e) {
            if (name.startsWith("org.hibernate.")) {
                throw e;
            }
            return retort.loadClass(name);
        }
    }

    /** The packages whose types cross between the two halves of the scan. */
    static boolean shared(String name) {
        for (String pkg : new String[] {"dev.retort.model.", "dev.retort.error.", "dev.retort.annotations."}) {
            if (name.startsWith(pkg)) {
                return true;
            }
        }
        return name.startsWith("dev.retort.scan.") && name.indexOf('.', "dev.retort.scan.".length()) < 0;
    }

    private Class<?> defineFromRetort(String name) throws ClassNotFoundException {
        String resource = name.replace('.', '/') + ".class";
        try (InputStream in = retort.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }
}
