package dev.retort.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialects;
import dev.retort.dialect.SqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
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
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.AlterTableComment;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqliteDialectTest {

    private final SqlDialect dialect = new SqliteDialect();

    static Column col(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, Optional.empty(), false);
    }

    /** users(id identity, email unique, nickname indexed, score default 0 check >= 0). */
    static Table users() {
        return Table.builder("users")
                .column(new Column("id", ColumnType.of(TypeKind.INTEGER), false, Optional.empty(), true))
                .column(col("email", ColumnType.varchar(50), false))
                .column(col("nickname", ColumnType.varchar(50), true))
                .column(new Column("score", ColumnType.of(TypeKind.INTEGER), false, Optional.of("0"), false))
                .primaryKey(List.of("id"))
                .unique(new UniqueConstraint(Optional.of("uq_users_email"), List.of("email")))
                .index(new Index("ix_users_nickname", List.of("nickname"), false))
                .check(new CheckConstraint(Optional.of("ck_users_score"), "score >= 0"))
                .build();
    }

    @Test
    void identityMetadataAndQuoting() {
        assertThat(dialect.name()).isEqualTo("sqlite");
        assertThat(dialect.hibernateDialect()).isEqualTo("org.hibernate.community.dialect.SQLiteDialect");
        assertThat(dialect.capabilities().transactionalDdl()).isTrue();
        assertThat(dialect.capabilities().alterColumnType()).isFalse();
        assertThat(dialect.capabilities().alterConstraints()).isFalse();
        assertThat(dialect.capabilities().identityIsIntegerAlias()).isTrue();
        assertThat(dialect.capabilities().comments()).isFalse();
        assertThat(dialect.quote("order")).isEqualTo("\"order\"");
        assertThat(dialect.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(dialect.typeSql(ColumnType.numeric(10, 2))).isEqualTo("numeric(10,2)");
    }

    @Test
    void createTableWithIdentityUniqueCheckAndIndex() {
        assertThat(dialect.statements(new CreateTable(users()), SchemaModel.EMPTY)).containsExactly(
                "CREATE TABLE \"users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT, \"email\" varchar(50) NOT NULL,"
                        + " \"nickname\" varchar(50), \"score\" integer NOT NULL DEFAULT 0,"
                        + " CONSTRAINT \"uq_users_email\" UNIQUE (\"email\"),"
                        + " CONSTRAINT \"ck_users_score\" CHECK (score >= 0))",
                "CREATE INDEX \"ix_users_nickname\" ON \"users\" (\"nickname\")");
    }

    @Test
    void commentsWriteNothingAndACommentOnlyChangeRebuildsNothing() {
        Table commented = users().withComment(Optional.of("People"))
                .mapColumn("email", c -> c.withComment(Optional.of("Login")));
        assertThat(dialect.statements(new CreateTable(commented), SchemaModel.EMPTY))
                .isEqualTo(dialect.statements(new CreateTable(users()), SchemaModel.EMPTY));
        SchemaModel before = new SchemaModel(List.of(users()));
        assertThat(dialect.statements(new AlterTableComment("users", Optional.empty(), Optional.of("People")), before))
                .isEmpty();
        Column email = users().column("email").orElseThrow();
        assertThat(dialect.statements(new AlterColumn("users", email, email.withComment(Optional.of("Login"))), before))
                .isEmpty();
        // with another change as well, the table is rebuilt as usual
        assertThat(dialect.statements(new AlterColumn("users", email,
                email.withComment(Optional.of("Login")).withNullable(true)), before)).isNotEmpty();
        assertThat(dialect.statements(new AddColumn("users", col("tag", ColumnType.varchar(20), true)
                .withComment(Optional.of("Free text"))), before))
                .containsExactly("ALTER TABLE \"users\" ADD COLUMN \"tag\" varchar(20)");
    }

    @Test
    void bigintIdentityIsWrittenAsTheIntegerRowidAlias() {
        Table t = Table.builder("events")
                .column(new Column("id", ColumnType.of(TypeKind.BIGINT), false, Optional.empty(), true))
                .primaryKey(List.of("id"))
                .build();
        assertThat(dialect.statements(new CreateTable(t), SchemaModel.EMPTY))
                .containsExactly("CREATE TABLE \"events\" (\"id\" integer PRIMARY KEY AUTOINCREMENT)");
    }

    @Test
    void identityOutsideASingleColumnPrimaryKeyIsRefused() {
        Table t = Table.builder("pairs")
                .column(new Column("a", ColumnType.of(TypeKind.INTEGER), false, Optional.empty(), true))
                .column(col("b", ColumnType.of(TypeKind.INTEGER), false))
                .primaryKey(List.of("a", "b"))
                .build();
        assertThatThrownBy(() -> dialect.statements(new CreateTable(t), SchemaModel.EMPTY))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("pairs")
                .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.UNSUPPORTED));
    }

    @Test
    void createTableWithCompositeKeyForeignKeysUnnamedConstraintsAndUniqueIndex() {
        Table t = Table.builder("user_roles")
                .column(col("user_id", ColumnType.of(TypeKind.BIGINT), false))
                .column(col("role", ColumnType.varchar(20), false))
                .column(new Column("granted_at", ColumnType.of(TypeKind.TIMESTAMP), false,
                        Optional.of("CURRENT_TIMESTAMP"), false))
                .column(new Column("expires", ColumnType.of(TypeKind.DATE), true, Optional.of("date('now', '+1 year')"), false))
                .column(col("granted_by", ColumnType.of(TypeKind.BIGINT), true))
                .primaryKey(List.of("user_id", "role"))
                .unique(new UniqueConstraint(Optional.empty(), List.of("role", "granted_by")))
                .foreignKey(new ForeignKey(Optional.of("fk_user_roles_user"), List.of("user_id"), "users", List.of("id"),
                        ReferentialAction.CASCADE))
                .foreignKey(new ForeignKey(Optional.empty(), List.of("granted_by"), "users", List.of("id"),
                        ReferentialAction.NO_ACTION))
                .check(new CheckConstraint(Optional.empty(), "role <> ''"))
                .index(new Index("ux_user_roles_role_granted", List.of("role", "granted_at"), true))
                .build();
        assertThat(dialect.statements(new CreateTable(t), SchemaModel.EMPTY)).containsExactly(
                "CREATE TABLE \"user_roles\" (\"user_id\" bigint NOT NULL, \"role\" varchar(20) NOT NULL,"
                        + " \"granted_at\" timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,"
                        + " \"expires\" date DEFAULT (date('now', '+1 year')), \"granted_by\" bigint,"
                        + " PRIMARY KEY (\"user_id\", \"role\"),"
                        + " UNIQUE (\"role\", \"granted_by\"),"
                        + " CONSTRAINT \"fk_user_roles_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\" (\"id\") ON DELETE CASCADE,"
                        + " FOREIGN KEY (\"granted_by\") REFERENCES \"users\" (\"id\"),"
                        + " CHECK (role <> ''))",
                "CREATE UNIQUE INDEX \"ux_user_roles_role_granted\" ON \"user_roles\" (\"role\", \"granted_at\")");
    }

    @Test
    void simpleStatements() {
        SchemaModel before = new SchemaModel(List.of(users()));
        assertThat(dialect.statements(new DropTable(users()), before)).containsExactly("DROP TABLE \"users\"");
        assertThat(dialect.statements(new RenameTable("users", "members"), before))
                .containsExactly("ALTER TABLE \"users\" RENAME TO \"members\"");
        assertThat(dialect.statements(new RenameColumn("users", "nickname", "alias"), before))
                .containsExactly("ALTER TABLE \"users\" RENAME COLUMN \"nickname\" TO \"alias\"");
        assertThat(dialect.statements(new CreateIndex("users", new Index("ix_a", List.of("email", "score"), true)), before))
                .containsExactly("CREATE UNIQUE INDEX \"ix_a\" ON \"users\" (\"email\", \"score\")");
        assertThat(dialect.statements(new DropIndex("users", users().indexes().get(0)), before))
                .containsExactly("DROP INDEX \"ix_users_nickname\"");
        assertThat(dialect.statements(new ExecuteSql("UPDATE users SET score = 1;"), before))
                .containsExactly("UPDATE users SET score = 1");
        assertThat(dialect.createVersionTable("retort_version"))
                .isEqualTo("CREATE TABLE IF NOT EXISTS \"retort_version\" (version_num varchar(32) NOT NULL PRIMARY KEY)");
    }

    @Test
    void addColumnUsesAlterTableWhenSqliteAllowsIt() {
        SchemaModel before = new SchemaModel(List.of(users()));
        assertThat(dialect.statements(new AddColumn("users", col("bio", ColumnType.of(TypeKind.TEXT), true)), before))
                .containsExactly("ALTER TABLE \"users\" ADD COLUMN \"bio\" text");
        assertThat(dialect.statements(new AddColumn("users", new Column("status", ColumnType.varchar(10), false,
                Optional.of("'it''s'"), false)), before))
                .containsExactly("ALTER TABLE \"users\" ADD COLUMN \"status\" varchar(10) NOT NULL DEFAULT 'it''s'");
        assertThat(dialect.statements(new AddColumn("users", new Column("ratio", ColumnType.of(TypeKind.DOUBLE), false,
                Optional.of("-1.5e3"), false)), before))
                .containsExactly("ALTER TABLE \"users\" ADD COLUMN \"ratio\" double precision NOT NULL DEFAULT -1.5e3");
    }

    @Test
    void addColumnRebuildsWhenAlterTableCannot() {
        SchemaModel before = new SchemaModel(List.of(users()));
        // NOT NULL without a default, a CURRENT_* default, an expression default: none is allowed by ADD COLUMN.
        for (Column c : List.of(
                col("must", ColumnType.of(TypeKind.TEXT), false),
                new Column("seen", ColumnType.of(TypeKind.TIMESTAMP), true, Optional.of("CURRENT_TIMESTAMP"), false),
                new Column("n", ColumnType.of(TypeKind.INTEGER), true, Optional.of("1 + 1"), false),
                new Column("gone", ColumnType.of(TypeKind.TEXT), false, Optional.of("NULL"), false))) {
            List<String> sql = dialect.statements(new AddColumn("users", c), before);
            assertThat(sql.get(0)).as(c.name()).startsWith("CREATE TABLE \"_retort_tmp_users\" (");
            assertThat(sql).as(c.name()).contains("DROP TABLE \"users\"");
        }
    }

    @Test
    void rebuildSequenceIsExact() {
        SchemaModel before = new SchemaModel(List.of(users()));
        Column from = users().column("nickname").orElseThrow();
        assertThat(dialect.statements(new AlterColumn("users", from, from.withType(ColumnType.varchar(100))), before))
                .containsExactly(
                        "CREATE TABLE \"_retort_tmp_users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT,"
                                + " \"email\" varchar(50) NOT NULL, \"nickname\" varchar(100),"
                                + " \"score\" integer NOT NULL DEFAULT 0,"
                                + " CONSTRAINT \"uq_users_email\" UNIQUE (\"email\"),"
                                + " CONSTRAINT \"ck_users_score\" CHECK (score >= 0))",
                        "INSERT INTO \"_retort_tmp_users\" (\"id\", \"email\", \"nickname\", \"score\")"
                                + " SELECT \"id\", \"email\", \"nickname\", \"score\" FROM \"users\"",
                        "DELETE FROM sqlite_sequence WHERE name = '_retort_tmp_users'",
                        "INSERT INTO sqlite_sequence (name, seq) SELECT '_retort_tmp_users', seq FROM sqlite_sequence"
                                + " WHERE name = 'users'",
                        "DROP TABLE \"users\"",
                        "PRAGMA legacy_alter_table = ON",
                        "ALTER TABLE \"_retort_tmp_users\" RENAME TO \"users\"",
                        "PRAGMA legacy_alter_table = OFF",
                        "CREATE INDEX \"ix_users_nickname\" ON \"users\" (\"nickname\")");
    }

    @Test
    void rebuildCopiesOnlyTheColumnsBothShapesShare() {
        Table posts = Table.builder("posts")
                .column(col("id", ColumnType.of(TypeKind.BIGINT), false))
                .column(col("author_id", ColumnType.of(TypeKind.BIGINT), true))
                .column(col("title", ColumnType.of(TypeKind.TEXT), true))
                .primaryKey(List.of("id"))
                .foreignKey(new ForeignKey(Optional.of("fk_posts_author"), List.of("author_id"), "users", List.of("id"),
                        ReferentialAction.SET_NULL))
                .build();
        SchemaModel before = new SchemaModel(List.of(users(), posts));
        assertThat(dialect.statements(new DropColumn("posts", posts.column("title").orElseThrow()), before))
                .as("an unconstrained column is dropped in place")
                .containsExactly("ALTER TABLE \"posts\" DROP COLUMN \"title\"");
        assertThat(dialect.statements(new AddColumn("posts", new Column("views", ColumnType.of(TypeKind.BIGINT), false,
                Optional.of("CURRENT_DATE"), false)), before)).containsExactly(
                "CREATE TABLE \"_retort_tmp_posts\" (\"id\" bigint NOT NULL, \"author_id\" bigint, \"title\" text,"
                        + " \"views\" bigint NOT NULL DEFAULT CURRENT_DATE, PRIMARY KEY (\"id\"),"
                        + " CONSTRAINT \"fk_posts_author\" FOREIGN KEY (\"author_id\") REFERENCES \"users\" (\"id\") ON DELETE SET NULL)",
                "INSERT INTO \"_retort_tmp_posts\" (\"id\", \"author_id\", \"title\")"
                        + " SELECT \"id\", \"author_id\", \"title\" FROM \"posts\"",
                "DROP TABLE \"posts\"",
                "PRAGMA legacy_alter_table = ON",
                "ALTER TABLE \"_retort_tmp_posts\" RENAME TO \"posts\"",
                "PRAGMA legacy_alter_table = OFF",
                "PRAGMA foreign_key_check(\"posts\")");
        List<String> dropIndexedColumn = dialect.statements(new DropColumn("users", users().column("nickname").orElseThrow()),
                before);
        assertThat(dropIndexedColumn).as("an indexed column needs the rebuild, and its index goes")
                .contains("DROP TABLE \"users\"")
                .noneMatch(s -> s.contains("ix_users_nickname"));
        assertThat(dialect.statements(new DropColumn("users", users().column("score").orElseThrow()), before))
                .as("a column a CHECK mentions needs the rebuild").contains("DROP TABLE \"users\"");
    }

    @Test
    void foreignKeyActionsAreWrittenIntoTheTableOnlyWhenNotNoAction() {
        Table posts = Table.builder("posts")
                .column(col("author_id", ColumnType.of(TypeKind.BIGINT), true))
                .column(col("editor_id", ColumnType.of(TypeKind.BIGINT), true))
                .foreignKey(new ForeignKey(Optional.of("fk_posts_author"), List.of("author_id"), "users", List.of("id"),
                        ReferentialAction.NO_ACTION))
                .build();
        SchemaModel before = new SchemaModel(List.of(users(), posts));
        assertThat(dialect.statements(new CreateTable(posts), SchemaModel.EMPTY)).containsExactly(
                "CREATE TABLE \"posts\" (\"author_id\" bigint, \"editor_id\" bigint,"
                        + " CONSTRAINT \"fk_posts_author\" FOREIGN KEY (\"author_id\") REFERENCES \"users\" (\"id\"))");
        ForeignKey editor = new ForeignKey(Optional.of("fk_posts_editor"), List.of("editor_id"), "users", List.of("id"),
                ReferentialAction.SET_NULL, ReferentialAction.CASCADE);
        assertThat(dialect.statements(new AddForeignKey("posts", editor), before).get(0)).isEqualTo(
                "CREATE TABLE \"_retort_tmp_posts\" (\"author_id\" bigint, \"editor_id\" bigint,"
                        + " CONSTRAINT \"fk_posts_author\" FOREIGN KEY (\"author_id\") REFERENCES \"users\" (\"id\"),"
                        + " CONSTRAINT \"fk_posts_editor\" FOREIGN KEY (\"editor_id\") REFERENCES \"users\" (\"id\")"
                        + " ON DELETE SET NULL ON UPDATE CASCADE)");
        assertThat(dialect.statements(new AddForeignKey("posts", editor.withOnDelete(ReferentialAction.NO_ACTION)
                .withOnUpdate(ReferentialAction.SET_DEFAULT)), before).get(0))
                .endsWith("REFERENCES \"users\" (\"id\") ON UPDATE SET DEFAULT)");
    }

    @Test
    void constraintOpsRebuildWithTheFoldedShape() {
        SchemaModel before = new SchemaModel(List.of(users()));
        List<String> dropUnique = dialect.statements(new DropUniqueConstraint("users",
                users().uniqueConstraints().get(0)), before);
        assertThat(dropUnique.get(0)).doesNotContain("uq_users_email").contains("ck_users_score");
        List<String> addCheck = dialect.statements(new AddCheckConstraint("users",
                new CheckConstraint(Optional.empty(), "length(email) > 3")), before);
        assertThat(addCheck.get(0)).endsWith("CONSTRAINT \"ck_users_score\" CHECK (score >= 0), CHECK (length(email) > 3))");
    }

    @Test
    void opsOnATableMissingFromTheSchemaNameIt() {
        ForeignKey fk = new ForeignKey(Optional.of("fk_x"), List.of("a"), "users", List.of("id"), ReferentialAction.CASCADE);
        assertThatThrownBy(() -> dialect.statements(new AddForeignKey("ghosts", fk), new SchemaModel(List.of(users()))))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("ghosts")
                .hasMessageContaining("fk_x")
                .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.REVISION));
        assertThatThrownBy(() -> dialect.statements(new AddColumn("ghosts", col("a", ColumnType.of(TypeKind.TEXT), true)),
                SchemaModel.EMPTY))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("table ghosts is not in the schema");
    }

    @Test
    void droppingAColumnAUniqueConstraintStillUsesIsRefusedWithTheFix() {
        SchemaModel before = new SchemaModel(List.of(users()));
        assertThatThrownBy(() -> dialect.statements(new DropColumn("users", users().column("email").orElseThrow()), before))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("uq_users_email")
                .hasMessageContaining("drop the constraint before the column");
    }

    @Test
    void sequenceAndEnumTypeChangesWriteNothing() {
        // the next_val table keeps only the next value: Hibernate applies its allocationSize itself
        Sequence seq = new Sequence("tickets_SEQ", 1, 1);
        SchemaModel before = new SchemaModel(List.of(), List.of(seq), List.of());
        assertThat(dialect.statements(new AlterSequence(seq, new Sequence("tickets_SEQ", 100, 50)), before)).isEmpty();
        assertThat(dialect.statements(new AlterEnumType(new EnumType("mood", List.of("sad", "ok")),
                new EnumType("mood", List.of("ok"))), SchemaModel.EMPTY)).isEmpty();
    }

    @Test
    void bulkInsertWritesOneInsertPerRowWithLiterals() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("id", 7);
        first.put("email", "o'neil@example.com");
        first.put("nickname", null);
        first.put("score", new BigDecimal("12.50"));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("email", "b@example.com");
        second.put("active", true);
        second.put("ratio", 0.25d);
        second.put("big", 9_000_000_000L);
        second.put("raw", new byte[] {1, (byte) 0xAB});
        assertThat(dialect.statements(new BulkInsert("users", List.of(first, second, Map.of())), SchemaModel.EMPTY))
                .containsExactly(
                        "INSERT INTO \"users\" (\"id\", \"email\", \"nickname\", \"score\")"
                                + " VALUES (7, 'o''neil@example.com', NULL, 12.50)",
                        "INSERT INTO \"users\" (\"email\", \"active\", \"ratio\", \"big\", \"raw\")"
                                + " VALUES ('b@example.com', 1, 0.25, 9000000000, X'01AB')",
                        "INSERT INTO \"users\" DEFAULT VALUES");
        assertThatThrownBy(() -> dialect.statements(new BulkInsert("users", List.of(Map.of("x", Double.NaN))),
                SchemaModel.EMPTY)).isInstanceOf(RetortException.class).hasMessageContaining("users.x");
        assertThat(dialect.statements(new BulkInsert("users", List.of(Map.of("x", List.of()))), SchemaModel.EMPTY))
                .containsExactly("INSERT INTO \"users\" (\"x\") VALUES ('[]')");
        assertThatThrownBy(() -> dialect.statements(new BulkInsert("users", List.of(Map.of("x", new Object()))),
                SchemaModel.EMPTY)).isInstanceOf(RetortException.class).hasMessageContaining("cannot write");
    }

    @Test
    void dialectsAreFoundByNameAndJdbcUrl() {
        assertThat(Dialects.forName("sqlite")).isInstanceOf(SqliteDialect.class);
        assertThat(Dialects.forName("SQLite")).isInstanceOf(SqliteDialect.class);
        assertThat(Dialects.forJdbcUrl("jdbc:sqlite:app.db")).isInstanceOf(SqliteDialect.class);
        assertThat(Dialects.forJdbcUrl("JDBC:SQLITE::memory:")).isInstanceOf(SqliteDialect.class);
        assertThatThrownBy(() -> Dialects.forJdbcUrl("jdbc:oracle:thin:admin/secret@db:1521/app"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("jdbc:sqlite:")
                .hasMessageContaining("jdbc:oracle:")
                .hasMessageNotContaining("secret")
                .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.CONFIG));
        assertThatThrownBy(() -> Dialects.forName("oracle"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("sqlite")
                .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.CONFIG));
    }
}
