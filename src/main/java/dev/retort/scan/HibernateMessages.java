package dev.retort.scan;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns what Hibernate or the JVM threw while mapping into one paragraph that names the entity and the fix. */
final class HibernateMessages {

    /** A binary class name as the JVM reports a missing class ({@code a/b/C} or {@code a.b.C$D}). */
    private static final Pattern CLASS_NAME =
            Pattern.compile("[\\p{javaJavaIdentifierPart}$]+(\\.[\\p{javaJavaIdentifierPart}$]+)*");

    private HibernateMessages() {
    }

    /**
     * The exception's message followed by the distinct messages of its causes, on one line, without exception
     * class names or stack traces.
     */
    static String of(Throwable e) {
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
    static Optional<String> missingClass(Throwable e) {
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

    /** The scanned class a Hibernate message talks about: the longest fully qualified name, else a simple name. */
    static Optional<Class<?>> culprit(String message, List<Class<?>> classes) {
        Optional<Class<?>> qualified = classes.stream()
                .filter(c -> message.contains(c.getName()))
                .max(Comparator.comparingInt(c -> c.getName().length()));
        if (qualified.isPresent()) {
            return qualified;
        }
        return classes.stream()
                .filter(c -> Pattern.compile("\\b" + Pattern.quote(c.getSimpleName()) + "\\b").matcher(message).find())
                .max(Comparator.comparingInt(c -> c.getName().length()));
    }

    private static String describe(Class<?> type) {
        return (type.isAnnotationPresent(Entity.class) ? "entity " : "class ") + type.getName();
    }

    static RetortException mappingFailure(Throwable e, List<Class<?>> classes) {
        Optional<String> missing = missingClass(e);
        String detail = of(e);
        String subject = culprit(detail, classes).map(HibernateMessages::describe).orElseGet(() -> classes.size() == 1
                ? describe(classes.get(0))
                : "one of the " + classes.size() + " mapped classes");
        if (missing.isPresent()) {
            return new RetortException(ErrorCode.SCAN, "Hibernate could not map " + subject + " because class "
                    + missing.get() + " is missing (" + detail + "). Add the jar or directory that contains "
                    + missing.get() + " to --classpath.", e);
        }
        return new RetortException(ErrorCode.SCAN, "Hibernate rejected the mapping of " + subject + ": " + detail
                + ". Fix the mapping annotations (the application would fail to start the same way) and run again.",
                e);
    }
}
