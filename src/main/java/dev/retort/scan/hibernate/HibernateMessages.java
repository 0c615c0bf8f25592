package dev.retort.scan.hibernate;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.scan.ThrowableMessages;
import jakarta.persistence.Entity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns what Hibernate or the JVM threw while mapping into one paragraph that names the entity and the fix. */
final class HibernateMessages {

    private HibernateMessages() {
    }

    static String of(Throwable e) {
        return ThrowableMessages.of(e);
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
        Optional<String> missing = ThrowableMessages.missingClass(e);
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
