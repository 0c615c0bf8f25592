package dev.retort.introspect.postgres;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.introspect.CatalogReader;
import dev.retort.model.Identifiers;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.TypeKind;
import dev.retort.model.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads PostgreSQL schemas with five {@code pg_catalog} queries, however many tables there are: tables with their
 * columns, constraints, indexes, sequences and enum types, each over every table of the schemas at once
 * (https://www.postgresql.org/docs/current/catalogs.html).
 *
 * <p>Names: the first schema is the default one; its tables, sequences and enum types keep their bare names, and
 * those of the other schemas are named {@code schema.name}, in the model and when a foreign key or a column type
 * refers to them. The table predicate sees these names.
 *
 * <p>Mapping: types through {@code format_type} ({@link CatalogTypes}); an identity column, or a serial one (its
 * default is {@code nextval} of a sequence it owns), is an identity without a default, and its sequence is not
 * listed; other defaults lose the casts PostgreSQL adds to literals ({@link ExpressionCanonicaliser#defaultValue}).
 * CHECK bodies, index predicates and index expressions are turned back from PostgreSQL's printing into the usual
 * spelling ({@link ExpressionCanonicaliser#condition}), so {@code severity in ('LOW','HIGH')} reads back in that
 * shape. Constraints are named as in the catalog and listed by name. Indexes that back a primary key, unique or
 * exclusion constraint are not listed; btree is the default method.
 *
 * <p>Views and materialized views are listed by name only ({@link SchemaModel#views()}).
 *
 * <p>Not read: partitions (their partitioned parent is), objects that belong to an extension, view definitions, ON UPDATE
 * actions, deferrability, NOT VALID, index sort order, operator classes and INCLUDE columns, exclusion constraints,
 * generated-column expressions (such a column has no default here), collations, comments on anything but tables
 * and columns, and sequence settings other than start and increment.
 */
public final class PostgresCatalogReader implements CatalogReader {

    /** Ordinary and partitioned tables of the schemas read, not partitions and not extension members. */
    private static final String TABLE_FILTER = " c.relkind IN ('r', 'p') AND NOT c.relispartition"
            + " AND n.nspname = ANY (?) AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_class'::regclass"
            + " AND x.objid = c.oid AND x.deptype = 'e')";

    /** Views and materialized views of the schemas read, not those of extensions: names only. */
    private static final String VIEW_FILTER = " c.relkind IN ('v', 'm') AND n.nspname = ANY (?) AND NOT EXISTS"
            + " (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid"
            + " AND x.deptype = 'e')";

    /**
     * One row per column (one row with null column fields for a table without columns, and one for each view),
     * each with the table's
     * comment as well as the column's (https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-COMMENT).
     */
    private static final String COLUMN_QUERY = "SELECT n.nspname, c.relname, a.attname,"
            + " format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity, a.attgenerated,"
            + " pg_get_expr(d.adbin, d.adrelid),"
            // the sequence a serial column owns (OWNED BY, deptype 'a') and that its default uses
            + " (SELECT owned.objid FROM pg_depend owned JOIN pg_depend used ON used.refobjid = owned.objid"
            + "   WHERE owned.classid = 'pg_class'::regclass AND owned.refclassid = 'pg_class'::regclass"
            + "   AND owned.refobjid = c.oid AND owned.refobjsubid = a.attnum AND owned.deptype = 'a'"
            + "   AND used.classid = 'pg_attrdef'::regclass AND used.objid = d.oid"
            + "   AND used.refclassid = 'pg_class'::regclass LIMIT 1),"
            // the schema of the column's type, or of its element type for an array
            + " (SELECT tn.nspname FROM pg_type t LEFT JOIN pg_type e ON e.oid = t.typelem AND t.typcategory = 'A'"
            + "   JOIN pg_namespace tn ON tn.oid = COALESCE(e.typnamespace, t.typnamespace) WHERE t.oid = a.atttypid),"
            + " obj_description(c.oid, 'pg_class'), col_description(c.oid, a.attnum), c.relkind"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            + " AND c.relkind IN ('r', 'p')"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum"
            + " WHERE (" + TABLE_FILTER + ") OR (" + VIEW_FILTER + ")"
            + " ORDER BY n.nspname, c.relname, a.attnum";

    private static final String KEY_COLUMNS = "ARRAY(SELECT a.attname::text FROM unnest(con.%s) WITH ORDINALITY"
            + " k(attnum, ord) JOIN pg_attribute a ON a.attrelid = con.%s AND a.attnum = k.attnum ORDER BY k.ord)";

    /** Primary keys, uniques, foreign keys and checks; partition clones of a foreign key are skipped. */
    private static final String CONSTRAINT_QUERY = "SELECT n.nspname, c.relname, con.conname, con.contype, "
            + KEY_COLUMNS.formatted("conkey", "conrelid") + ", fn.nspname, fc.relname, "
            + KEY_COLUMNS.formatted("confkey", "confrelid")
            + ", con.confdeltype, pg_get_expr(con.conbin, con.conrelid), con.confupdtype"
            + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_class fc ON fc.oid = con.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace"
            + " WHERE con.contype IN ('p', 'u', 'f', 'c') AND con.conparentid = 0 AND" + TABLE_FILTER
            + " ORDER BY n.nspname, c.relname, con.conname";

    /** Indexes not owned by a constraint, with their key columns or expressions in order. */
    private static final String INDEX_QUERY = "SELECT n.nspname, c.relname, ic.relname, i.indisunique, am.amname,"
            + " ARRAY(SELECT CASE WHEN i.indkey[k - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k, true)"
            + "   ELSE (SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = i.indrelid"
            + "   AND a.attnum = i.indkey[k - 1]) END FROM generate_series(1, i.indnkeyatts) k ORDER BY k),"
            + " pg_get_expr(i.indpred, i.indrelid)"
            + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam"
            + " JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE" + TABLE_FILTER
            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid"
            + "   AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))"
            + " ORDER BY n.nspname, c.relname, ic.relname";

    /** Sequences, less those of identity columns (deptype 'i') and of extensions. */
    private static final String SEQUENCE_QUERY = "SELECT n.nspname, c.relname, c.oid, s.seqstart, s.seqincrement"
            + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ANY (?) AND NOT EXISTS (SELECT 1 FROM pg_depend x"
            + "   WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype IN ('i', 'e'))"
            + " ORDER BY n.nspname, c.relname";

    private static final String ENUM_QUERY = "SELECT n.nspname, t.typname,"
            + " ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)"
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " WHERE t.typtype = 'e' AND n.nspname = ANY (?) AND NOT EXISTS (SELECT 1 FROM pg_depend x"
            + "   WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')"
            + " ORDER BY n.nspname, t.typname";

    private final List<String> schemas;

    /** Reads the {@code public} schema. */
    public PostgresCatalogReader() {
        this("public");
    }

    /** Reads one schema; its objects keep their bare names. */
    public PostgresCatalogReader(String schema) {
        this(List.of(schema));
    }

    /**
     * Reads several schemas; the first is the default one, whose objects keep bare names, and objects of the
     * others are named {@code schema.name}.
     */
    public PostgresCatalogReader(List<String> schemas) {
        this.schemas = List.copyOf(schemas);
        if (this.schemas.isEmpty() || this.schemas.stream().anyMatch(String::isBlank)
                || new HashSet<>(this.schemas).size() != this.schemas.size()) {
            throw new IllegalArgumentException("schemas to read must be distinct and not blank: " + schemas);
        }
    }

    /** The schemas read, the default one first. */
    public List<String> schemas() {
        return schemas;
    }

    /** {@code identity} and {@code generated} are the catalog's one-letter codes, empty for none. */
    private record ColumnRow(String name, String type, String typeSchema, boolean notNull, String identity,
                             String generated, String defaultValue, Long serialSequence, String comment) {
        ColumnRow {
            identity = identity == null ? "" : identity.strip();
            generated = generated == null ? "" : generated.strip();
        }
    }

    private record ConstraintRow(String name, char type, List<String> columns, String referencedSchema,
                                 String referencedTable, List<String> referencedColumns, char onDelete,
                                 char onUpdate, String expression) {
    }

    private record IndexRow(String name, boolean unique, String method, List<String> keys, String predicate) {
    }

    /** Everything read about one table, keyed by its model name; {@code comment} is null for none. */
    private record TableRows(String comment, List<ColumnRow> columns, List<ConstraintRow> constraints,
                             List<IndexRow> indexes) {
    }

    @Override
    public SchemaModel read(Connection connection, Predicate<String> includeTable) {
        Map<String, TableRows> tables = new LinkedHashMap<>();
        Map<Long, Sequence> sequencesByOid = new LinkedHashMap<>();
        List<EnumType> enumTypes = new ArrayList<>();
        Array schemaArray = schemaArray(connection);
        List<String> views = new ArrayList<>();
        String jit = jitOff(connection);
        try {
            readRows(connection, schemaArray, tables, views, sequencesByOid, enumTypes);
        } finally {
            restoreJit(connection, jit);
        }
        return model(tables, views, sequencesByOid, enumTypes, includeTable);
    }

    /**
     * Turns off the session's JIT compilation for the catalog queries and returns the setting it had (null where the
     * server has none). The planner overestimates the catalog queries (a set-returning function counts as 1000 rows),
     * and compiling them took longer than running them: at 1000 tables 0.44 s of a 0.48 s index query.
     */
    private static String jitOff(Connection connection) {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT s, CASE WHEN s IS NOT NULL THEN set_config('jit', 'off', false) END"
                     + " FROM current_setting('jit', true) s")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.DATABASE, "could not prepare to read the PostgreSQL catalog: "
                    + e.getMessage(), e);
        }
    }

    /** Gives the session back the JIT setting {@link #jitOff} found (a failed read leaves it to the rollback). */
    private static void restoreJit(Connection connection, String jit) {
        if (jit == null || jit.equals("off")) {
            return;
        }
        try (PreparedStatement st = connection.prepareStatement("SELECT set_config('jit', ?, false)")) {
            st.setString(1, jit);
            st.executeQuery().close();
        } catch (SQLException e) {
            // the session ends with the command; an aborted transaction restores the setting when rolled back
        }
    }

    private void readRows(Connection connection, Array schemaArray, Map<String, TableRows> tables, List<String> views,
                          Map<Long, Sequence> sequencesByOid, List<EnumType> enumTypes) {
        run(connection, COLUMN_QUERY, schemaArray, "tables and columns", rs -> {
            if (rs.getString(13).charAt(0) == 'v' || rs.getString(13).charAt(0) == 'm') {
                views.add(name(rs.getString(1), rs.getString(2)));
                return;
            }
            String tableComment = rs.getString(11);
            TableRows table = tables.computeIfAbsent(name(rs.getString(1), rs.getString(2)),
                    k -> new TableRows(tableComment, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            String column = rs.getString(3);
            if (column != null) {
                Object serial = rs.getObject(9);
                table.columns().add(new ColumnRow(column, rs.getString(4), rs.getString(10), rs.getBoolean(5),
                        rs.getString(6), rs.getString(7), rs.getString(8),
                        serial == null ? null : ((Number) serial).longValue(), rs.getString(12)));
            }
        });
        run(connection, CONSTRAINT_QUERY, schemaArray, "constraints", rs -> {
            TableRows table = tables.get(name(rs.getString(1), rs.getString(2)));
            if (table != null) {
                table.constraints().add(new ConstraintRow(rs.getString(3), rs.getString(4).charAt(0), strings(rs, 5),
                        rs.getString(6), rs.getString(7), strings(rs, 8), actionCode(rs.getString(9)),
                        actionCode(rs.getString(11)), rs.getString(10)));
            }
        });
        run(connection, INDEX_QUERY, schemaArray, "indexes", rs -> {
            TableRows table = tables.get(name(rs.getString(1), rs.getString(2)));
            if (table != null) {
                table.indexes().add(new IndexRow(rs.getString(3), rs.getBoolean(4), rs.getString(5), strings(rs, 6),
                        rs.getString(7)));
            }
        });
        run(connection, SEQUENCE_QUERY, schemaArray, "sequences", rs -> sequencesByOid.put(rs.getLong(3),
                new Sequence(name(rs.getString(1), rs.getString(2)), rs.getLong(4), rs.getLong(5))));
        run(connection, ENUM_QUERY, schemaArray, "enum types", rs -> enumTypes.add(
                new EnumType(name(rs.getString(1), rs.getString(2)), strings(rs, 3))));
    }

    private SchemaModel model(Map<String, TableRows> tables, List<String> views, Map<Long, Sequence> sequencesByOid,
                              List<EnumType> enumTypes, Predicate<String> includeTable) {
        List<Sequence> sequences = new ArrayList<>();
        Set<Long> serialSequences = new HashSet<>();
        List<Table> model = new ArrayList<>();
        for (Map.Entry<String, TableRows> entry : tables.entrySet()) {
            // a serial column's sequence goes with the column, even when the table is not part of the model
            entry.getValue().columns().stream().filter(PostgresCatalogReader::isSerial)
                    .forEach(c -> serialSequences.add(c.serialSequence()));
            if (includeTable.test(entry.getKey())) {
                model.add(table(entry.getKey(), entry.getValue()));
            }
        }
        sequencesByOid.forEach((oid, sequence) -> {
            if (!serialSequences.contains(oid)) {
                sequences.add(sequence);
            }
        });
        // names as the model spells them: one PostgreSQL stores with upper-case letters was quoted, and keeps its case
        return new SchemaModel(model, sequences, enumTypes, views).withNames(Identifiers::ofFoldedDatabase);
    }

    /** The model name of an object of {@code schema}: bare in the default schema, else qualified. */
    private String name(String schema, String name) {
        return schema.equals(schemas.get(0)) ? name : schema + "." + name;
    }

    private Table table(String name, TableRows rows) {
        List<Column> columns = rows.columns().stream().map(this::column).toList();
        Set<String> varcharColumns = columns.stream().filter(c -> c.type().kind() == TypeKind.VARCHAR)
                .map(Column::name).collect(Collectors.toSet());
        List<String> primaryKey = List.of();
        Optional<String> primaryKeyName = Optional.empty();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (ConstraintRow con : rows.constraints()) {
            switch (con.type()) {
                case 'p' -> {
                    primaryKey = con.columns();
                    primaryKeyName = Optional.of(con.name())
                            .filter(n -> !Identifiers.ofFoldedDatabase(n).equals(
                                    PostgresDialect.defaultPrimaryKeyName(Identifiers.ofFoldedDatabase(name))));
                }
                case 'u' -> uniques.add(new UniqueConstraint(Optional.of(con.name()), con.columns()));
                case 'f' -> foreignKeys.add(new ForeignKey(Optional.of(con.name()), con.columns(),
                        name(con.referencedSchema(), con.referencedTable()), con.referencedColumns(),
                        action(name, con, "ON DELETE", con.onDelete()),
                        action(name, con, "ON UPDATE", con.onUpdate())));
                case 'c' -> checks.add(new CheckConstraint(Optional.of(con.name()),
                        ExpressionCanonicaliser.condition(con.expression(), varcharColumns)));
                default -> throw new IllegalStateException("constraint type " + con.type() + " was not queried");
            }
        }
        List<Index> indexes = rows.indexes().stream().map(i -> new Index(i.name(),
                i.keys().stream().map(k -> columnOrExpression(k, columns, varcharColumns)).toList(), i.unique(),
                i.method(), Optional.ofNullable(i.predicate()).map(p -> ExpressionCanonicaliser.condition(p,
                        varcharColumns)))).toList();
        return new Table(name, columns, primaryKey, indexes, uniques, foreignKeys, checks,
                Optional.ofNullable(rows.comment()), primaryKeyName);
    }

    private Column column(ColumnRow row) {
        ColumnType type = CatalogTypes.parse(typeName(row.type(), row.typeSchema()));
        boolean identity = !row.identity().isEmpty() || isSerial(row);
        // a generated column's pg_attrdef holds its generation expression, which is not a default
        Optional<String> defaultValue = identity || !row.generated().isEmpty() ? Optional.empty()
                : ExpressionCanonicaliser.defaultValue(row.defaultValue());
        return new Column(row.name(), type, !row.notNull(), defaultValue, identity, Optional.ofNullable(row.comment()));
    }

    private static boolean isSerial(ColumnRow row) {
        return row.serialSequence() != null && row.defaultValue() != null
                && row.defaultValue().startsWith("nextval(");
    }

    /**
     * The type as {@code format_type} prints it, but named the way this reader names objects: bare in the default
     * schema, {@code schema.name} elsewhere, whatever the connection's search path.
     */
    private String typeName(String formatted, String typeSchema) {
        if (typeSchema == null || typeSchema.equals("pg_catalog")) {
            return formatted;
        }
        String bare = formatted;
        for (String prefix : List.of(typeSchema + ".", "\"" + typeSchema.replace("\"", "\"\"") + "\".")) {
            if (bare.startsWith(prefix)) {
                bare = bare.substring(prefix.length());
            }
        }
        return typeSchema.equals(schemas.get(0)) ? bare : typeSchema + "." + bare;
    }

    /** A key that names a column stays a plain name; an expression gets the canonical spelling. */
    private static String columnOrExpression(String key, List<Column> columns, Set<String> varcharColumns) {
        return columns.stream().anyMatch(c -> c.name().equals(key)) ? key
                : ExpressionCanonicaliser.condition(key, varcharColumns);
    }

    /** A one-letter {@code "char"} column; blank for a constraint other than a foreign key. */
    private static char actionCode(String code) {
        return code == null || code.isBlank() ? ' ' : code.charAt(0);
    }

    /**
     * {@code confdeltype} or {@code confupdtype}, which share their codes
     * (https://www.postgresql.org/docs/current/catalog-pg-constraint.html).
     */
    private static ReferentialAction action(String table, ConstraintRow con, String clause, char code) {
        return switch (code) {
            case 'a' -> ReferentialAction.NO_ACTION;
            case 'r' -> ReferentialAction.RESTRICT;
            case 'c' -> ReferentialAction.CASCADE;
            case 'n' -> ReferentialAction.SET_NULL;
            case 'd' -> ReferentialAction.SET_DEFAULT;
            default -> throw new RetortException(ErrorCode.DATABASE, "foreign key " + con.name() + " on " + table
                    + " has " + clause + " code '" + code + "', which this version of Retort does not know");
        };
    }

    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private Array schemaArray(Connection connection) {
        try {
            return connection.createArrayOf("text", schemas.toArray());
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.DATABASE, "could not prepare to read the PostgreSQL catalog of "
                    + describeSchemas() + ": " + e.getMessage(), e);
        }
    }

    private void run(Connection connection, String query, Array schemaArray, String what, RowHandler handler) {
        try (PreparedStatement st = connection.prepareStatement(query)) {
            // every parameter is the list of schemas read
            for (int i = 1; i <= query.chars().filter(ch -> ch == '?').count(); i++) {
                st.setArray(i, schemaArray);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.DATABASE, "could not read the " + what + " of PostgreSQL "
                    + describeSchemas() + ": " + e.getMessage() + " (query: " + query + ")", e);
        }
    }

    private String describeSchemas() {
        return (schemas.size() == 1 ? "schema " : "schemas ") + String.join(", ", schemas);
    }

    private static List<String> strings(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            List<String> out = new ArrayList<>();
            for (Object o : (Object[]) array.getArray()) {
                out.add((String) o);
            }
            return out;
        } finally {
            array.free();
        }
    }
}
