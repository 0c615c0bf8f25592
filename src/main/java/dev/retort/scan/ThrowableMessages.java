package dev.retort.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One-line descriptions of what the JVM or a library threw, without exception class names or stack traces. Public
 * because the classes that run beside the entities' Hibernate release ({@code dev.retort.scan.hibernate}) use it.
 */
public final class ThrowableMessages {

    /** A binary class name as the JVM reports a missing class ({@code a/b/C} or {@code a.b.C$D}). */
    private static final Pattern CLASS_NAME =
            Pattern.compile("[\\p{javaJavaIdentifierPart}$]+(\\.[\\p{javaJavaIdentifierPart}$]+)*");

    private ThrowableMessages() {
    }

    /** The exception's message followed by the distinct messages of its causes, on one line. */
    public static String of(Throwable e) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = e; t != null && parts.size() < 4; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName()
                    : t.getMessage().strip().replaceAll("\\s+", " ");
            if (parts.stream().noneMatch(p -> p.contains(m))) {
                parts.add(m);
            }
        }
        return String.join(" (caused by: ", parts) + ")".repeat(parts.size() - 1);
    }

    /** The missing class behind a {@link NoClassDefFoundError} or {@link ClassNotFoundException}, if any. */
    public static Optional<String> missingClass(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if ((t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) && t.getMessage() != null) {
                String name = t.getMessage().strip().replace('/', '.');
                if (CLASS_NAME.matcher(name).matches()) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }
}
