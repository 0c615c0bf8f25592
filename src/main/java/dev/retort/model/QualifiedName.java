package dev.retort.model;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A table's (or sequence's, or type's) name split at its schema: {@code app.users} is schema {@code app} and
 * local name {@code users}; {@code users} has no schema. The model keeps names as strings, spelled as
 * {@link Identifiers} says; this is the one place that reads the schema out of one.
 *
 * <p>A name is qualified when it has exactly one dot, not at either end and outside the marks of a name kept in
 * its case: {@code "odd.name"} is one marked name, {@code "App"."Users"} and {@code app."Users"} are qualified.
 *
 * @param schema the schema, as spelled in the name; empty for an unqualified name
 * @param local the name within the schema
 */
public record QualifiedName(Optional<String> schema, String local) {

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(local, "local");
    }

    /** {@code name} split at its schema's dot, if it has one. */
    public static QualifiedName parse(String name) {
        int dot = qualifyingDot(name);
        return dot > 0 ? new QualifiedName(Optional.of(name.substring(0, dot)), name.substring(dot + 1))
                : new QualifiedName(Optional.empty(), name);
    }

    /** Each part passed through {@code f}: how a database stores or quotes a name, part by part. */
    public QualifiedName map(UnaryOperator<String> f) {
        return new QualifiedName(schema.map(f), f.apply(local));
    }

    /** The name as the model spells it: {@code schema.local}, or {@code local}. */
    @Override
    public String toString() {
        return join(".");
    }

    /** The parts joined by {@code separator}: {@code schema + separator + local}, or {@code local}. */
    public String join(String separator) {
        return schema.map(s -> s + separator + local).orElse(local);
    }

    /** The dot of {@code schema.name} (exactly one, not at either end, outside marks), or -1. */
    private static int qualifyingDot(String name) {
        if (Identifiers.isMarked(name) && name.indexOf("\".\"") < 0 && name.indexOf("\".") < 0
                && name.indexOf(".\"") < 0) {
            return -1;
        }
        int dot = name.indexOf('.');
        if (dot > 0 && dot < name.length() - 1 && name.indexOf('.', dot + 1) < 0) {
            return dot;
        }
        return -1;
    }
}
