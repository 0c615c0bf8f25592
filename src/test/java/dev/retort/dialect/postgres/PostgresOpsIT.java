package dev.retort.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.introspect.postgres.PostgresCatalogReader;
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
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.AlterPrimaryKey;
import dev.retort.ops.AlterTableComment;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.MigrationPlan;
import dev.retort.ops.ModelFolder;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.testing.PostgresServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every op's statements run on a real PostgreSQL database holding rows; the catalog and the rows show that the
 * change happened and nothing was lost. Each test has a database of its own.
 */
class PostgresOpsIT {

    private final PostgresDialect dialect = new PostgresDialect();
    private Connection db;
    /** The schema as the ops so far left it, as the migration runner tracks it. */
    private SchemaModel model = SchemaModel.EMPTY;

    @BeforeEach
    void connect() throws SQLException {
        db = PostgresServer.newDatabase().connect();
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    /**
     * With {@code standard_conforming_strings = off} a backslash escapes the next quote inside a plain literal: a
     * comment, label or inserted value ending in {@code \'} would close the literal early and run the rest as SQL.
     * Every literal Retort writes means the same under both settings.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "standard_conforming_strings = {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"off", "on"})
    void literalsCannotBeBrokenOutOfUnderAnyServerSetting(String setting) throws SQLException {
        exec("SET standard_conforming_strings = " + setting);
        exec("CREATE TABLE victim (id integer)");
        String hostile = "x\\'; DROP TABLE victim; --";
        String backslashes = "C:\\temp\\new \\\\ end\\";
        apply(new CreateTable(Table.builder("notes").column(col("id", INT, false)).column(col("body", TEXT, true))
                .column(col("raw", ColumnType.of(TypeKind.BINARY), true)).build()));
        apply(new AlterTableComment("notes", Optional.empty(), Optional.of(hostile)));
        apply(new BulkInsert("notes", List.of(
                Map.of("id", 1, "body", hostile, "raw", new byte[] {0x5c, 0x27, 0x00}),
                Map.of("id", 2, "body", backslashes, "raw", new byte[] {(byte) 0xde, (byte) 0xad}))));
        apply(new CreateEnumType(new EnumType("tricky", List.of(hostile, backslashes))));
        assertThat(count("SELECT count(*) FROM victim")).as("the victim table survives").isZero();
        assertThat(one("SELECT obj_description('notes'::regclass, 'pg_class')")).isEqualTo(hostile);
        assertThat(strings("SELECT body FROM notes ORDER BY id")).containsExactly(hostile, backslashes);
        assertThat(strings("SELECT encode(raw, 'hex') FROM notes ORDER BY id")).containsExactly("5c2700", "dead");
        assertThat(strings("SELECT enumlabel FROM pg_enum WHERE enumtypid = 'tricky'::regtype ORDER BY enumsortorder"))
                .containsExactly(hostile, backslashes);
    }

    /** Index keys that name columns are those columns, whatever characters the names hold; not expressions. */
    @Test
    void indexKeysThatNameColumnsAreQuotedAsColumns() throws SQLException {
        Table odd = Table.builder("odd").column(col("id", INT, false)).column(col("a-b", INT, true))
                .column(col("col;semi", TEXT, true)).column(col("Naïve", TEXT, true)).primaryKey(List.of("id"))
                .index(new Index("ix_odd_all", List.of("a-b", "col;semi", "Naïve"), false, "", Optional.empty()))
                .build();
        apply(new CreateTable(odd));
        apply(new CreateIndex("odd", new Index("ix_odd_ab", List.of("a-b"), true, "", Optional.empty())));
        assertThat(strings("SELECT a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(attnum, n)"
                + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
                + " WHERE c.relname = 'ix_odd_all' ORDER BY k.n")).containsExactly("a-b", "col;semi", "naïve");
        assertThat(one("SELECT indexprs IS NULL FROM pg_index WHERE indexrelid = 'ix_odd_ab'::regclass"))
                .isEqualTo("t");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private List<String> apply(MigrationOp op) throws SQLException {
        List<String> statements = dialect.statements(op, model);
        for (String s : statements) {
            exec(s);
        }
        if (!(op instanceof ExecuteSql)) {
            model = ModelFolder.apply(model, op);
        }
        return statements;
    }

    private void exec(String sql) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute(sql);
        }
    }

