package dev.retort.app;

import dev.retort.annotations.PublicApi;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.Risk;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One way the schema {@code check} compared against (the live database, or with {@code --offline} the schema
 * the migrations produce) differs from the entities, in words a reviewer understands.
 *
 * <p>"Missing" kinds are in the entities but not in the compared schema, "extra" kinds the other way round,
 * and "differs" kinds are in both with different definitions.
 *
 * @param kind what differs, e.g. {@link Kind#COLUMN_DIFFERS}
 * @param table the table it belongs to; empty for sequences and enum types
 * @param object the table, column, index, constraint, sequence or type name ({@code (unnamed)} for an
 *     unnamed constraint)
 * @param entity what the entities say, empty when they do not have it
 * @param database what the compared schema has, empty when it does not have it
 * @param aspects for an object that differs, which aspects: for a column {@code type}, {@code nullable},
 *     {@code default}, {@code identity}; for a table {@code comment}, {@code primary key}; for a sequence
 *     {@code start}, {@code increment}; for an enum type {@code labels}; otherwise empty
 * @param risks what the migration that removes the difference would risk, as {@link Risk#code()}s (e.g.
 *     {@code data_loss} for a column only the database has, which the fix drops); empty when it is safe
 * @param message the whole difference in one line, e.g.
 *     {@code column users.email: entity says varchar(320) NOT NULL, database has varchar(255) NULL}
 */
@PublicApi
public record Difference(Kind kind, Optional<String> table, String object, Optional<String> entity,
                         Optional<String> database, List<String> aspects, List<String> risks, String message) {

    public Difference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(database, "database");
        aspects = List.copyOf(aspects);
        risks = List.copyOf(risks);
        Objects.requireNonNull(message, "message");
    }

    /** A difference whose fix risks nothing. */
    public Difference(Kind kind, Optional<String> table, String object, Optional<String> entity,
                      Optional<String> database, List<String> aspects, String message) {
        this(kind, table, object, entity, database, aspects, List.of(), message);
    }

    /** This difference, fixed by {@code ops}: their risks, each once, in order. */
    Difference fixedBy(List<MigrationOp> ops) {
        List<String> codes = ops.stream().flatMap(o -> o.risks().stream()).distinct().map(Risk::code).toList();
        return new Difference(kind, table, object, entity, database, aspects, codes, message);
    }

    /** What differs; {@link #code()} is the stable spelling machine-readable output uses. */
    public enum Kind {
        TABLE_MISSING, TABLE_EXTRA, TABLE_DIFFERS,
        COLUMN_MISSING, COLUMN_EXTRA, COLUMN_DIFFERS,
        INDEX_MISSING, INDEX_EXTRA, INDEX_DIFFERS,
        UNIQUE_MISSING, UNIQUE_EXTRA, UNIQUE_DIFFERS,
        FOREIGN_KEY_MISSING, FOREIGN_KEY_EXTRA, FOREIGN_KEY_DIFFERS,
        CHECK_MISSING, CHECK_EXTRA, CHECK_DIFFERS,
        SEQUENCE_MISSING, SEQUENCE_EXTRA, SEQUENCE_DIFFERS,
        ENUM_TYPE_MISSING, ENUM_TYPE_EXTRA, ENUM_TYPE_DIFFERS,
        /** Not a schema object: a data or raw SQL step (the differ never produces one). */
        OTHER;

        /** {@code column_differs}, {@code table_missing}, … */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
