package dev.retort.introspect.mariadb;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.introspect.CatalogReader;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.TypeKind;
import dev.retort.model.UniqueConstraint;
import dev.retort.model.ValueList;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the connection's database ({@code DATABASE()}) from {@code information_schema} with four queries, and a
 * fifth over all its sequences when it has any, however many tables there are
 * (https://mariadb.com/kb/en/information-schema-tables/).
 *
 * <p>Mapping: types through {@link MariaDbTypeNames#parse}; a {@code longtext} column with MariaDB's
 * {@code json_valid} CHECK (what {@code json} is) is JSONB, and that check is not listed; {@code AUTO_INCREMENT}
 * is identity; a native {@code enum('A','B')} column is a varchar as long as its longest value with the check
 * {@code column in ('A','B')} named as Retort names it elsewhere ({@link ValueList#namedCheck}), the model of an {@code @Enumerated(STRING)} column on every
 * database. Every unique index is a unique constraint (MariaDB lists both as one: a constraint is its index, and
 * the differ takes either for the other); the primary key is always called {@code PRIMARY}, so it has no name in
 * the model; an index InnoDB made for a foreign key ({@link #madeForForeignKey}) is not listed. An index key with a prefix
 * length reads {@code column(n)}; the sort order is not read. CHECK bodies are kept as MariaDB prints
 * them, with backticks taken off plain names; a column-level check is named after its column, as MariaDB names it.
 *
 * <p>Views are listed by name only. Not read: triggers, partitions, generated-column expressions, collations and
 * character sets, engines, sequence settings other than start and increment.
 */
public final class MariaDbCatalogReader implements CatalogReader {

    /** Tables, views and sequences with their columns (none for sequences and views) and comments. */
    private static final String COLUMN_QUERY = "SELECT t.TABLE_NAME, t.TABLE_TYPE, t.TABLE_COMMENT, c.COLUMN_NAME,"
            + " c.COLUMN_TYPE, c.IS_NULLABLE, c.COLUMN_DEFAULT, c.EXTRA, c.COLUMN_COMMENT"
            + " FROM information_schema.TABLES t LEFT JOIN information_schema.COLUMNS c"
            + " ON c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME AND t.TABLE_TYPE = 'BASE TABLE'"
            + " WHERE t.TABLE_SCHEMA = DATABASE() ORDER BY t.TABLE_NAME, c.ORDINAL_POSITION";

    /** Foreign keys, one row per column pair, with their actions. */
    private static final String FOREIGN_KEY_QUERY = "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME,"
            + " k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE"
            + " FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r"
            + " ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME"
            + " AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME"
            + " WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL"
            + " ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION";

    /** Primary key, unique and plain indexes, one row per key part. */
    private static final String INDEX_QUERY = "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART,"
            + " INDEX_TYPE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
            + " ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";

    /** CHECK constraints (MariaDB 10.2 and later), column-level ones included. */
    private static final String CHECK_QUERY = "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE"
            + " FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"
            + " ORDER BY TABLE_NAME, CONSTRAINT_NAME";

    private static final Pattern JSON_VALID = Pattern.compile("(?i)json_valid\\(`((?:[^`]|``)+)`\\)");
    private static final Pattern PLAIN_QUOTED = Pattern.compile("`([A-Za-z_][A-Za-z0-9_$]*)`");

    private record ColumnRow(String name, String type, boolean nullable, String defaultValue, String extra,
                             String comment) {
    }

    private record KeyPart(String name, boolean unique, String column, Integer subPart, String type) {
    }

    private record FkPart(String name, String column, String referencedTable, String referencedColumn,
                          String onDelete, String onUpdate) {
    }

    private record CheckRow(String name, String clause) {
    }

    /** Everything read about one table; {@code comment} is empty for none. */
    private record TableRows(String comment, List<ColumnRow> columns, List<KeyPart> keys, List<FkPart> foreignKeys,
                             List<CheckRow> checks) {
    }

    @Override
    public SchemaModel read(Connection connection, Predicate<String> includeTable) {
        Map<String, TableRows> tables = new LinkedHashMap<>();
        List<String> views = new ArrayList<>();
        List<String> sequenceNames = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            run(st, COLUMN_QUERY, "tables and columns", rs -> {
                String table = rs.getString(1);
                switch (rs.getString(2)) {
                    case "VIEW", "SYSTEM VIEW" -> views.add(table);
                    case "SEQUENCE" -> sequenceNames.add(table);
                    default -> {
                        String tableComment = comment(rs, 3);
                        TableRows rows = tables.computeIfAbsent(table, k -> new TableRows(tableComment,
                                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                        if (rs.getString(4) != null) {
                            rows.columns().add(new ColumnRow(rs.getString(4), rs.getString(5),
                                    "YES".equals(rs.getString(6)), rs.getString(7), rs.getString(8), comment(rs, 9)));
                        }
                    }
                }
            });
            run(st, FOREIGN_KEY_QUERY, "foreign keys", rs -> with(tables, rs.getString(1), t -> t.foreignKeys().add(
                    new FkPart(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7)))));
            run(st, INDEX_QUERY, "indexes", rs -> {
                Object subPart = rs.getObject(5);
                with(tables, rs.getString(1), t -> t.keys().add(new KeyPart(rs.getString(2), rs.getInt(3) == 0,
                        rs.getString(4), subPart == null ? null : ((Number) subPart).intValue(), rs.getString(6))));
            });
            run(st, CHECK_QUERY, "check constraints", rs -> with(tables, rs.getString(1), t -> t.checks().add(
                    new CheckRow(rs.getString(2), rs.getString(3)))));
            List<Sequence> sequences = sequences(st, sequenceNames);
            List<Table> model = new ArrayList<>();
            tables.forEach((name, rows) -> {
                if (includeTable.test(name)) {
                    model.add(table(name, rows));
                }
            });
            return new SchemaModel(model, sequences, List.of(), views);
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.DATABASE, "could not read the MariaDB catalog: " + e.getMessage(), e);
        }
    }

    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private interface TableHandler {
        void accept(TableRows rows) throws SQLException;
    }

    private static void with(Map<String, TableRows> tables, String table, TableHandler handler) throws SQLException {
        TableRows rows = tables.get(table);
        if (rows != null) {
            handler.accept(rows);
        }
    }

    private static void run(Statement st, String query, String what, RowHandler handler) {
        try (ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                handler.accept(rs);
            }
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.DATABASE, "could not read the " + what + " of the MariaDB database: "
                    + e.getMessage() + " (query: " + query + ")", e);
        }
    }

    private static String comment(ResultSet rs, int column) throws SQLException {
        String c = rs.getString(column);
        return c == null ? "" : c;
    }

    /**
     * Start and increment of every sequence, in one {@code UNION ALL} over them: MariaDB 10.11 keeps a sequence's
     * settings only in the sequence itself, which reads as a one-row table (https://mariadb.com/kb/en/sequence-overview/).
     */
    private static List<Sequence> sequences(Statement st, List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        String query = names.stream().map(n -> "SELECT " + literal(n) + ", start_value, increment FROM `"
                + n.replace("`", "``") + "`").collect(Collectors.joining(" UNION ALL "));
        List<Sequence> out = new ArrayList<>();
        run(st, query, "sequences", rs -> out.add(new Sequence(rs.getString(1), rs.getLong(2), rs.getLong(3))));
        return out;
    }

    private static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static Table table(String name, TableRows rows) {
        Set<String> jsonColumns = new java.util.HashSet<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckRow check : rows.checks()) {
            Matcher json = JSON_VALID.matcher(check.clause().strip());
            if (json.matches() && json.group(1).replace("``", "`").equals(check.name())) {
                jsonColumns.add(check.name());
            } else {
                checks.add(new CheckConstraint(Optional.of(check.name()), PLAIN_QUOTED.matcher(check.clause())
                        .replaceAll("$1")));
            }
        }
        List<Column> columns = rows.columns().stream().map(c -> column(c, jsonColumns.contains(c.name()))).toList();
        // a native enum column is a varchar limited to its values by a check, as on the other databases
        rows.columns().forEach(c -> MariaDbTypeNames.enumValues(c.type())
                .ifPresent(values -> checks.add(ValueList.namedCheck(name, c.name(), values))));
        Map<String, List<KeyPart>> byIndex = new LinkedHashMap<>();
        rows.keys().forEach(k -> byIndex.computeIfAbsent(k.name(), n -> new ArrayList<>()).add(k));
        List<String> primaryKey = List.of();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        for (Map.Entry<String, List<KeyPart>> index : byIndex.entrySet()) {
            List<KeyPart> parts = index.getValue();
            List<String> keys = parts.stream().map(MariaDbCatalogReader::key).toList();
            if (index.getKey().equals("PRIMARY")) {
                primaryKey = keys;
            } else if (parts.get(0).unique() && keys.stream().noneMatch(k -> k.contains("(") || k.contains(" "))) {
                uniques.add(new UniqueConstraint(Optional.of(index.getKey()), keys));
            } else if (parts.get(0).unique() || !madeForForeignKey(index.getKey(), keys, rows.foreignKeys())) {
                String type = parts.get(0).type();
                String method = type == null || type.equalsIgnoreCase("BTREE") ? "" : type.toLowerCase(Locale.ROOT);
                indexes.add(new Index(index.getKey(), keys, parts.get(0).unique(), method, Optional.empty()));
            }
        }
        return new Table(name, columns, primaryKey, indexes, uniques, foreignKeys(rows.foreignKeys()), checks,
                Optional.of(rows.comment()).filter(c -> !c.isEmpty()), Optional.empty());
    }

    /**
     * Whether a plain index is the one InnoDB made for a foreign key that no index led with: over exactly the key's
     * columns, and named as the key or, for a key declared without a name, as its first column
     * (https://mariadb.com/kb/en/foreign-keys/).
     */
    private static boolean madeForForeignKey(String index, List<String> keys, List<FkPart> foreignKeys) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        foreignKeys.forEach(p -> columns.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p.column()));
        return columns.entrySet().stream().anyMatch(fk -> fk.getValue().equals(keys)
                && (fk.getKey().equals(index) || fk.getValue().get(0).equals(index)));
    }

    /**
     * {@code column}, or {@code column(n)} for a prefix; the sort order is not read, as the scan keeps none. A
     * SPATIAL index reports a length (32) that no one wrote and no one can change, so it is not a prefix.
     */
    private static String key(KeyPart part) {
        boolean prefix = part.subPart() != null && !"SPATIAL".equalsIgnoreCase(part.type());
        return part.column() + (prefix ? "(" + part.subPart() + ")" : "");
    }

    private static Column column(ColumnRow row, boolean json) {
        ColumnType type = json ? ColumnType.of(TypeKind.JSONB) : MariaDbTypeNames.parse(row.type());
        boolean identity = row.extra() != null && row.extra().toLowerCase(Locale.ROOT).contains("auto_increment");
        Optional<String> defaultValue = identity ? Optional.empty()
                : MariaDbTypeNames.defaultValue(row.defaultValue(), type);
        return new Column(row.name(), type, row.nullable(), defaultValue, identity,
                Optional.of(row.comment()).filter(c -> !c.isEmpty()));
    }

    private static List<ForeignKey> foreignKeys(List<FkPart> parts) {
        Map<String, List<FkPart>> byName = new LinkedHashMap<>();
        parts.forEach(p -> byName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p));
        List<ForeignKey> out = new ArrayList<>();
        byName.forEach((name, ps) -> out.add(new ForeignKey(Optional.of(name), ps.stream().map(FkPart::column).toList(),
                ps.get(0).referencedTable(), ps.stream().map(FkPart::referencedColumn).toList(),
                action(ps.get(0).onDelete()), action(ps.get(0).onUpdate()))));
        return out;
    }

    /**
     * The rule as read, except RESTRICT: MariaDB reports RESTRICT for a key declared without the clause, and InnoDB
     * checks NO ACTION and RESTRICT alike, at once (https://mariadb.com/kb/en/foreign-keys/), so it is NO ACTION.
     */
    private static ReferentialAction action(String rule) {
        ReferentialAction action = ReferentialAction.parse(rule);
        return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
    }
}
