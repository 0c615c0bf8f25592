package dev.retort.migration;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.ReferentialAction;
import dev.retort.model.TypeKind;
import dev.retort.model.UniqueConstraint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vocabulary of migration bodies, meant for {@code import static dev.retort.migration.Schema.*}:
 * column types ({@code varchar(255)}, {@code bigint()}…), {@code column(...)}, keys, indexes,
 * constraints and their referential actions ({@code .onDelete(CASCADE)}), the table's {@code comment(...)} and
 * {@code row(...)} for {@link Operations#bulkInsert}. Types are dialect-neutral;
 * each database renders them in its own spelling.
 */
public final class Schema {
    private Schema() {
    }

    // ---- referential actions, for ForeignKeyDef.onDelete and onUpdate: .onDelete(CASCADE)

    public static final ReferentialAction CASCADE = ReferentialAction.CASCADE;
    public static final ReferentialAction SET_NULL = ReferentialAction.SET_NULL;
    public static final ReferentialAction SET_DEFAULT = ReferentialAction.SET_DEFAULT;
    public static final ReferentialAction RESTRICT = ReferentialAction.RESTRICT;
    public static final ReferentialAction NO_ACTION = ReferentialAction.NO_ACTION;

    // ---- types

    public static ColumnType bool() {
        return ColumnType.of(TypeKind.BOOLEAN);
    }

    public static ColumnType smallint() {
        return ColumnType.of(TypeKind.SMALLINT);
    }

    public static ColumnType integer() {
        return ColumnType.of(TypeKind.INTEGER);
    }

    public static ColumnType bigint() {
        return ColumnType.of(TypeKind.BIGINT);
    }

    public static ColumnType real() {
        return ColumnType.of(TypeKind.REAL);
    }

    public static ColumnType doublePrecision() {
        return ColumnType.of(TypeKind.DOUBLE);
    }

    public static ColumnType numeric(int precision, int scale) {
        return ColumnType.numeric(precision, scale);
    }

    /** Unconstrained numeric. */
    public static ColumnType numeric() {
        return ColumnType.numeric(0, 0);
    }

    public static ColumnType character(int length) {
        return ColumnType.chars(length);
    }

    public static ColumnType varchar(int length) {
        return ColumnType.varchar(length);
    }

    /** A {@code varchar} without a length limit ({@code @JdbcTypeCode(SqlTypes.ENUM)}, a bare columnDefinition). */
    public static ColumnType varchar() {
        return ColumnType.varchar(0);
    }

    public static ColumnType text() {
        return ColumnType.of(TypeKind.TEXT);
    }

    /** A character large object ({@code @Lob String}): {@code clob} on SQLite, {@code oid} on PostgreSQL. */
    public static ColumnType clob() {
        return ColumnType.of(TypeKind.CLOB);
    }

    public static ColumnType date() {
        return ColumnType.of(TypeKind.DATE);
    }

    public static ColumnType time() {
        return ColumnType.of(TypeKind.TIME);
    }

    public static ColumnType timestamp() {
        return ColumnType.of(TypeKind.TIMESTAMP);
    }

    public static ColumnType timestamptz() {
        return ColumnType.of(TypeKind.TIMESTAMPTZ);
    }

    public static ColumnType uuid() {
        return ColumnType.of(TypeKind.UUID);
    }

    public static ColumnType binary() {
        return ColumnType.of(TypeKind.BINARY);
    }

    /** A binary large object ({@code @Lob byte[]}): {@code blob} on SQLite, {@code oid} on PostgreSQL. */
    public static ColumnType blob() {
        return ColumnType.of(TypeKind.BLOB);
    }

    /**
     * A binary large object of at most {@code length} bytes: the same on SQLite and PostgreSQL, and on MariaDB the
     * smallest blob type that holds it, as Hibernate sizes it ({@code tinyblob} up to 255, {@code blob},
     * {@code mediumblob}, {@code longblob}).
     */
    public static ColumnType blob(int length) {
        return new ColumnType(TypeKind.BLOB, length, 0, 0, "");
    }

    public static ColumnType json() {
        return ColumnType.of(TypeKind.JSON);
    }

    public static ColumnType jsonb() {
        return ColumnType.of(TypeKind.JSONB);
    }

    /**
     * An array of {@code element}: a PostgreSQL array column ({@code character varying(255)[]}), a blob on SQLite,
     * as Hibernate keeps arrays there.
     */
    public static ColumnType array(ColumnType element) {
        return ColumnType.arrayOf(element);
    }

    /** A type Retort has no name for, written exactly as the database spells it. */
    public static ColumnType sqlType(String sql) {
        return ColumnType.other(sql);
    }

    // ---- table elements

    /** A nullable column without default; chain {@code .notNull()}, {@code .defaultValue(...)}, {@code .identity()}. */
    public static ColumnDef column(String name, ColumnType type) {
        return new ColumnDef(new Column(name, type, true, Optional.empty(), false));
    }

    public static PrimaryKeyDef primaryKey(String... columns) {
        return new PrimaryKeyDef(List.of(columns));
    }

    public static IndexDef index(String name, String... columns) {
        return new IndexDef(new Index(name, List.of(columns), false));
    }

    public static IndexDef uniqueIndex(String name, String... columns) {
        return new IndexDef(new Index(name, List.of(columns), true));
    }

    public static UniqueDef unique(String name, String... columns) {
        return new UniqueDef(new UniqueConstraint(Optional.of(name), List.of(columns)));
    }

    /**
     * A UNIQUE constraint without a name, such as SQLite keeps one written inline ({@code email text UNIQUE}):
     * {@code unique(List.of("email"))}. Autogenerate writes one only to drop or restore such a constraint of the
     * database; PostgreSQL names an unnamed constraint itself when it creates one, and cannot drop one by shape.
     */
    public static UniqueDef unique(List<String> columns) {
        return new UniqueDef(new UniqueConstraint(Optional.empty(), columns));
    }

    public static ForeignKeyDef foreignKey(String name, List<String> columns, String referencedTable,
                                           List<String> referencedColumns) {
        return new ForeignKeyDef(new ForeignKey(Optional.of(name), columns, referencedTable, referencedColumns,
                ReferentialAction.NO_ACTION));
    }

    /**
     * A foreign key without a name, such as SQLite keeps one written inline ({@code uid integer REFERENCES
     * users (id)}): {@code foreignKey(List.of("uid"), "users", List.of("id"))}. As for {@link #unique(List)},
     * autogenerate writes one only to drop or restore such a key of the database.
     */
    public static ForeignKeyDef foreignKey(List<String> columns, String referencedTable, List<String> referencedColumns) {
        return new ForeignKeyDef(new ForeignKey(Optional.empty(), columns, referencedTable, referencedColumns,
                ReferentialAction.NO_ACTION));
    }

    public static CheckDef check(String name, String expression) {
        return new CheckDef(new CheckConstraint(Optional.of(name), expression));
    }

    /**
     * An unnamed CHECK constraint: one the entities leave unnamed inside {@code createTable}, or one the database
     * keeps unnamed (SQLite), dropped or restored as it is; as for {@link #unique(List)}, PostgreSQL cannot drop
     * one without a name.
     */
    public static CheckDef check(String expression) {
        return new CheckDef(new CheckConstraint(Optional.empty(), expression));
    }

    /** The table's comment, as an element of {@code createTable}/{@code dropTable}: {@code comment("People who log in")}. */
    public static TableCommentDef comment(String text) {
        return new TableCommentDef(text);
    }

    /** A sequence for {@link Operations#createSequence} and the like: {@code sequence("orders_seq", 1, 50)}. */
    public static dev.retort.model.Sequence sequence(String name, long start, long increment) {
        return new dev.retort.model.Sequence(name, start, increment);
    }

    /**
     * A named enum type for {@link Operations#createEnumType} and the like: {@code enumType("status", "OPEN",
     * "CLOSED")}.
     */
    public static dev.retort.model.EnumType enumType(String name, String... values) {
        return new dev.retort.model.EnumType(name, List.of(values));
    }

    // ---- data

    /**
     * One row for {@link Operations#bulkInsert}: {@code row("id", 1, "name", "default")}. Values may be String,
     * Number, Boolean, byte[], null, {@code java.time} values, UUID, enums, and Map or List for JSON columns.
     */
    public static Map<String, Object> row(Object... columnsAndValues) {
        if (columnsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("row(...) takes column/value pairs; got an odd number of arguments");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            if (!(columnsAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("row(...) argument " + i + " must be a column name");
            }
            row.put(name, columnsAndValues[i + 1]);
        }
        return row;
    }
}