    private List<String> strings(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private String one(String sql, Object... params) throws SQLException {
        List<String> values = strings(sql, params);
        assertThat(values).as(sql).hasSize(1);
        return values.get(0);
    }

    private long count(String sql, Object... params) throws SQLException {
        return Long.parseLong(one(sql, params));
    }

    /** What the catalog says about a column: its type as format_type spells it, NOT NULL, default, identity. */
    private record ColumnInfo(String type, boolean notNull, String defaultExpr, boolean identity) {
    }

    private ColumnInfo column(String table, String column) throws SQLException {
        String sql = "SELECT format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid),"
                + " a.attidentity <> '' FROM pg_attribute a"
                + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                + " WHERE a.attrelid = to_regclass(?) AND a.attname = ? AND NOT a.attisdropped";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, dialect.quoteQualified(table));
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("column %s.%s exists", table, column).isTrue();
                return new ColumnInfo(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getBoolean(4));
            }
        }
    }

    private boolean hasColumn(String table, String column) throws SQLException {
        return count("SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass(?) AND attname = ?"
                + " AND NOT attisdropped", dialect.quoteQualified(table), column) == 1;
    }

    private boolean tableExists(String qualifiedName) throws SQLException {
        return one("SELECT to_regclass(?) IS NOT NULL", dialect.quoteQualified(qualifiedName)).equals("t");
    }

    private List<String> constraints(String table) throws SQLException {
        return strings("SELECT conname || ':' || contype::text FROM pg_constraint WHERE conrelid = to_regclass(?)"
                + " ORDER BY conname", dialect.quoteQualified(table));
    }

    private static String sqlState(SQLException e) {
        return e.getSQLState();
    }

    private static void assertFailsWith(String state, ThrowingRunnable r) {
        assertThatThrownBy(r::run).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(sqlState((SQLException) e)).as(e.getMessage()).isEqualTo(state));
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static Column col(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, Optional.empty(), false);
    }

    private static final ColumnType INT = ColumnType.of(TypeKind.INTEGER);
    private static final ColumnType BIGINT = ColumnType.of(TypeKind.BIGINT);
    private static final ColumnType TEXT = ColumnType.of(TypeKind.TEXT);

    /** people(id bigint PK, name varchar(50)) with three rows. */
    private void people() throws SQLException {
        apply(new CreateTable(Table.builder("people")
                .column(col("id", BIGINT, false))
                .column(col("name", ColumnType.varchar(50), true))
                .primaryKey(List.of("id"))
                .build()));
        exec("INSERT INTO people (id, name) VALUES (1, 'Ann'), (2, 'Bob'), (3, NULL)");
    }

    private List<String> names() throws SQLException {
        return strings("SELECT coalesce(name, '<null>') FROM people ORDER BY id");
    }

    private Column peopleColumn(String name) {
        return model.table("people").orElseThrow().column(name).orElseThrow();
    }

    // ---- tables and columns ----------------------------------------------------------------------------------

    @Test
    void createTableWritesEveryColumnAttributeAndConstraint() throws SQLException {
        apply(new CreateTable(Table.builder("teams").column(col("id", BIGINT, false)).primaryKey(List.of("id")).build()));
        apply(new CreateTable(Table.builder("users")
                .column(new Column("id", BIGINT, false, Optional.empty(), true))
                .column(col("email", ColumnType.varchar(80), false))
                .column(new Column("score", INT, false, Optional.of("0"), false))
                .column(new Column("created", ColumnType.of(TypeKind.TIMESTAMPTZ), false, Optional.of("now()"), false))
                .column(new Column("price", ColumnType.numeric(10, 2), true, Optional.of("1.50"), false))
                .column(col("team_id", BIGINT, true))
                .primaryKey(List.of("id"))
                .unique(new UniqueConstraint(Optional.of("uq_users_email"), List.of("email")))
                .foreignKey(new ForeignKey(Optional.of("fk_users_team"), List.of("team_id"), "teams", List.of("id"),
                        ReferentialAction.SET_NULL))
                .check(new CheckConstraint(Optional.of("ck_users_score"), "score >= 0"))
                .index(new Index("ix_users_team", List.of("team_id"), false))
                .build()));
        assertThat(column("users", "id")).isEqualTo(new ColumnInfo("bigint", true, null, true));
        assertThat(column("users", "email")).isEqualTo(new ColumnInfo("character varying(80)", true, null, false));
        assertThat(column("users", "score")).isEqualTo(new ColumnInfo("integer", true, "0", false));
        assertThat(column("users", "created")).isEqualTo(new ColumnInfo("timestamp with time zone", true, "now()", false));
        assertThat(column("users", "price")).isEqualTo(new ColumnInfo("numeric(10,2)", false, "1.50", false));
        assertThat(constraints("users")).containsExactly("ck_users_score:c", "fk_users_team:f", "uq_users_email:u",
                "users_pkey:p");
        assertThat(one("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'fk_users_team'"))
                .isEqualTo("FOREIGN KEY (team_id) REFERENCES teams(id) ON DELETE SET NULL");
        assertThat(strings("SELECT indexname FROM pg_indexes WHERE tablename = 'users' ORDER BY 1"))
                .containsExactly("ix_users_team", "uq_users_email", "users_pkey");
        exec("INSERT INTO users (email) VALUES ('a@x'), ('b@x')");
        assertThat(strings("SELECT id || ':' || score || ':' || price FROM users ORDER BY id"))
                .containsExactly("1:0:1.50", "2:0:1.50");
    }

    @Test
    void renameTableAndColumnKeepTheRows() throws SQLException {
        people();
        apply(new RenameTable("people", "persons"));
        assertThat(tableExists("people")).isFalse();
        assertThat(strings("SELECT name FROM persons WHERE name IS NOT NULL ORDER BY id")).containsExactly("Ann", "Bob");
        apply(new RenameColumn("persons", "name", "full_name"));
        assertThat(hasColumn("persons", "name")).isFalse();
        assertThat(column("persons", "full_name").type()).isEqualTo("character varying(50)");
        assertThat(strings("SELECT full_name FROM persons WHERE full_name IS NOT NULL ORDER BY id"))
                .containsExactly("Ann", "Bob");
    }

    @Test
    void addAndDropColumns() throws SQLException {
        people();
        apply(new AddColumn("people", new Column("active", ColumnType.of(TypeKind.BOOLEAN), false,
                Optional.of("true"), false)));
        assertThat(column("people", "active")).isEqualTo(new ColumnInfo("boolean", true, "true", false));
        assertThat(strings("SELECT active FROM people ORDER BY id")).containsExactly("t", "t", "t");
        apply(new DropColumn("people", peopleColumn("active")));
        assertThat(hasColumn("people", "active")).isFalse();
        assertThat(names()).containsExactly("Ann", "Bob", "<null>");
        apply(new DropTable(model.table("people").orElseThrow()));
        assertThat(tableExists("people")).isFalse();
    }

    @Test
    void addAnIdentityColumnToATableWithRows() throws SQLException {
        people();
        apply(new AddColumn("people", new Column("serial_no", INT, false, Optional.empty(), true)));
        assertThat(column("people", "serial_no")).isEqualTo(new ColumnInfo("integer", true, null, true));
        assertThat(strings("SELECT serial_no FROM people ORDER BY serial_no")).containsExactly("1", "2", "3");
        exec("INSERT INTO people (id, name) VALUES (4, 'Dee')");
        assertThat(one("SELECT serial_no FROM people WHERE id = 4")).isEqualTo("4");
    }

    @Test
    void primaryKeyAddedWithANewIdentityColumnChangedAndDroppedOnATableWithRows() throws SQLException {
        apply(new CreateTable(Table.builder("events").column(col("payload", TEXT, true)).build()));
        exec("INSERT INTO events (payload) VALUES ('a'), ('b'), ('c')");
        apply(new AddColumn("events", new Column("id", BIGINT, false, Optional.empty(), true)));
        List<String> add = apply(new AlterPrimaryKey("events", List.of(), List.of("id")));
        assertThat(add).containsExactly("ALTER TABLE \"events\" ADD PRIMARY KEY (\"id\")");
        assertThat(constraints("events")).containsExactly("events_pkey:p");
        assertFailsWith("23505", () -> exec("INSERT INTO events (id, payload) OVERRIDING SYSTEM VALUE VALUES (1, 'dup')"));

        // drop and add run as one statement: the table is never without a key
        List<String> change = apply(new AlterPrimaryKey("events", List.of("id"), List.of("payload", "id")));
        assertThat(change).containsExactly(
                "ALTER TABLE \"events\" DROP CONSTRAINT \"events_pkey\", ADD PRIMARY KEY (\"payload\", \"id\")");
        assertThat(constraints("events")).containsExactly("events_pkey:p");
        assertThat(column("events", "payload").notNull()).as("a key column is NOT NULL").isTrue();
        exec("INSERT INTO events (id, payload) OVERRIDING SYSTEM VALUE VALUES (1, 'other')");

        apply(new AlterPrimaryKey("events", List.of("payload", "id"), List.of()));
        assertThat(constraints("events")).isEmpty();
        exec("INSERT INTO events (id, payload) OVERRIDING SYSTEM VALUE VALUES (1, 'other')");
        assertThat(count("SELECT count(*) FROM events")).isEqualTo(5);
        // restoring a key over duplicates fails rather than losing rows
        assertFailsWith("23505", () -> apply(new AlterPrimaryKey("events", List.of(), List.of("id"))));
    }

    @Test
    void primaryKeyOfATableInAnotherSchemaIsNamedAfterTheBareTable() throws SQLException {
        apply(new CreateTable(Table.builder("audit.entries").column(col("id", BIGINT, false))
                .column(col("seq", INT, false)).primaryKey(List.of("id")).build()));
        exec("INSERT INTO audit.entries (id, seq) VALUES (1, 1), (2, 1)");
        apply(new AlterPrimaryKey("audit.entries", List.of("id"), List.of("id", "seq")));
        assertThat(constraints("audit.entries")).containsExactly("entries_pkey:p");
        assertThat(count("SELECT count(*) FROM audit.entries")).isEqualTo(2);
    }

    @Test
    void aRenamedTableKeepsADefaultNamedKeySoALaterKeyChangeFindsIt() throws SQLException {
        people();
        List<String> rename = apply(new RenameTable("people", "persons"));
        assertThat(rename).containsExactly("ALTER TABLE \"people\" RENAME TO \"persons\"",
                "ALTER TABLE \"persons\" RENAME CONSTRAINT \"people_pkey\" TO \"persons_pkey\"");
        assertThat(constraints("persons")).containsExactly("persons_pkey:p");
        // dropping the key by its default name works because the key was renamed along with the table
        apply(new AlterPrimaryKey("persons", List.of("id"), List.of()));
        assertThat(constraints("persons")).isEmpty();
        apply(new AlterPrimaryKey("persons", List.of(), List.of("id")));
        assertThat(constraints("persons")).containsExactly("persons_pkey:p");
        apply(new RenameTable("persons", "people"));
        assertThat(constraints("people")).containsExactly("people_pkey:p");
        assertThat(count("SELECT count(*) FROM people")).isEqualTo(3);
    }

    @Test
    void aKeyWithANameOfItsOwnIsDroppedByThatNameAndRestoredUnderIt() throws SQLException {
        apply(new CreateTable(Table.builder("accounts").column(col("id", BIGINT, false))
                .column(col("code", ColumnType.varchar(20), false)).primaryKey(List.of("id"))
                .primaryKeyName("pk_accounts").build()));
        assertThat(constraints("accounts")).containsExactly("pk_accounts:p");
        exec("INSERT INTO accounts (id, code) VALUES (1, 'a'), (2, 'b')");
        // a table rename leaves a key with a name of its own alone
        assertThat(apply(new RenameTable("accounts", "ledgers"))).hasSize(1);
        apply(new RenameTable("ledgers", "accounts"));
        assertThat(constraints("accounts")).containsExactly("pk_accounts:p");
        AlterPrimaryKey move = new AlterPrimaryKey("accounts", List.of("id"), List.of("code"),
                Optional.of("pk_accounts"), Optional.empty());
        assertThat(apply(move)).containsExactly(
                "ALTER TABLE \"accounts\" DROP CONSTRAINT \"pk_accounts\", ADD PRIMARY KEY (\"code\")");
        assertThat(constraints("accounts")).containsExactly("accounts_pkey:p");
        assertThat(apply(move.inverse())).containsExactly(
                "ALTER TABLE \"accounts\" DROP CONSTRAINT \"accounts_pkey\","
                        + " ADD CONSTRAINT \"pk_accounts\" PRIMARY KEY (\"id\")");
        assertThat(constraints("accounts")).containsExactly("pk_accounts:p");
        assertThat(model.table("accounts").orElseThrow().primaryKeyName()).contains("pk_accounts");
        assertThat(count("SELECT count(*) FROM accounts")).isEqualTo(2);
    }

    private String tableComment(String table) throws SQLException {
        return one("SELECT obj_description(to_regclass(?), 'pg_class')", dialect.quoteQualified(table));
    }

    private String columnComment(String table, String column) throws SQLException {
        return one("SELECT col_description(a.attrelid, a.attnum) FROM pg_attribute a"
                + " WHERE a.attrelid = to_regclass(?) AND a.attname = ?", dialect.quoteQualified(table), column);
    }

    @Test
    void commentsAreSetChangedKeptThroughRenamesAndRemoved() throws SQLException {
        apply(new CreateTable(Table.builder("app.notes")
                .column(col("id", BIGINT, false).withComment(Optional.of("Key")))
                .column(col("body", TEXT, true))
                .primaryKey(List.of("id"))
                .comment("Notes; \"quoted\" and 'single'")
                .build()));
        exec("INSERT INTO app.notes (id, body) VALUES (1, 'first')");
        assertThat(tableComment("app.notes")).isEqualTo("Notes; \"quoted\" and 'single'");
        assertThat(columnComment("app.notes", "id")).isEqualTo("Key");
        assertThat(columnComment("app.notes", "body")).isNull();

        Column author = col("author", ColumnType.varchar(40), true).withComment(Optional.of("Line 1\nZoë's line 2"));
        apply(new AddColumn("app.notes", author));
        assertThat(columnComment("app.notes", "author")).isEqualTo("Line 1\nZoë's line 2");

        Column wider = author.withType(ColumnType.varchar(80)).withComment(Optional.of("Who wrote it"));
        apply(new AlterColumn("app.notes", author, wider));
        assertThat(column("app.notes", "author").type()).isEqualTo("character varying(80)");
        assertThat(columnComment("app.notes", "author")).isEqualTo("Who wrote it");

        apply(new RenameColumn("app.notes", "author", "writer"));
        apply(new RenameTable("app.notes", "app.memos"));
        assertThat(columnComment("app.memos", "writer")).isEqualTo("Who wrote it");
        assertThat(tableComment("app.memos")).isEqualTo("Notes; \"quoted\" and 'single'");

        apply(new AlterColumn("app.memos", wider.withName("writer"), wider.withName("writer").withComment(Optional.empty())));
        apply(new AlterTableComment("app.memos", Optional.of("Notes; \"quoted\" and 'single'"), Optional.empty()));
        assertThat(columnComment("app.memos", "writer")).isNull();
        assertThat(tableComment("app.memos")).isNull();
        apply(new AlterTableComment("app.memos", Optional.empty(), Optional.of("Memos")));
        assertThat(tableComment("app.memos")).isEqualTo("Memos");
        assertThat(strings("SELECT body FROM app.memos")).containsExactly("first");
    }

    // ---- alter column ----------------------------------------------------------------------------------------

    @Test
    void alterVarchar50To100ThenToText() throws SQLException {
        people();
        Column name = peopleColumn("name");
        apply(new AlterColumn("people", name, name.withType(ColumnType.varchar(100))));
        assertThat(column("people", "name").type()).isEqualTo("character varying(100)");
        exec("INSERT INTO people (id, name) VALUES (4, repeat('x', 80))");
        assertThat(names()).startsWith("Ann", "Bob", "<null>");
        apply(new AlterColumn("people", peopleColumn("name"), name.withType(TEXT)));
        assertThat(column("people", "name").type()).isEqualTo("text");
        assertThat(names()).hasSize(4).startsWith("Ann", "Bob", "<null>");
    }

    @Test
    void narrowingAVarcharRejectsValuesTooLongInsteadOfCuttingThem() throws SQLException {
        people();
        Column name = peopleColumn("name");
        assertFailsWith("22001", () -> apply(new AlterColumn("people", name, name.withType(ColumnType.varchar(2)))));
    }

    @Test
    void alterIntegerToBigint() throws SQLException {
        apply(new CreateTable(Table.builder("counters").column(col("n", INT, false)).build()));
        exec("INSERT INTO counters VALUES (2147483647), (-5)");
        Column n = model.table("counters").orElseThrow().column("n").orElseThrow();
        assertThat(apply(new AlterColumn("counters", n, n.withType(BIGINT))))
                .containsExactly("ALTER TABLE \"counters\" ALTER COLUMN \"n\" TYPE bigint");
        assertThat(column("counters", "n").type()).isEqualTo("bigint");
        exec("UPDATE counters SET n = n + 1 WHERE n > 0");
        assertThat(strings("SELECT n FROM counters ORDER BY n")).containsExactly("-5", "2147483648");
    }

    @Test
    void textHoldingDigitsBecomesIntegerWithUsingAndItsDefaultFollows() throws SQLException {
        apply(new CreateTable(Table.builder("codes")
                .column(col("id", INT, false))
                .column(new Column("code", TEXT, true, Optional.of("'0'::text"), false))
                .build()));
        exec("INSERT INTO codes (id, code) VALUES (1, '42'), (2, ' 7'), (3, NULL)");
        exec("INSERT INTO codes (id) VALUES (4)");
        Column code = model.table("codes").orElseThrow().column("code").orElseThrow();
        List<String> sql = apply(new AlterColumn("codes", code,
                code.withType(INT).withDefault(Optional.of("10"))));
        assertThat(sql.get(0)).contains("USING \"code\"::integer");
        assertThat(column("codes", "code")).isEqualTo(new ColumnInfo("integer", false, "10", false));
        assertThat(strings("SELECT coalesce(code, -1) FROM codes ORDER BY id")).containsExactly("42", "7", "-1", "0");
        exec("INSERT INTO codes (id) VALUES (5)");
        assertThat(one("SELECT code FROM codes WHERE id = 5")).isEqualTo("10");
    }

    @Test
    void nullableToNotNullAndBack() throws SQLException {
        people();
        exec("UPDATE people SET name = 'Cy' WHERE name IS NULL");
        Column name = peopleColumn("name");
        apply(new AlterColumn("people", name, name.withNullable(false)));
        assertThat(column("people", "name").notNull()).isTrue();
        assertFailsWith("23502", () -> exec("INSERT INTO people (id) VALUES (9)"));
        apply(new AlterColumn("people", peopleColumn("name"), name));
        assertThat(column("people", "name").notNull()).isFalse();
        exec("INSERT INTO people (id) VALUES (9)");
        assertThat(names()).containsExactly("Ann", "Bob", "Cy", "<null>");
    }

    @Test
    void addChangeAndDropADefault() throws SQLException {
        people();
        Column name = peopleColumn("name");
        apply(new AlterColumn("people", name, name.withDefault(Optional.of("'anon'"))));
        assertThat(column("people", "name").defaultExpr()).isEqualTo("'anon'::character varying");
        exec("INSERT INTO people (id) VALUES (4)");
        apply(new AlterColumn("people", peopleColumn("name"), name.withDefault(Optional.of("'it''s me'"))));
        exec("INSERT INTO people (id) VALUES (5)");
        apply(new AlterColumn("people", peopleColumn("name"), name));
        assertThat(column("people", "name").defaultExpr()).isNull();
        exec("INSERT INTO people (id) VALUES (6)");
        assertThat(names()).containsExactly("Ann", "Bob", "<null>", "anon", "it's me", "<null>");
    }

    @Test
    void anExistingColumnWithValuesBecomesIdentityAndBack() throws SQLException {
        people();
        Column id = peopleColumn("id");
        Column identity = id.withIdentity(true);
        apply(new AlterColumn("people", id, identity));
        assertThat(column("people", "id")).isEqualTo(new ColumnInfo("bigint", true, null, true));
        exec("INSERT INTO people (name) VALUES ('Dee')");
        assertThat(one("SELECT id FROM people WHERE name = 'Dee'")).isEqualTo("4");
        // identity column widened to another integer type
        apply(new AlterColumn("people", identity, identity.withType(INT)));
        assertThat(column("people", "id")).isEqualTo(new ColumnInfo("integer", true, null, true));
        exec("INSERT INTO people (name) VALUES ('Eve')");
        assertThat(one("SELECT id FROM people WHERE name = 'Eve'")).isEqualTo("5");
        // a primary-key column stays NOT NULL
        apply(new AlterColumn("people", peopleColumn("id"), col("id", INT, false)));
        assertThat(column("people", "id")).isEqualTo(new ColumnInfo("integer", true, null, false));
        assertFailsWith("23502", () -> exec("INSERT INTO people (name) VALUES ('Fay')"));
        assertThat(names()).containsExactly("Ann", "Bob", "<null>", "Dee", "Eve");
    }

    @Test
    void identityDroppedFromANullableNonKeyColumnDropsNotNullToo() throws SQLException {
        apply(new CreateTable(Table.builder("tickets")
                .column(col("id", BIGINT, false))
                .column(new Column("no", INT, false, Optional.empty(), true))
                .primaryKey(List.of("id"))
                .build()));
        exec("INSERT INTO tickets (id) VALUES (1), (2)");
        Column no = model.table("tickets").orElseThrow().column("no").orElseThrow();
        apply(new AlterColumn("tickets", no, col("no", INT, true)));
        assertThat(column("tickets", "no")).isEqualTo(new ColumnInfo("integer", false, null, false));
        exec("INSERT INTO tickets (id) VALUES (3)");
        assertThat(strings("SELECT coalesce(no, 0) FROM tickets ORDER BY id")).containsExactly("1", "2", "0");
    }

    @Test
    void identityTurnedOnContinuesAfterTheLargestIdAndTurnedOffKeepsIdsForExplicitInserts()
            throws SQLException {
        people();
        Column assigned = peopleColumn("id");
        Column identity = assigned.withIdentity(true);
        apply(new AlterColumn("people", assigned, identity));
        assertThat(column("people", "id")).isEqualTo(new ColumnInfo("bigint", true, null, true));
        exec("INSERT INTO people (name) VALUES ('Dee')");
        assertThat(one("SELECT id FROM people WHERE name = 'Dee'")).as("rows 1..3 exist").isEqualTo("4");

        apply(new AlterColumn("people", identity, assigned));
        assertThat(column("people", "id")).isEqualTo(new ColumnInfo("bigint", true, null, false));
        assertThat(count("SELECT count(*) FROM pg_sequences WHERE schemaname = 'public'"))
                .as("the identity's sequence went with it").isZero();
        assertThat(strings("SELECT id || ':' || coalesce(name, '<null>') FROM people ORDER BY id"))
                .containsExactly("1:Ann", "2:Bob", "3:<null>", "4:Dee");
        exec("INSERT INTO people (id, name) VALUES (10, 'Eve')");
        assertFailsWith("23502", () -> exec("INSERT INTO people (name) VALUES ('Fay')"));

        // and on again: past the explicit 10, not after the 4 the old identity had handed out
        apply(new AlterColumn("people", assigned, identity));
        exec("INSERT INTO people (name) VALUES ('Gus')");
        assertThat(one("SELECT id FROM people WHERE name = 'Gus'")).isEqualTo("11");
    }

    @Test
    void identityTurnedOnForAnEmptyTableOrNegativeIdsStartsAtOne() throws SQLException {
        apply(new CreateTable(Table.builder("codes").column(col("id", INT, false)).primaryKey(List.of("id")).build()));
        Column assigned = model.table("codes").orElseThrow().column("id").orElseThrow();
        apply(new AlterColumn("codes", assigned, assigned.withIdentity(true)));
        exec("INSERT INTO codes DEFAULT VALUES");
        assertThat(strings("SELECT id FROM codes")).containsExactly("1");

        apply(new AlterColumn("codes", assigned.withIdentity(true), assigned));
        exec("UPDATE codes SET id = -5");
        apply(new AlterColumn("codes", assigned, assigned.withIdentity(true)));
        exec("INSERT INTO codes DEFAULT VALUES");
        assertThat(strings("SELECT id FROM codes ORDER BY id")).containsExactly("-5", "1");

        // off again, to a plain default
        apply(new AlterColumn("codes", assigned.withIdentity(true), assigned.withDefault(Optional.of("100"))));
        assertThat(column("codes", "id")).isEqualTo(new ColumnInfo("integer", true, "100", false));
        exec("INSERT INTO codes DEFAULT VALUES");
        assertThat(strings("SELECT id FROM codes ORDER BY id")).containsExactly("-5", "1", "100");
    }

    @Test
    void identityTurnedOffOnASerialColumnDropsItsDefaultAndSequence() throws SQLException {
        exec("CREATE TABLE tickets (id bigserial PRIMARY KEY, title text)");
        exec("INSERT INTO tickets (title) VALUES ('a'), ('b')");
        model = new PostgresCatalogReader().read(db, t -> true);
        Column serial = model.table("tickets").orElseThrow().column("id").orElseThrow();
        assertThat(serial.identity()).as("a serial column reads as identity").isTrue();
        apply(new AlterColumn("tickets", serial, serial.withIdentity(false)));
        assertThat(column("tickets", "id")).isEqualTo(new ColumnInfo("bigint", true, null, false));
        assertThat(new PostgresCatalogReader().read(db, t -> true)).as("the catalog, read again").isEqualTo(model);
        assertThat(count("SELECT count(*) FROM pg_sequences WHERE schemaname = 'public'")).isZero();
        exec("INSERT INTO tickets (id, title) VALUES (7, 'c')");
        assertThat(strings("SELECT id || ':' || title FROM tickets ORDER BY id")).containsExactly("1:a", "2:b", "7:c");

        apply(new AlterColumn("tickets", serial.withIdentity(false), serial));
        exec("INSERT INTO tickets (title) VALUES ('d')");
        assertThat(one("SELECT id FROM tickets WHERE title = 'd'")).isEqualTo("8");
    }

    // ---- constraints and indexes -----------------------------------------------------------------------------

    @Test
    void foreignKeyWithOnDeleteCascadeCascadesAndCanBeDropped() throws SQLException {
        people();
        apply(new CreateTable(Table.builder("pets").column(col("id", INT, false)).column(col("owner_id", BIGINT, true))
                .primaryKey(List.of("id")).build()));
        exec("INSERT INTO pets VALUES (10, 1), (11, 1), (12, 2)");
        ForeignKey fk = new ForeignKey(Optional.of("fk_pets_owner"), List.of("owner_id"), "people", List.of("id"),
                ReferentialAction.CASCADE);
        apply(new AddForeignKey("pets", fk));
        assertThat(constraints("pets")).contains("fk_pets_owner:f");
        assertFailsWith("23503", () -> exec("INSERT INTO pets VALUES (13, 99)"));
        exec("DELETE FROM people WHERE id = 1");
        assertThat(strings("SELECT id FROM pets ORDER BY id")).containsExactly("12");
        apply(new DropForeignKey("pets", fk));
        assertThat(constraints("pets")).doesNotContain("fk_pets_owner:f");
        exec("INSERT INTO pets VALUES (13, 99)");
    }

    @Test
    void uniqueConstraintIsEnforcedUntilDropped() throws SQLException {
        people();
        UniqueConstraint uq = new UniqueConstraint(Optional.of("uq_people_name"), List.of("name"));
        apply(new AddUniqueConstraint("people", uq));
        assertThat(constraints("people")).contains("uq_people_name:u");
        assertFailsWith("23505", () -> exec("INSERT INTO people VALUES (4, 'Ann')"));
        apply(new DropUniqueConstraint("people", uq));
        exec("INSERT INTO people VALUES (4, 'Ann')");
        assertThat(count("SELECT count(*) FROM people WHERE name = 'Ann'")).isEqualTo(2);
    }

    @Test
    void checkConstraintIsEnforcedUntilDroppedAndAnUnnamedOneCanBeAdded() throws SQLException {
        people();
        CheckConstraint ck = new CheckConstraint(Optional.of("ck_people_name"), "length(name) > 1");
        apply(new AddCheckConstraint("people", ck));
        assertFailsWith("23514", () -> exec("INSERT INTO people VALUES (4, 'Z')"));
        apply(new DropCheckConstraint("people", ck));
        exec("INSERT INTO people VALUES (4, 'Z')");
        apply(new AddCheckConstraint("people", new CheckConstraint(Optional.empty(), "id < 100")));
        assertThat(constraints("people")).anyMatch(c -> c.endsWith(":c"));
        assertFailsWith("23514", () -> exec("INSERT INTO people VALUES (100, 'Al')"));
    }

    @Test
    void ginIndexesOnJsonbAndTextArray() throws SQLException {
        apply(new CreateTable(Table.builder("docs")
                .column(col("id", INT, false))
                .column(col("body", ColumnType.of(TypeKind.JSONB), true))
                .column(col("tags", ColumnType.other("text[]"), true))
                .primaryKey(List.of("id"))
                .index(new Index("ix_docs_tags", List.of("tags"), false, "gin", Optional.empty()))
                .build()));
        exec("INSERT INTO docs VALUES (1, '{\"a\": 1}', ARRAY['x', 'y']), (2, '{\"b\": 2}', ARRAY['z'])");
        Index body = new Index("ix_docs_body", List.of("body jsonb_path_ops"), false, "gin", Optional.empty());
        apply(new CreateIndex("docs", body));
        String methods = "SELECT c.relname || ':' || am.amname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " JOIN pg_am am ON am.oid = c.relam WHERE i.indrelid = 'docs'::regclass AND NOT i.indisprimary"
                + " ORDER BY 1";
        assertThat(strings(methods)).containsExactly("ix_docs_body:gin", "ix_docs_tags:gin");
        assertThat(one("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_docs_body'")).contains("jsonb_path_ops");
        assertThat(strings("SELECT id FROM docs WHERE tags @> ARRAY['y'] OR body @> '{\"b\": 2}'"))
                .containsExactlyInAnyOrder("1", "2");
        apply(new DropIndex("docs", body));
        assertThat(strings(methods)).containsExactly("ix_docs_tags:gin");
    }

    @Test
    void partialAndExpressionIndexes() throws SQLException {
        people();
        Index partial = new Index("uq_people_live_name", List.of("name"), true, "", Optional.of("id < 10"));
        apply(new CreateIndex("people", partial));
        assertThat(one("SELECT pg_get_expr(indpred, indrelid) FROM pg_index WHERE indexrelid = 'uq_people_live_name'::regclass"))
                .isEqualTo("(id < 10)");
        assertFailsWith("23505", () -> exec("INSERT INTO people VALUES (5, 'Ann')"));
        exec("INSERT INTO people VALUES (50, 'Ann')");
        apply(new CreateIndex("people", new Index("ix_people_lower", List.of("lower(name)", "id + 1"), false)));
        assertThat(one("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_people_lower'"))
                .contains("lower((name)::text)").contains("(id + 1)");
    }

    // ---- sequences, enum types, data -------------------------------------------------------------------------

    @Test
    void sequenceHasItsStartAndIncrement() throws SQLException {
        Sequence seq = new Sequence("invoice_seq", 100, 50);
        apply(new CreateSequence(seq));
        assertThat(one("SELECT start_value || ':' || increment_by FROM pg_sequences WHERE sequencename = 'invoice_seq'"))
                .isEqualTo("100:50");
        assertThat(one("SELECT nextval('invoice_seq')")).isEqualTo("100");
        assertThat(one("SELECT nextval('invoice_seq')")).isEqualTo("150");
        apply(new DropSequence(seq));
        assertThat(count("SELECT count(*) FROM pg_sequences WHERE sequencename = 'invoice_seq'")).isZero();
    }

    @Test
    void sequencesStartingBeyondTheDefaultBounds() throws SQLException {
        apply(new CreateSequence(new Sequence("countdown_seq", 100, -10)));
        apply(new CreateSequence(new Sequence("zero_seq", 0, 1)));
        assertThat(one("SELECT nextval('countdown_seq')")).isEqualTo("100");
        assertThat(one("SELECT nextval('countdown_seq')")).isEqualTo("90");
        assertThat(one("SELECT nextval('zero_seq')")).isEqualTo("0");
        assertThat(one("SELECT start_value || ':' || increment_by FROM pg_sequences WHERE sequencename = 'countdown_seq'"))
                .isEqualTo("100:-10");
    }

    @Test
    void sequenceIncrementAndStartChangeInPlaceAndTheNextValueFollowsOn() throws SQLException {
        Sequence one = new Sequence("ticket_seq", 1, 1);
        apply(new CreateSequence(one));
        one("SELECT nextval('ticket_seq')");
        one("SELECT nextval('ticket_seq')");
        Sequence fifty = new Sequence("ticket_seq", 1, 50);
        assertThat(apply(new AlterSequence(one, fifty))).containsExactly("ALTER SEQUENCE \"ticket_seq\" INCREMENT BY 50");
        assertThat(one("SELECT start_value || ':' || increment_by FROM pg_sequences WHERE sequencename = 'ticket_seq'"))
                .isEqualTo("1:50");
        assertThat(one("SELECT nextval('ticket_seq')")).as("2 was handed out last").isEqualTo("52");
        // a new start is only what RESTART would go back to: the sequence goes on from its current value
        apply(new AlterSequence(fifty, new Sequence("ticket_seq", 0, 50)));
        assertThat(one("SELECT start_value || ':' || min_value FROM pg_sequences WHERE sequencename = 'ticket_seq'"))
                .isEqualTo("0:0");
        assertThat(one("SELECT nextval('ticket_seq')")).isEqualTo("102");
        apply(new AlterSequence(new Sequence("ticket_seq", 0, 50), one));
        assertThat(one("SELECT start_value || ':' || increment_by FROM pg_sequences WHERE sequencename = 'ticket_seq'"))
                .isEqualTo("1:1");
        assertThat(one("SELECT nextval('ticket_seq')")).isEqualTo("103");
    }

    /** diary(id, feeling mood NOT NULL DEFAULT 'ok', past mood[], note) with indexes and a check, and audit.moods. */
    private void diary(EnumType mood) throws SQLException {
        apply(new CreateEnumType(mood));
        apply(new CreateTable(Table.builder("diary")
                .column(col("id", INT, false))
                .column(new Column("feeling", ColumnType.other("mood"), false, Optional.of("'ok'"), false))
                .column(col("past", ColumnType.other("mood[]"), true))
                .column(col("note", TEXT, true))
                .primaryKey(List.of("id"))
                .index(new Index("ix_diary_feeling", List.of("feeling"), false))
                .index(new Index("ix_diary_sad", List.of("id"), false, "", Optional.of("feeling = 'sad'")))
                .check(new CheckConstraint(Optional.of("ck_diary_note"), "feeling <> 'sad' OR note IS NOT NULL"))
                .build()));
        apply(new CreateTable(Table.builder("audit.moods").column(col("mood", ColumnType.other("mood"), true)).build()));
        exec("INSERT INTO diary (id, feeling, past, note) VALUES (1, 'sad', '{ok,sad}', 'rain'), (2, 'ok', NULL, NULL)");
        exec("INSERT INTO diary (id) VALUES (3)");
        exec("INSERT INTO audit.moods VALUES ('sad'), (NULL)");
    }

    private List<String> labels(String type) throws SQLException {
        return strings("SELECT enumlabel FROM pg_enum WHERE enumtypid = to_regtype(?) ORDER BY enumsortorder", type);
    }

    private List<String> diaryRows() throws SQLException {
        return strings("SELECT id || ' ' || feeling || ' ' || coalesce(past::text, '-') || ' ' || coalesce(note, '-')"
                + " FROM diary ORDER BY id");
    }

    @Test
    void enumLabelsAreAddedInPlaceInsideATransactionButUsableOnlyAfterCommit() throws SQLException {
        EnumType mood = new EnumType("mood", List.of("sad", "ok"));
        diary(mood);
        EnumType more = new EnumType("mood", List.of("awful", "sad", "ok", "fine", "happy"));
        db.setAutoCommit(false);
        List<String> statements = apply(new AlterEnumType(mood, more));
        assertThat(statements).allMatch(st -> st.startsWith("ALTER TYPE \"mood\" ADD VALUE"));
        assertThat(labels("mood")).containsExactly("awful", "sad", "ok", "fine", "happy");
        exec("SAVEPOINT before_use");
        assertFailsWith("55P04", () -> exec("INSERT INTO diary (id, feeling) VALUES (9, 'happy')"));
        exec("ROLLBACK TO SAVEPOINT before_use");
        db.commit();
        db.setAutoCommit(true);
        exec("INSERT INTO diary (id, feeling) VALUES (9, 'happy')");
        assertThat(diaryRows()).containsExactly("1 sad {ok,sad} rain", "2 ok - -", "3 ok - -", "9 happy - -");
        assertThat(strings("SELECT id::text FROM diary ORDER BY feeling, id")).as("labels sort in type order")
                .containsExactly("1", "2", "3", "9");
    }

    @Test
    void enumLabelsAreRemovedAndReorderedByRebuildingTheTypeKeepingRowsDefaultsIndexesAndChecks()
            throws SQLException {
        EnumType mood = new EnumType("mood", List.of("sad", "ok", "happy"));
        diary(mood);
        exec("INSERT INTO diary (id, feeling) VALUES (4, 'happy')");
        String before = catalogSnapshot();
        EnumType fewer = new EnumType("mood", List.of("ok", "sad"));
        db.setAutoCommit(false);
        // a row still holds the label that goes: the conversion fails and the transaction rolls back
        assertFailsWith("22P02", () -> apply(new AlterEnumType(mood, fewer)));
        db.rollback();
        assertThat(labels("mood")).containsExactly("sad", "ok", "happy");
        assertThat(catalogSnapshot()).isEqualTo(before);

        exec("DELETE FROM diary WHERE feeling = 'happy'");
        apply(new AlterEnumType(mood, fewer));
        db.commit();
        db.setAutoCommit(true);
        assertThat(labels("mood")).containsExactly("ok", "sad");
        assertThat(count("SELECT count(*) FROM pg_type WHERE typname LIKE '_retort_old%'")).isZero();
        assertThat(diaryRows()).containsExactly("1 sad {ok,sad} rain", "2 ok - -", "3 ok - -");
        assertThat(strings("SELECT coalesce(mood::text, '-') FROM audit.moods ORDER BY 1")).containsExactly("-", "sad");
        assertThat(column("diary", "feeling")).isEqualTo(new ColumnInfo("mood", true, "'ok'::mood", false));
        assertThat(column("diary", "past").type()).isEqualTo("mood[]");
        assertThat(column("audit.moods", "mood").type()).isEqualTo("mood");
        assertThat(strings("SELECT indexname FROM pg_indexes WHERE tablename = 'diary' ORDER BY 1"))
                .containsExactly("diary_pkey", "ix_diary_feeling", "ix_diary_sad");
        assertThat(one("SELECT pg_get_expr(indpred, indrelid) FROM pg_index WHERE indexrelid = 'ix_diary_sad'::regclass"))
                .isEqualTo("(feeling = 'sad'::mood)");
        assertThat(constraints("diary")).containsExactly("ck_diary_note:c", "diary_pkey:p");
        assertFailsWith("23514", () -> exec("INSERT INTO diary (id, feeling) VALUES (5, 'sad')"));
        assertThat(strings("SELECT id::text FROM diary ORDER BY feeling, id")).as("'ok' sorts first now")
                .containsExactly("2", "3", "1");

        // and back: 'happy' comes back in place, 'ok' moves behind 'sad' again
        apply(new AlterEnumType(fewer, mood));
        assertThat(labels("mood")).containsExactly("sad", "ok", "happy");
        assertThat(diaryRows()).containsExactly("1 sad {ok,sad} rain", "2 ok - -", "3 ok - -");
        assertThat(catalogSnapshot()).isEqualTo(before);
    }

    @Test
    void enumTypesAreUsableInColumnsEvenWithMixedCaseNames() throws SQLException {
        EnumType mood = new EnumType("mood", List.of("HAPPY", "it's fine"));
        EnumType status = new EnumType("\"Status\"", List.of("OPEN", "CLOSED"));
        apply(new CreateEnumType(mood));
        apply(new CreateEnumType(status));
        assertThat(strings("SELECT enumlabel FROM pg_enum WHERE enumtypid = 'mood'::regtype ORDER BY enumsortorder"))
                .containsExactly("HAPPY", "it's fine");
        Table t = Table.builder("moods")
                .column(col("id", INT, false))
                .column(col("m", ColumnType.other("mood"), true))
                .column(col("s", ColumnType.other("status"), true))
                .column(col("history", ColumnType.other("status[]"), true))
                .build();
        apply(new CreateTable(t));
        assertThat(column("moods", "m").type()).isEqualTo("mood");
        assertThat(column("moods", "s").type()).isEqualTo("\"Status\"");
        assertThat(column("moods", "history").type()).isEqualTo("\"Status\"[]");
        exec("INSERT INTO moods VALUES (1, 'it''s fine', 'OPEN', ARRAY['OPEN', 'CLOSED']::\"Status\"[])");
        assertFailsWith("22P02", () -> exec("INSERT INTO moods VALUES (2, 'SAD', 'OPEN', NULL)"));
        // text holding labels converts to the enum with USING
        apply(new AddColumn("moods", col("later", TEXT, true)));
        exec("UPDATE moods SET later = 'CLOSED'");
        Column later = model.table("moods").orElseThrow().column("later").orElseThrow();
        apply(new AlterColumn("moods", later, later.withType(ColumnType.other("status"))));
        assertThat(column("moods", "later").type()).isEqualTo("\"Status\"");
        assertThat(one("SELECT later FROM moods")).isEqualTo("CLOSED");
        apply(new DropTable(model.table("moods").orElseThrow()));
        apply(new DropEnumType(mood));
        apply(new DropEnumType(status));
        assertThat(count("SELECT count(*) FROM pg_type WHERE typname IN ('mood', 'Status')")).isZero();
    }

    @Test
    void bulkInsertRoundTripsQuotesBackslashesAndEveryLiteralKind() throws SQLException {
        apply(new CreateTable(Table.builder("samples")
                .column(col("id", INT, false))
                .column(col("s", TEXT, true))
                .column(col("b", ColumnType.of(TypeKind.BOOLEAN), true))
                .column(col("n", ColumnType.numeric(30, 10), true))
                .column(col("d", ColumnType.of(TypeKind.DOUBLE), true))
                .column(col("bin", ColumnType.of(TypeKind.BINARY), true))
                .build()));
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("id", 1);
        first.put("s", "O'Brien said \"hi\" \\n ünïcode");
        first.put("b", true);
        first.put("n", new BigDecimal("12345678901234567890.0123456789"));
        first.put("d", 0.25);
        first.put("bin", new byte[] {0, (byte) 0xff, 0x27});
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("id", 2L);
        second.put("s", null);
        second.put("b", false);
        second.put("n", new BigDecimal("1E+3"));
        second.put("d", Double.NEGATIVE_INFINITY);
        apply(new BulkInsert("samples", List.of(first, second)));
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT s, b, n, d, bin FROM samples ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("O'Brien said \"hi\" \\n ünïcode");
            assertThat(rs.getBoolean(2)).isTrue();
            assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("12345678901234567890.0123456789");
            assertThat(rs.getDouble(4)).isEqualTo(0.25);
            assertThat(rs.getBytes(5)).containsExactly(0, 0xff, 0x27);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isNull();
            assertThat(rs.getBoolean(2)).isFalse();
            assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("1000");
            assertThat(rs.getDouble(4)).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(rs.getBytes(5)).isNull();
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void executeSqlRunsAsGiven() throws SQLException {
        people();
        apply(new ExecuteSql("UPDATE people SET name = upper(name) WHERE id = 1"));
        assertThat(names()).containsExactly("ANN", "Bob", "<null>");
    }

    // ---- schemas ---------------------------------------------------------------------------------------------

    @Test
    void schemaQualifiedTablesInACreatedSchema() throws SQLException {
        apply(new ExecuteSql("CREATE SCHEMA app"));
        apply(new CreateTable(Table.builder("app.teams").column(col("id", INT, false)).primaryKey(List.of("id")).build()));
        apply(new CreateTable(Table.builder("app.users")
                .column(new Column("id", INT, false, Optional.empty(), true))
                .column(col("team_id", INT, true))
                .column(col("email", ColumnType.varchar(40), true))
                .primaryKey(List.of("id"))
                .foreignKey(new ForeignKey(Optional.of("fk_team"), List.of("team_id"), "app.teams", List.of("id"),
                        ReferentialAction.CASCADE))
                .index(new Index("ix_users_email", List.of("email"), false))
                .build()));
        assertThat(strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'app' ORDER BY 1"))
                .containsExactly("teams", "users");
        assertThat(tableExists("users")).as("nothing in public").isFalse();
        assertThat(one("SELECT schemaname FROM pg_indexes WHERE indexname = 'ix_users_email'")).isEqualTo("app");
        apply(new BulkInsert("app.teams", List.of(Map.of("id", 1))));
        apply(new BulkInsert("app.users", List.of(Map.of("team_id", 1, "email", "a@x"))));
        apply(new AddColumn("app.users", col("nick", TEXT, true)));
        Column email = model.table("app.users").orElseThrow().column("email").orElseThrow();
        apply(new AlterColumn("app.users", email, email.withType(ColumnType.varchar(80)).withNullable(false)));
        assertThat(column("app.users", "email")).isEqualTo(new ColumnInfo("character varying(80)", true, null, false));
        apply(new DropIndex("app.users", model.table("app.users").orElseThrow().index("ix_users_email").orElseThrow()));
        assertThat(count("SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_users_email'")).isZero();
        apply(new RenameTable("app.users", "app.members"));
        assertThat(strings("SELECT email FROM app.members")).containsExactly("a@x");
        apply(new CreateSequence(new Sequence("app.member_seq", 5, 1)));
        assertThat(one("SELECT nextval('app.member_seq')")).isEqualTo("5");
        exec("DELETE FROM app.teams");
        assertThat(count("SELECT count(*) FROM app.members")).isZero();
    }

    // ---- a whole plan and its inverse ------------------------------------------------------------------------

    @Test
    void aPlanOfEveryReversibleOpAppliesAndItsInverseRestoresTheStart() throws SQLException {
        people();
        String before = catalogSnapshot();
        EnumType level = new EnumType("level", List.of("LOW", "HIGH"));
        Column name = peopleColumn("name");
        Table notes = Table.builder("notes")
                .column(new Column("id", BIGINT, false, Optional.empty(), true))
                .column(col("person_id", BIGINT, true))
                .column(col("lvl", ColumnType.other("level"), true))
                .column(col("body", TEXT, true))
                .primaryKey(List.of("id"))
                .index(new Index("ix_notes_body", List.of("body"), false))
                .build();
        MigrationPlan plan = new MigrationPlan(List.of(
                new CreateEnumType(level),
                new CreateSequence(new Sequence("note_seq", 1, 50)),
                new CreateTable(notes),
                new AddColumn("people", new Column("age", INT, true, Optional.of("18"), false)),
                new AlterColumn("people", name, name.withType(ColumnType.varchar(120)).withDefault(Optional.of("'?'"))),
                new RenameColumn("notes", "body", "text_body"),
                new AddForeignKey("notes", new ForeignKey(Optional.of("fk_notes_person"), List.of("person_id"),
                        "people", List.of("id"), ReferentialAction.CASCADE)),
                new AddUniqueConstraint("people", new UniqueConstraint(Optional.of("uq_people_name_age"),
                        List.of("name", "age"))),
                new AddCheckConstraint("people", new CheckConstraint(Optional.of("ck_people_age"), "age >= 0")),
                new CreateIndex("people", new Index("ix_people_age", List.of("age"), false, "",
                        Optional.of("age > 17"))),
                new RenameTable("notes", "remarks")));
        for (MigrationOp op : plan.ops()) {
            apply(op);
        }
        exec("INSERT INTO remarks (person_id, lvl, text_body) VALUES (1, 'HIGH', 'hello')");
        assertThat(one("SELECT p.name || ':' || p.age || ':' || r.lvl FROM remarks r JOIN people p ON p.id = r.person_id"))
                .isEqualTo("Ann:18:HIGH");
        exec("DELETE FROM remarks");
        for (MigrationOp op : plan.inverse().ops()) {
            apply(op);
        }
        assertThat(catalogSnapshot()).isEqualTo(before);
        assertThat(names()).containsExactly("Ann", "Bob", "<null>");
    }

    /** Tables, columns, constraints, indexes, sequences and types of the public schema, as text. */
    private String catalogSnapshot() throws SQLException {
        List<String> lines = new ArrayList<>();
        lines.addAll(strings("SELECT table_name || '.' || column_name || ' ' || format_type(a.atttypid, a.atttypmod)"
                + " || ' ' || is_nullable || ' ' || coalesce(column_default, '') || ' ' || is_identity"
                + " FROM information_schema.columns c JOIN pg_attribute a ON a.attrelid = to_regclass(quote_ident(c.table_name))"
                + " AND a.attname = c.column_name WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"));
        lines.addAll(strings("SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
                + " FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1"));
        lines.addAll(strings("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname"));
        lines.addAll(strings("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1"));
        lines.addAll(strings("SELECT typname FROM pg_type WHERE typnamespace = 'public'::regnamespace"
                + " AND typtype = 'e' ORDER BY 1"));
        return String.join("\n", lines);
    }

    // ---- identifiers -----------------------------------------------------------------------------------------

    @Test
    void everyKeyWordTheServerQuotesIsKnown() throws SQLException {
        List<String> serverKeywords = strings("SELECT word FROM pg_get_keywords() WHERE catcode <> 'U' ORDER BY 1");
        assertThat(serverKeywords).hasSizeGreaterThan(50);
        assertThat(PostgresNames.KEYWORDS).containsAll(serverKeywords);
        for (String word : List.of("user", "order", "time", "mood", "Mixed")) {
            // the stored name, spelled for the model (Mixed keeps its case, so it is marked)
            assertThat(one("SELECT quote_ident(?)", word))
                    .isEqualTo(PostgresNames.quoteIfNeeded(dev.retort.model.Identifiers.ofFoldedDatabase(word)));
        }
    }
}
