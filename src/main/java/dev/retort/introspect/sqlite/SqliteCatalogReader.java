package dev.retort.introspect.sqlite;

import dev.retort.dialect.sqlite.SqliteTypes;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.introspect.CatalogReader;
import dev.retort.introspect.sqlite.CreateTableParser.ParsedForeignKey;
import dev.retort.introspect.sqlite.CreateTableParser.ParsedTable;
import dev.retort.introspect.sqlite.CreateTableParser.ParsedUnique;
import dev.retort.model.Column;
import dev.retort.model.DefaultExpression;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.Trigger;
import dev.retort.model.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads an SQLite schema with four queries, however many tables there are: {@code sqlite_schema} for the tables
 * and their {@code CREATE TABLE} text, then {@code pragma_table_xinfo}, {@code pragma_index_list} with
 * {@code pragma_index_xinfo}, and {@code pragma_foreign_key_list}, each joined over all tables
 * (https://www.sqlite.org/pragma.html#pragfunc). The stored text supplies AUTOINCREMENT, constraint names and
 * CHECKs ({@link CreateTableParser}).
 *
 * <p>Mapping: declared types through {@link SqliteTypes#parse}; defaults through
 * {@link DefaultExpression#normalise}; the rowid alias ({@code integer PRIMARY KEY}) is NOT NULL, as SQLite never
 * stores NULL in it, and is an identity when declared AUTOINCREMENT; indexes are those created with
 * CREATE INDEX (origin {@code c}); UNIQUE constraints are the automatic indexes of origin {@code u}, named when
 * the text names them; the primary key's own index is not reported. SQLite has no table or column comments, so
 * every comment is empty.
 *
 * <p>Views are listed by name only ({@link SchemaModel#views()}); triggers on the tables read are kept with their
 * text ({@link SchemaModel#triggers()}), so a table rebuild can create them again.
 *
 * <p>Not read: internal {@code sqlite_*} tables, virtual and shadow tables, view definitions, hidden and generated
 * columns, indexes on expressions, partial-index predicates, ON UPDATE actions, collations and WITHOUT ROWID.
 */
public final class SqliteCatalogReader implements CatalogReader {

    /** Ordinary tables of the main schema, internal {@code sqlite_*} tables excluded. */
    private static final String TABLES = " FROM sqlite_schema s"
            + " JOIN pragma_table_list tl ON tl.schema = 'main' AND tl.name = s.name";
    private static final String ORDINARY = " WHERE s.type = 'table' AND tl.type = 'table'"
            + " AND s.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

    /**
     * The tables with their text, the views (names only), the triggers with their table and text, and the text of
     * each index (read here, once, rather than looked up per index: {@code sqlite_schema} has no index on names).
     */
    private static final String TABLE_QUERY = "SELECT s.name, s.sql, s.type, s.tbl_name" + TABLES
            + " WHERE s.type IN ('table', 'view') AND tl.type IN ('table', 'view')"
            + " AND s.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            + " UNION ALL SELECT name, sql, type, tbl_name FROM sqlite_schema WHERE type IN ('trigger', 'index') ORDER BY 1";
    private static final String COLUMN_QUERY = "SELECT s.name, c.name, c.type, c.\"notnull\", c.dflt_value, c.pk, c.hidden"
            + TABLES + " JOIN pragma_table_xinfo(s.name) c" + ORDINARY + " ORDER BY s.name, c.cid";
    private static final String INDEX_QUERY = "SELECT s.name, il.name, il.\"unique\", il.origin, ix.name, il.partial"
            + TABLES + " JOIN pragma_index_list(s.name) il JOIN pragma_index_xinfo(il.name) ix" + ORDINARY
            + " AND ix.key = 1 ORDER BY s.name, il.name, ix.seqno";
    private static final String FOREIGN_KEY_QUERY = "SELECT s.name, f.id, f.\"table\", f.\"from\", f.\"to\","
            + " f.on_delete, f.on_update" + TABLES + " JOIN pragma_foreign_key_list(s.name) f" + ORDINARY
            + " ORDER BY s.name, f.id, f.seq";

    private record ColumnRow(String name, String type, boolean notNull, String defaultValue, int pk, int hidden) {
    }

    private record IndexRow(String name, boolean unique, String origin, List<String> columns, boolean partial, String sql) {
    }

    private record ForeignKeyRow(int id, String table, List<String> from, List<String> to, String onDelete,
                                 String onUpdate) {
    }

    @Override
    public SchemaModel read(Connection connection, Predicate<String> includeTable) {
        Map<String, String> createSql = new LinkedHashMap<>();
        Map<String, List<ColumnRow>> columns = new LinkedHashMap<>();
        Map<String, Map<String, IndexRow>> indexes = new LinkedHashMap<>();
        Map<String, Map<Integer, ForeignKeyRow>> foreignKeys = new LinkedHashMap<>();
        List<String> views = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>();
        Map<String, String> indexSql = new java.util.HashMap<>();
        try (Statement st = connection.createStatement()) {
            run(st, TABLE_QUERY, "tables", rs -> {
                if (rs.getString(3).equals("view")) {
                    views.add(rs.getString(1));
                } else if (rs.getString(3).equals("index")) {
                    if (rs.getString(2) != null) {
                        indexSql.put(rs.getString(1), rs.getString(2));
                    }
                } else if (rs.getString(3).equals("trigger")) {
                    triggers.add(new Trigger(rs.getString(1), rs.getString(4), rs.getString(2)));
                } else {
                    createSql.put(rs.getString(1), rs.getString(2));
                }
            });
            run(st, COLUMN_QUERY, "columns", rs -> columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new ColumnRow(rs.getString(2), rs.getString(3), rs.getInt(4) != 0, rs.getString(5),
                            rs.getInt(6), rs.getInt(7))));
            run(st, INDEX_QUERY, "indexes", rs -> {
                String table = rs.getString(1);
                String index = rs.getString(2);
                boolean unique = rs.getInt(3) != 0;
                String origin = rs.getString(4);
                boolean partial = rs.getInt(6) != 0;
                String sql = indexSql.get(index);
                indexes.computeIfAbsent(table, k -> new LinkedHashMap<>())
                        .computeIfAbsent(index, k -> new IndexRow(k, unique, origin, new ArrayList<>(), partial, sql))
                        .columns().add(rs.getString(5));
            });
            run(st, FOREIGN_KEY_QUERY, "foreign keys", rs -> {
                String table = rs.getString(1);
                int id = rs.getInt(2);
                String target = rs.getString(3);
                String onDelete = rs.getString(6);
                String onUpdate = rs.getString(7);
                ForeignKeyRow fk = foreignKeys.computeIfAbsent(table, k -> new LinkedHashMap<>())
                        .computeIfAbsent(id, k -> new ForeignKeyRow(k, target, new ArrayList<>(), new ArrayList<>(),
                                onDelete, onUpdate));
                fk.from().add(rs.getString(4));
                fk.to().add(rs.getString(5));
            });
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.DATABASE, "could not open a statement to read the SQLite catalog: "
                    + e.getMessage(), e);
        }

        Map<String, List<ColumnRow>> byLowerName = new LinkedHashMap<>();
        columns.forEach((table, rows) -> byLowerName.put(table.toLowerCase(Locale.ROOT), rows));
        Map<String, String> tableNames = new LinkedHashMap<>();
        createSql.keySet().forEach(t -> tableNames.put(t.toLowerCase(Locale.ROOT), t));

        List<Table> tables = new ArrayList<>();
        List<dev.retort.model.Sequence> sequences = new ArrayList<>();
        for (Map.Entry<String, String> entry : createSql.entrySet()) {
            String name = entry.getKey();
            if (!includeTable.test(name)) {
                continue;
            }
            ParsedTable parsed = CreateTableParser.parse(entry.getValue());
            List<ColumnRow> rows = columns.getOrDefault(name, List.of());
            if (isSequenceTable(rows, indexes.getOrDefault(name, Map.of()), foreignKeys.getOrDefault(name, Map.of()), parsed)) {
                // SQLite has no sequences: Hibernate (and Retort's createSequence) keep the next value in a
                // one-column next_val table; its start and increment are not recorded anywhere
                sequences.add(new dev.retort.model.Sequence(name, 1, 1));
                continue;
            }
            tables.add(new Table(name, columns(rows, parsed), primaryKey(rows),
                    indexes(indexes.getOrDefault(name, Map.of())),
                    uniques(indexes.getOrDefault(name, Map.of()), parsed),
                    foreignKeys(name, foreignKeys.getOrDefault(name, Map.of()), parsed, tableNames, byLowerName),
                    parsed.checks()));
        }
        List<String> read = tables.stream().map(Table::name).toList();
        return new SchemaModel(tables, sequences, List.of(), views,
                triggers.stream().filter(t -> read.stream().anyMatch(t::isOn)).toList());
    }

    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void run(Statement st, String query, String what, RowHandler handler) {
        try (ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                handler.accept(rs);
            }
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.DATABASE, "could not read the " + what + " of the SQLite catalog: "
                    + e.getMessage() + " (query: " + query + ")", e);
        }
    }

    private static List<Column> columns(List<ColumnRow> rows, ParsedTable parsed) {
        boolean rowidAlias = isRowidAlias(rows, parsed);
        List<Column> out = new ArrayList<>();
        for (ColumnRow r : rows) {
            if (r.hidden() != 0) {
                continue;
            }
            boolean keyedRowid = rowidAlias && r.pk() > 0;
            boolean notNull = r.notNull() || keyedRowid || (parsed.withoutRowid() && r.pk() > 0);
            out.add(new Column(r.name(), SqliteTypes.parse(r.type()), !notNull,
                    DefaultExpression.normalise(r.defaultValue()), keyedRowid && parsed.autoincrement()));
        }
        return out;
    }

    /**
     * A rowid table whose primary key is one column declared exactly INTEGER: that column is the rowid
     * (https://www.sqlite.org/lang_createtable.html#rowid).
     */
    private static boolean isRowidAlias(List<ColumnRow> rows, ParsedTable parsed) {
        List<ColumnRow> keys = rows.stream().filter(r -> r.pk() > 0).toList();
        return !parsed.withoutRowid() && keys.size() == 1 && "INTEGER".equalsIgnoreCase(keys.get(0).type().strip());
    }

    private static List<String> primaryKey(List<ColumnRow> rows) {
        return rows.stream().filter(r -> r.pk() > 0 && r.hidden() == 0).sorted(Comparator.comparingInt(ColumnRow::pk))
                .map(ColumnRow::name).toList();
    }

    /**
     * CREATE INDEX indexes. Expression keys and partial-index predicates are not in the pragmas, so they are
     * taken from the stored {@code CREATE INDEX} text (sqlite.org/expridx.html, sqlite.org/partialindex.html).
     */
    private static boolean isSequenceTable(List<ColumnRow> rows, Map<String, IndexRow> indexes,
                                           Map<Integer, ForeignKeyRow> foreignKeys, ParsedTable parsed) {
        return rows.size() == 1 && rows.get(0).name().equalsIgnoreCase("next_val") && rows.get(0).pk() == 0
                && indexes.isEmpty() && foreignKeys.isEmpty() && parsed.checks().isEmpty();
    }

    private static List<Index> indexes(Map<String, IndexRow> rows) {
        return rows.values().stream()
                .filter(r -> r.origin().equals("c"))
                .map(r -> {
                    if (!r.partial() && !r.columns().contains(null)) {
                        return new Index(r.name(), r.columns(), r.unique());
                    }
                    IndexSql parsed = IndexSql.parse(r.sql());
                    List<String> keys = r.columns().contains(null) ? parsed.keys() : r.columns();
                    return new Index(r.name(), keys, r.unique(), "", parsed.where());
                })
                .toList();
    }

    /** The automatic indexes of UNIQUE constraints, in declaration order ({@code sqlite_autoindex_<table>_<n>}). */
    private static List<UniqueConstraint> uniques(Map<String, IndexRow> rows, ParsedTable parsed) {
        List<IndexRow> auto = rows.values().stream().filter(r -> r.origin().equals("u") && !r.columns().contains(null))
                .sorted(Comparator.comparingInt(r -> autoindexNumber(r.name()))).toList();
        List<ParsedUnique> written = new ArrayList<>(parsed.uniques());
        List<UniqueConstraint> out = new ArrayList<>();
        for (IndexRow r : auto) {
            Optional<String> name = Optional.empty();
            for (int i = 0; i < written.size(); i++) {
                if (sameNames(written.get(i).columns(), r.columns())) {
                    name = written.remove(i).name();
                    break;
                }
            }
            out.add(new UniqueConstraint(name, r.columns()));
        }
        return out;
    }

    private static int autoindexNumber(String indexName) {
        int i = indexName.length();
        while (i > 0 && Character.isDigit(indexName.charAt(i - 1))) {
            i--;
        }
        return i == indexName.length() ? Integer.MAX_VALUE : Integer.parseInt(indexName.substring(i));
    }

    /**
     * Foreign keys in declaration order (SQLite numbers them last-declared first). Referenced names take the
     * catalog's spelling; an empty referenced column list means the referenced table's primary key.
     */
    private static List<ForeignKey> foreignKeys(String table, Map<Integer, ForeignKeyRow> rows, ParsedTable parsed,
                                                Map<String, String> tableNames, Map<String, List<ColumnRow>> columns) {
        List<ForeignKeyRow> ordered = rows.values().stream()
                .sorted(Comparator.comparingInt(ForeignKeyRow::id).reversed()).toList();
        List<ParsedForeignKey> written = new ArrayList<>(parsed.foreignKeys());
        List<ForeignKey> out = new ArrayList<>();
        for (ForeignKeyRow r : ordered) {
            String target = tableNames.getOrDefault(r.table().toLowerCase(Locale.ROOT), r.table());
            List<ColumnRow> targetColumns = columns.getOrDefault(target.toLowerCase(Locale.ROOT), List.of());
            List<String> referenced;
            if (r.to().stream().allMatch(c -> c == null || c.isEmpty())) {
                referenced = primaryKey(targetColumns);
                if (referenced.size() != r.from().size()) {
                    throw new RetortException(ErrorCode.DATABASE, "foreign key " + table + r.from() + " references the"
                            + " primary key of " + r.table() + ", which " + (targetColumns.isEmpty() ? "does not exist"
                            : "has " + referenced.size() + " column(s)") + "; name the referenced columns in the schema");
                }
            } else {
                referenced = r.to().stream().map(c -> canonicalColumn(targetColumns, c)).toList();
            }
            Optional<String> name = Optional.empty();
            for (int i = 0; i < written.size(); i++) {
                ParsedForeignKey p = written.get(i);
                if (sameNames(p.columns(), r.from()) && p.referencedTable().equalsIgnoreCase(r.table())) {
                    name = written.remove(i).name();
                    break;
                }
            }
            List<String> from = r.from().stream().map(c -> canonicalColumn(columns.getOrDefault(
                    table.toLowerCase(Locale.ROOT), List.of()), c)).toList();
            out.add(new ForeignKey(name, from, target, referenced, ReferentialAction.parse(r.onDelete()),
                    ReferentialAction.parse(r.onUpdate())));
        }
        return out;
    }

    private static String canonicalColumn(List<ColumnRow> columns, String name) {
        return columns.stream().map(ColumnRow::name).filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(name);
    }

    /** SQLite identifiers compare without regard to ASCII case. */
    private static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
