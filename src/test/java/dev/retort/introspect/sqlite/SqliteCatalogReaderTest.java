package dev.retort.introspect.sqlite;

import static dev.retort.introspect.sqlite.SqliteTestDatabase.execute;
import static dev.retort.introspect.sqlite.SqliteTestDatabase.executeInTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.SqlDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.TypeKind;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.CreateTable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteCatalogReaderTest {

    private final SqlDialect dialect = new SqliteDialect();
    private final SqliteCatalogReader reader = new SqliteCatalogReader();

    @TempDir
    Path dir;

    private static Column col(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, Optional.empty(), false);
    }

    private static Column col(String name, ColumnType type, boolean nullable, String defaultValue) {
        return new Column(name, type, nullable, Optional.of(defaultValue), false);
    }

    private static ColumnType type(TypeKind kind) {
        return ColumnType.of(kind);
    }

    /** Tables covering every type kind, defaults, keys, constraints and indexes the model has. */
    static List<Table> richSchema() {
        Table users = Table.builder("users")
                .column(new Column("id", type(TypeKind.INTEGER), false, Optional.empty(), true))
                .column(col("email", ColumnType.varchar(320), false))
                .column(col("display_name", ColumnType.varchar(100), true, "'anonymous'"))
                .column(col("active", type(TypeKind.BOOLEAN), false, "TRUE"))
                .column(col("created_at", type(TypeKind.TIMESTAMP), false, "CURRENT_TIMESTAMP"))
                .primaryKey(List.of("id"))
                .unique(new UniqueConstraint(Optional.of("uq_users_email"), List.of("email")))
                .index(new Index("ix_users_display_name", List.of("display_name"), false))
                .build();
        Table userRoles = Table.builder("user_roles")
                .column(col("user_id", type(TypeKind.BIGINT), false))
                .column(col("role", ColumnType.varchar(20), false))
                .column(col("granted_at", type(TypeKind.TIMESTAMPTZ), true))
                .column(col("note", type(TypeKind.TEXT), true, "'it''s (fine)'"))
                .primaryKey(List.of("user_id", "role"))
                .unique(new UniqueConstraint(Optional.empty(), List.of("role", "granted_at")))
                .foreignKey(new ForeignKey(Optional.of("fk_user_roles_user"), List.of("user_id"), "users", List.of("id"),
                        ReferentialAction.CASCADE))
                .check(new CheckConstraint(Optional.of("ck_role_not_empty"), "length(role) > 0"))
                .check(new CheckConstraint(Optional.empty(), "role NOT IN ('(', ')', 'root')"))
                .index(new Index("ux_user_roles_role_granted", List.of("role", "granted_at"), true))
                .index(new Index("ix_user_roles_granted_role", List.of("granted_at", "role"), false))
                .build();
        Table orders = Table.builder("orders")
                .column(col("id", type(TypeKind.INTEGER), false))
                .column(col("parent_id", type(TypeKind.INTEGER), true))
                .column(col("user_id", type(TypeKind.BIGINT), false))
                .column(col("role", ColumnType.varchar(20), true))
                .column(col("ref", ColumnType.chars(8), false))
                .column(col("placed_on", type(TypeKind.DATE), false, "date('now')"))
                .column(col("amount", ColumnType.numeric(10, 2), true, "-1.5"))
                .primaryKey(List.of("id"))
                .unique(new UniqueConstraint(Optional.of("uq_orders_ref"), List.of("ref")))
                .unique(new UniqueConstraint(Optional.empty(), List.of("user_id", "placed_on")))
                .foreignKey(new ForeignKey(Optional.empty(), List.of("parent_id"), "orders", List.of("id"),
                        ReferentialAction.SET_NULL))
                .foreignKey(new ForeignKey(Optional.of("fk_orders_user"), List.of("user_id"), "users", List.of("id"),
                        ReferentialAction.RESTRICT, ReferentialAction.CASCADE))
                .foreignKey(new ForeignKey(Optional.empty(), List.of("user_id", "role"), "user_roles",
                        List.of("user_id", "role"), ReferentialAction.SET_DEFAULT))
                .foreignKey(new ForeignKey(Optional.of("fk_orders_user_again"), List.of("user_id"), "users", List.of("id"),
                        ReferentialAction.NO_ACTION))
                .check(new CheckConstraint(Optional.of("ck_amount"), "amount IS NULL OR amount >= 0"))
                .index(new Index("ix_orders_user", List.of("user_id"), false))
                .build();
        Table.Builder types = Table.builder("all_types");
        int n = 0;
        for (TypeKind k : TypeKind.values()) {
            switch (k.shape()) {
                case PLAIN -> types.column(col("c_" + k.name().toLowerCase(), type(k), true));
                case LENGTH -> {
                    types.column(col("c_" + k.name().toLowerCase(), new ColumnType(k, 30 + n++, 0, 0, ""), false));
                    types.column(col("c_" + k.name().toLowerCase() + "_plain", new ColumnType(k, 0, 0, 0, ""), true));
                }
                case PRECISION_SCALE -> {
                    types.column(col("c_numeric", ColumnType.numeric(12, 4), true, "0"));
                    types.column(col("c_numeric_int", ColumnType.numeric(9, 0), true));
                    types.column(col("c_numeric_plain", ColumnType.numeric(0, 0), true));
                }
                case RAW -> types.column(col("c_other", ColumnType.other("point"), true));
            }
        }
        types.column(col("c_expression", type(TypeKind.INTEGER), true, "(1 + 2) * 3"));
        types.column(col("c_real_default", type(TypeKind.REAL), false, "0.5"));
        return List.of(users, userRoles, orders, types.build());
    }

    private void create(Connection c, List<Table> tables) throws Exception {
        List<String> sql = new ArrayList<>();
        for (Table t : tables) {
            sql.addAll(dialect.statements(new CreateTable(t), SchemaModel.EMPTY));
        }
        executeInTransaction(c, sql);
    }

    @Test
    void createdTablesReadBackAsTheSameModel() throws Exception {
        try (Connection c = SqliteTestDatabase.open(dir, "round-trip.db")) {
            create(c, richSchema());
            SchemaModel read = reader.read(c, t -> true);
            // SQLite stores a timestamptz as a timestamp and a uuid or blob as binary (Hibernate's spellings)
            SchemaModel expected = new SchemaModel(richSchema().stream().map(t -> t.withColumns(t.columns().stream()
                    .map(col -> switch (col.type().kind()) {
                        case TIMESTAMPTZ -> col.withType(ColumnType.of(TypeKind.TIMESTAMP));
                        case UUID, BLOB -> col.withType(ColumnType.of(TypeKind.BINARY));
                        case JSON, JSONB -> col.withType(ColumnType.of(TypeKind.CLOB));
                        default -> col;
                    }).toList())).toList());
            for (Table t : expected.tables()) {
                assertThat(read.table(t.name())).as(t.name()).contains(t);
            }
            assertThat(read).isEqualTo(expected);
        }
    }

    @Test
    void handWrittenSqlIsReadTolerantly() throws Exception {
        try (Connection c = SqliteTestDatabase.open(dir, "hand.db")) {
            execute(c, "CREATE TABLE Parent (Id INTEGER PRIMARY KEY, Code VARCHAR ( 20 ) NOT NULL UNIQUE,"
                            + " price DECIMAL(10, 2) DEFAULT (0), n INT, amount FLOAT, untyped, at DATETIME DEFAULT NULL)",
                    """
                    CREATE TABLE child (
                      id integer primary key autoincrement, -- a comment with CHECK (x)
                      parent_id int constraint fk_child_parent references PARENT on delete set null,
                      label text constraint "ck label" check (label <> ')') /* check ( fake ) */,
                      "quoted ""col""\" varchar(5) CONSTRAINT uq_q UNIQUE,
                      [br] text, `bt` datetime
                    )""");
            SchemaModel m = reader.read(c, t -> true);
            Table parent = Table.builder("Parent")
                    .column(col("Id", type(TypeKind.INTEGER), false))
                    .column(col("Code", ColumnType.varchar(20), false))
                    .column(col("price", ColumnType.numeric(10, 2), true, "0"))
                    .column(col("n", type(TypeKind.INTEGER), true))
                    .column(col("amount", type(TypeKind.DOUBLE), true))
                    .column(col("untyped", type(TypeKind.BINARY), true))
                    .column(col("at", type(TypeKind.TIMESTAMP), true))
                    .primaryKey(List.of("Id"))
                    .unique(new UniqueConstraint(Optional.empty(), List.of("Code")))
                    .build();
            Table child = Table.builder("child")
                    .column(new Column("id", type(TypeKind.INTEGER), false, Optional.empty(), true))
                    .column(col("parent_id", type(TypeKind.INTEGER), true))
                    .column(col("label", type(TypeKind.TEXT), true))
                    .column(col("quoted \"col\"", ColumnType.varchar(5), true))
                    .column(col("br", type(TypeKind.TEXT), true))
                    .column(col("bt", type(TypeKind.TIMESTAMP), true))
                    .primaryKey(List.of("id"))
                    .unique(new UniqueConstraint(Optional.of("uq_q"), List.of("quoted \"col\"")))
                    .foreignKey(new ForeignKey(Optional.of("fk_child_parent"), List.of("parent_id"), "Parent",
                            List.of("Id"), ReferentialAction.SET_NULL))
                    .check(new CheckConstraint(Optional.of("ck label"), "label <> ')'"))
                    .build();
            assertThat(m.table("Parent")).contains(parent);
            assertThat(m.table("child")).contains(child);
        }
    }

    @Test
    void everyOnUpdateActionIsReadWhateverItsSpelling() throws Exception {
        try (Connection c = SqliteTestDatabase.open(dir, "on-update.db")) {
            execute(c, "CREATE TABLE parent (id integer PRIMARY KEY)",
                    """
                    CREATE TABLE child (id integer PRIMARY KEY,
                      p_none integer CONSTRAINT fk_none REFERENCES parent (id),
                      p_no_action integer CONSTRAINT fk_no_action REFERENCES parent (id) ON UPDATE NO ACTION,
                      p_restrict integer CONSTRAINT fk_restrict REFERENCES parent (id) on update restrict,
                      p_cascade integer CONSTRAINT fk_cascade REFERENCES parent (id) ON UPDATE CASCADE,
                      p_null integer CONSTRAINT fk_null REFERENCES parent (id) ON UPDATE set null ON DELETE CASCADE,
                      p_default integer DEFAULT 0,
                      CONSTRAINT fk_default FOREIGN KEY (p_default) REFERENCES parent (id) ON UPDATE SET DEFAULT)""");
            Table child = reader.read(c, t -> true).table("child").orElseThrow();
            assertThat(child.foreignKeys()).containsExactly(
                    onUpdate("fk_none", "p_none", ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION),
                    onUpdate("fk_no_action", "p_no_action", ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION),
                    onUpdate("fk_restrict", "p_restrict", ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT),
                    onUpdate("fk_cascade", "p_cascade", ReferentialAction.NO_ACTION, ReferentialAction.CASCADE),
                    onUpdate("fk_null", "p_null", ReferentialAction.CASCADE, ReferentialAction.SET_NULL),
                    onUpdate("fk_default", "p_default", ReferentialAction.NO_ACTION, ReferentialAction.SET_DEFAULT));
        }
    }

    private static ForeignKey onUpdate(String name, String column, ReferentialAction onDelete,
                                       ReferentialAction onUpdate) {
        return new ForeignKey(Optional.of(name), List.of(column), "parent", List.of("id"), onDelete, onUpdate);
    }

    @Test
    void versionTableIsCreatedIdempotentlyAndAPredicateExcludesIt() throws Exception {
        try (Connection c = SqliteTestDatabase.open(dir, "version.db")) {
            create(c, richSchema().subList(0, 1));
            execute(c, dialect.createVersionTable("retort_version"), "INSERT INTO retort_version VALUES ('3f2a9c1d7e4b')");
            execute(c, dialect.createVersionTable("retort_version"));
            assertThat(SqliteTestDatabase.rows(c, "SELECT version_num FROM retort_version"))
                    .extracting(r -> r.get("version_num")).containsExactly("3f2a9c1d7e4b");

            Table version = Table.builder("retort_version")
                    .column(col("version_num", ColumnType.varchar(32), false))
                    .primaryKey(List.of("version_num"))
                    .build();
            assertThat(reader.read(c, t -> true).table("retort_version")).contains(version);
            SchemaModel filtered = reader.read(c, t -> !t.equals("retort_version"));
            assertThat(filtered.tableNames()).containsExactly("users");
        }
    }

    @Test
    void internalTablesAreNotReportedViewsAreNamesOnlyAndExpressionAndPartialIndexesAre() throws Exception {
        try (Connection c = SqliteTestDatabase.open(dir, "internal.db")) {
            create(c, richSchema().subList(0, 1));
            execute(c, "INSERT INTO users (email) VALUES ('a@example.com')",
                    "CREATE VIEW active_users AS SELECT * FROM users WHERE active",
                    "CREATE INDEX ix_users_lower_email ON users (lower(email))",
                    "CREATE UNIQUE INDEX ux_users_email_active ON users (\"email\", lower(email)) WHERE (active = 1)",
                    "ANALYZE");
            assertThat(SqliteTestDatabase.rows(c, "SELECT name FROM sqlite_schema WHERE name LIKE 'sqlite%'"))
                    .extracting(r -> r.get("name")).contains("sqlite_sequence", "sqlite_stat1");
            SchemaModel m = reader.read(c, t -> true);
            assertThat(m.tableNames()).containsExactly("users");
            assertThat(m.views()).containsExactly("active_users");
            assertThat(m.table("users").orElseThrow().indexes()).containsExactly(
                    new Index("ix_users_display_name", List.of("display_name"), false),
                    new Index("ix_users_lower_email", List.of("lower(email)"), false),
                    new Index("ux_users_email_active", List.of("email", "lower(email)"), true, "", Optional.of("active = 1")));
        }
    }

    @Test
    void aUniqueIndexIsAnIndexAndInlineOrTableUniqueConstraintsAreConstraints() throws Exception {
        try (Connection c = SqliteTestDatabase.open(dir, "uniques.db")) {
            execute(c, "CREATE TABLE t (id integer PRIMARY KEY, a text UNIQUE, b text, d text,"
                            + " CONSTRAINT uq_t_b UNIQUE (b), UNIQUE (d, b))",
                    "CREATE UNIQUE INDEX ux_t_a_d ON t (a, d)",
                    "CREATE UNIQUE INDEX ux_t_b ON t (b)");
            Table t = reader.read(c, x -> true).table("t").orElseThrow();
            assertThat(t.indexes()).containsExactly(
                    new Index("ux_t_a_d", List.of("a", "d"), true),
                    new Index("ux_t_b", List.of("b"), true));
            assertThat(t.uniqueConstraints()).containsExactly(
                    new UniqueConstraint(Optional.empty(), List.of("a")),
                    new UniqueConstraint(Optional.of("uq_t_b"), List.of("b")),
                    new UniqueConstraint(Optional.empty(), List.of("d", "b")));
        }
    }

    @Test
    void aForeignKeyToThePrimaryKeyOfAMissingTableIsReported() throws Exception {
        try (Connection c = SqliteTestDatabase.open(dir, "dangling.db")) {
            execute(c, "CREATE TABLE a (x integer REFERENCES nowhere)");
            assertThatThrownBy(() -> reader.read(c, t -> true))
                    .isInstanceOf(RetortException.class)
                    .hasMessageContaining("nowhere")
                    .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.DATABASE));
        }
    }

    @Test
    void sqlErrorsBecomeDatabaseErrors() throws Exception {
        Connection c = SqliteTestDatabase.open(dir, "closed.db");
        c.close();
        assertThatThrownBy(() -> reader.read(c, t -> true))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("SQLite catalog")
                .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.DATABASE));
    }

    /** Counts statements created and executed through a connection. */
    static final class Counter {
        int created;
        int executed;
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    static Connection counting(Connection real, Counter counter) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = call(real, method, args);
                    if (result instanceof Statement statement) {
                        counter.created++;
                        Class<?> api = statement instanceof CallableStatement ? CallableStatement.class
                                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                        return Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, (p, m, a) -> {
                            if (m.getName().startsWith("execute") || m.getName().equals("addBatch")) {
                                counter.executed++;
                            }
                            return call(statement, m, a);
                        });
                    }
                    return result;
                });
    }

    private static List<Table> manyTables(int count) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Table.Builder b = Table.builder("t" + i)
                    .column(new Column("id", ColumnType.of(TypeKind.INTEGER), false, Optional.empty(), true))
                    .column(col("name", ColumnType.varchar(40), false, "'n'"))
                    .column(col("prev_id", ColumnType.of(TypeKind.INTEGER), true))
                    .primaryKey(List.of("id"))
                    .unique(new UniqueConstraint(Optional.of("uq_t" + i + "_name"), List.of("name")))
                    .check(new CheckConstraint(Optional.of("ck_t" + i), "length(name) > 0"))
                    .index(new Index("ix_t" + i + "_prev", List.of("prev_id", "name"), false));
            if (i > 0) {
                b.foreignKey(new ForeignKey(Optional.of("fk_t" + i + "_prev"), List.of("prev_id"), "t" + (i - 1),
                        List.of("id"), ReferentialAction.CASCADE));
            }
            tables.add(b.build());
        }
        return tables;
    }

    @Test
    void reading3Or60TablesIssuesTheSameNumberOfStatements() throws Exception {
        int[] created = new int[2];
        int[] executed = new int[2];
        int[] sizes = {3, 60};
        for (int i = 0; i < sizes.length; i++) {
            try (Connection real = SqliteTestDatabase.open(dir, "count" + sizes[i] + ".db")) {
                List<Table> tables = manyTables(sizes[i]);
                create(real, tables);
                Counter counter = new Counter();
                SchemaModel m = reader.read(counting(real, counter), t -> true);
                assertThat(m).isEqualTo(new SchemaModel(tables));
                created[i] = counter.created;
                executed[i] = counter.executed;
            }
        }
        assertThat(executed[0]).isPositive().isLessThanOrEqualTo(5);
        assertThat(executed[1]).isEqualTo(executed[0]);
        assertThat(created[1]).isEqualTo(created[0]);
    }
}
