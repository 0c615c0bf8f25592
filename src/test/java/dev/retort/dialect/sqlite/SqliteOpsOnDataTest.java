package dev.retort.dialect.sqlite;

import static dev.retort.introspect.sqlite.SqliteTestDatabase.execute;
import static dev.retort.introspect.sqlite.SqliteTestDatabase.executeInTransaction;
import static dev.retort.introspect.sqlite.SqliteTestDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.RetortException;
import dev.retort.introspect.sqlite.SqliteCatalogReader;
import dev.retort.introspect.sqlite.SqliteTestDatabase;
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
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterPrimaryKey;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.ModelFolder;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each op applied to a real SQLite file holding rows: the catalog afterwards equals the folded model, and the
 * rows survive.
 */
class SqliteOpsOnDataTest {

    private final SqliteDialect dialect = new SqliteDialect();
    private final SqliteCatalogReader reader = new SqliteCatalogReader();

    @TempDir
    Path dir;

    private Connection c;
    private SchemaModel before;

    private static Column col(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, Optional.empty(), false);
    }

    static Table users() {
        return SqliteDialectTest.users();
    }

    static Table posts() {
        return Table.builder("posts")
                .column(col("id", ColumnType.of(TypeKind.INTEGER), false))
                .column(col("user_id", ColumnType.of(TypeKind.INTEGER), false))
                .column(col("editor_id", ColumnType.of(TypeKind.INTEGER), true))
                .column(col("title", ColumnType.varchar(200), false))
                .primaryKey(List.of("id"))
                .foreignKey(new ForeignKey(Optional.of("fk_posts_user"), List.of("user_id"), "users", List.of("id"),
                        ReferentialAction.CASCADE))
                .index(new Index("ix_posts_user", List.of("user_id"), false))
                .build();
    }

    @BeforeEach
    void createDatabaseWithRows() throws Exception {
        c = SqliteTestDatabase.open(dir, "ops.db");
        List<String> sql = new ArrayList<>();
        sql.addAll(dialect.statements(new CreateTable(users()), SchemaModel.EMPTY));
        sql.addAll(dialect.statements(new CreateTable(posts()), SchemaModel.EMPTY));
        executeInTransaction(c, sql);
        execute(c,
                "INSERT INTO users (email, nickname, score) VALUES ('ada@example.com', 'ada', 10)",
                "INSERT INTO users (email, nickname, score) VALUES ('bob@example.com', 'bob', 0)",
                "INSERT INTO users (email, nickname, score) VALUES ('cy@example.com', 'cy', 3)",
                "INSERT INTO users (email, nickname, score) VALUES ('gone@example.com', 'gone', 1)",
                "DELETE FROM users WHERE id = 4",
                "INSERT INTO posts (id, user_id, editor_id, title) VALUES (10, 1, 2, 'Hello')",
                "INSERT INTO posts (id, user_id, editor_id, title) VALUES (11, 1, NULL, 'It''s me')",
                "INSERT INTO posts (id, user_id, editor_id, title) VALUES (12, 2, 1, 'Bob''s')",
                "INSERT INTO posts (id, user_id, editor_id, title) VALUES (13, 3, 3, 'Cy')");
        before = reader.read(c, t -> true);
        assertThat(before).isEqualTo(new SchemaModel(List.of(users(), posts())));
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private List<Map<String, Object>> usersRows() throws SQLException {
        return rows(c, "SELECT * FROM users ORDER BY id");
    }

    private List<Map<String, Object>> postsRows() throws SQLException {
        return rows(c, "SELECT * FROM posts ORDER BY id");
    }

    /** Applies {@code op} as the runner would and checks the catalog now equals the folded model. */
    private SchemaModel apply(MigrationOp op) throws SQLException {
        List<String> sql = dialect.statements(op, before);
        executeInTransaction(c, sql);
        SchemaModel expected = ModelFolder.apply(before, op);
        // views are names only, and a test may add one after the model was read
        assertThat(reader.read(c, t -> true).withViews(expected.views())).as("catalog after %s", op).isEqualTo(expected);
        assertThat(rows(c, "PRAGMA foreign_key_check")).as("foreign key check").isEmpty();
        assertThat(rows(c, "PRAGMA integrity_check")).extracting(r -> r.get("integrity_check")).containsExactly("ok");
        before = expected;
        return expected;
    }

    /** The rows of {@code table} with {@code column} removed. */
    private static List<Map<String, Object>> without(List<Map<String, Object>> rows, String column) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            Map<String, Object> copy = new LinkedHashMap<>(r);
            copy.remove(column);
            out.add(copy);
        }
        return out;
    }

    /** Index keys that name columns are those columns, whatever characters the names hold; not expressions. */
    @Test
    void indexKeysThatNameColumnsAreQuotedAsColumns() throws Exception {
        Table odd = Table.builder("odd").column(col("id", ColumnType.of(dev.retort.model.TypeKind.INTEGER), false))
                .column(col("a-b", ColumnType.of(dev.retort.model.TypeKind.INTEGER), true))
                .column(col("col;semi", ColumnType.of(dev.retort.model.TypeKind.TEXT), true))
                .column(col("Naïve", ColumnType.of(dev.retort.model.TypeKind.TEXT), true))
                .primaryKey(List.of("id"))
                .index(new dev.retort.model.Index("ix_odd_all", List.of("a-b", "col;semi", "Naïve"), false, "",
                        java.util.Optional.empty()))
                .build();
        apply(new dev.retort.ops.CreateTable(odd));
        apply(new dev.retort.ops.CreateIndex("odd", new dev.retort.model.Index("ix_odd_ab", List.of("a-b"), true, "",
                java.util.Optional.empty())));
        assertThat(rows(c, "PRAGMA index_info('ix_odd_all')")).extracting(r -> r.get("name"))
                .containsExactly("a-b", "col;semi", "Naïve");
        assertThat(rows(c, "PRAGMA index_info('ix_odd_ab')")).extracting(r -> r.get("name")).containsExactly("a-b");
    }

    @Test
    void alterColumnWidensVarcharAndKeepsRowsAndTheAutoincrementHighWaterMark() throws Exception {
        var users = usersRows();
        var posts = postsRows();
        Column from = users().column("nickname").orElseThrow();
        apply(new AlterColumn("users", from, from.withType(ColumnType.varchar(100))));
        assertThat(usersRows()).isEqualTo(users);
        assertThat(postsRows()).isEqualTo(posts);
        execute(c, "INSERT INTO users (email, nickname) VALUES ('new@example.com', 'new')");
        assertThat(rows(c, "SELECT id FROM users WHERE email = 'new@example.com'"))
                .as("id 4 was handed out before the rebuild and must not come back")
                .extracting(r -> r.get("id")).containsExactly(5);
    }

    @Test
    void primaryKeyChangedAndDroppedByRebuildKeepsRows() throws Exception {
        var posts = postsRows();
        apply(new AlterPrimaryKey("posts", List.of("id"), List.of("user_id", "id")));
        assertThat(postsRows()).isEqualTo(posts);
        assertThatThrownBy(() -> execute(c, "INSERT INTO posts (id, user_id, title) VALUES (10, 1, 'again')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("UNIQUE");
        execute(c, "INSERT INTO posts (id, user_id, title) VALUES (10, 3, 'same id, other user')");
        execute(c, "DELETE FROM posts WHERE user_id = 3 AND id = 10");
        apply(new AlterPrimaryKey("posts", List.of("user_id", "id"), List.of()));
        assertThat(postsRows()).isEqualTo(posts);
        execute(c, "INSERT INTO posts (id, user_id, title) VALUES (10, 1, 'again')");
        assertThat(postsRows()).hasSize(5);
        execute(c, "DELETE FROM posts WHERE title = 'again'");
        apply(new AlterPrimaryKey("posts", List.of(), List.of("id")));
        assertThat(postsRows()).isEqualTo(posts);
    }

    @Test
    void alterColumnToNotNullWhenNoRowIsNull() throws Exception {
        var users = usersRows();
        Column from = users().column("nickname").orElseThrow();
        apply(new AlterColumn("users", from, from.withNullable(false)));
        assertThat(usersRows()).isEqualTo(users);
        assertThatThrownBy(() -> execute(c, "INSERT INTO users (email, nickname) VALUES ('x@example.com', NULL)"))
                .isInstanceOf(SQLException.class).hasMessageContaining("NOT NULL");
    }

    @Test
    void alterColumnToNotNullFailsAndRollsBackWhenARowIsNull() throws Exception {
        Column from = posts().column("editor_id").orElseThrow();
        List<String> sql = dialect.statements(new AlterColumn("posts", from, from.withNullable(false)), before);
        assertThatThrownBy(() -> executeInTransaction(c, sql)).isInstanceOf(SQLException.class);
        assertThat(reader.read(c, t -> true)).isEqualTo(before);
        assertThat(postsRows()).hasSize(4);
    }

    @Test
    void addAndDropUniqueConstraint() throws Exception {
        var users = usersRows();
        apply(new AddUniqueConstraint("users", new UniqueConstraint(Optional.of("uq_users_nickname"), List.of("nickname"))));
        assertThat(usersRows()).isEqualTo(users);
        assertThatThrownBy(() -> execute(c, "INSERT INTO users (email, nickname) VALUES ('z@example.com', 'ada')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("UNIQUE");
        apply(new DropUniqueConstraint("users", users().uniqueConstraints().get(0)));
        assertThat(usersRows()).isEqualTo(users);
        execute(c, "INSERT INTO users (email, nickname) VALUES ('ada@example.com', 'ada2')");
        assertThat(usersRows()).hasSize(4);
    }

    @Test
    void addAndDropForeignKey() throws Exception {
        var posts = postsRows();
        ForeignKey editor = new ForeignKey(Optional.of("fk_posts_editor"), List.of("editor_id"), "users", List.of("id"),
                ReferentialAction.SET_NULL);
        apply(new AddForeignKey("posts", editor));
        assertThat(postsRows()).isEqualTo(posts);
        apply(new DropForeignKey("posts", posts().foreignKeys().get(0)));
        assertThat(postsRows()).isEqualTo(posts);
        // The remaining key works once foreign keys are enforced: deleting bob clears his edits.
        SqliteTestDatabase.executeOutsideTransaction(c, "PRAGMA foreign_keys = ON");
        execute(c, "DELETE FROM users WHERE id = 2");
        assertThat(rows(c, "SELECT id, editor_id FROM posts WHERE id = 10")).containsExactly(expectedNullEditor());
        assertThat(rows(c, "SELECT id FROM posts WHERE user_id = 2")).as("no cascade any more").hasSize(1);
    }

    private static Map<String, Object> expectedNullEditor() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 10);
        row.put("editor_id", null);
        return row;
    }

    @Test
    void rebuildingAReferencedTableKeepsTheChildrenPointingAtIt() throws Exception {
        var posts = postsRows();
        apply(new AddCheckConstraint("users", new CheckConstraint(Optional.of("ck_users_email"), "email LIKE '%@%'")));
        assertThat(postsRows()).isEqualTo(posts);
        assertThat(before.table("posts").orElseThrow().foreignKeys().get(0).referencedTable()).isEqualTo("users");
        SqliteTestDatabase.executeOutsideTransaction(c, "PRAGMA foreign_keys = ON");
        execute(c, "DELETE FROM users WHERE id = 1");
        assertThat(rows(c, "SELECT id FROM posts ORDER BY id")).extracting(r -> r.get("id")).containsExactly(12, 13);
        assertThatThrownBy(() -> execute(c, "INSERT INTO users (email) VALUES ('no-at-sign')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("ck_users_email");
    }

    @Test
    void dropCheckConstraint() throws Exception {
        var users = usersRows();
        apply(new DropCheckConstraint("users", users().checks().get(0)));
        assertThat(usersRows()).isEqualTo(users);
        execute(c, "INSERT INTO users (email, score) VALUES ('neg@example.com', -5)");
    }

    @Test
    void dropColumnInPlaceAndByRebuild() throws Exception {
        var users = usersRows();
        var posts = postsRows();
        assertThat(dialect.statements(new DropColumn("posts", posts().column("editor_id").orElseThrow()), before))
                .hasSize(1);
        apply(new DropColumn("posts", posts().column("editor_id").orElseThrow()));
        assertThat(postsRows()).isEqualTo(without(posts, "editor_id"));
        apply(new DropColumn("users", users().column("nickname").orElseThrow()));
        assertThat(usersRows()).isEqualTo(without(users, "nickname"));
        assertThat(before.table("users").orElseThrow().indexes()).isEmpty();
    }

    /** downgrade -1 restores the table as it was: a dropped column comes back in its place, by a rebuild. */
    @Test
    void undoingADropPutsTheColumnBackInItsPlace() throws Exception {
        var posts = postsRows();
        List<String> order = posts().columnNames();
        Column editor = posts().column("editor_id").orElseThrow();
        DropColumn drop = new DropColumn("posts", editor, Optional.of("title"));
        apply(drop);
        apply(drop.inverse());
        // apply() holds the catalog to the folded model, column order included
        assertThat(posts().columnNames()).isEqualTo(order);
        assertThat(postsRows()).extracting(r -> r.get("title")).isEqualTo(posts.stream().map(r -> r.get("title")).toList());
        // the last column goes back by a plain ADD COLUMN
        Column title = posts().column("title").orElseThrow();
        DropColumn dropLast = new DropColumn("posts", title.withNullable(true), Optional.empty());
        assertThat(dialect.statements(dropLast.inverse(), ModelFolder.apply(before, dropLast))).hasSize(1);
    }

    @Test
    void addNotNullColumnWithConstantDefaultFillsExistingRows() throws Exception {
        var users = usersRows();
        Column status = new Column("status", ColumnType.varchar(10), false, Optional.of("'active'"), false);
        assertThat(dialect.statements(new AddColumn("users", status), before)).hasSize(1);
        apply(new AddColumn("users", status));
        assertThat(without(usersRows(), "status")).isEqualTo(users);
        assertThat(usersRows()).extracting(r -> r.get("status")).containsOnly("active");
    }

    @Test
    void addColumnWithExpressionDefaultRebuildsAndFillsExistingRows() throws Exception {
        var users = usersRows();
        Column seen = new Column("seen_at", ColumnType.of(TypeKind.TIMESTAMP), false,
                Optional.of("CURRENT_TIMESTAMP"), false);
        apply(new AddColumn("users", seen));
        assertThat(without(usersRows(), "seen_at")).isEqualTo(users);
        assertThat(usersRows()).extracting(r -> r.get("seen_at")).doesNotContainNull();
    }

    @Test
    void renameColumnAndRenameTable() throws Exception {
        var posts = postsRows();
        apply(new RenameColumn("posts", "title", "headline"));
        assertThat(rows(c, "SELECT id, headline FROM posts ORDER BY id")).extracting(r -> r.get("headline"))
                .containsExactly("Hello", "It's me", "Bob's", "Cy");
        var users = usersRows();
        apply(new RenameTable("users", "members"));
        assertThat(rows(c, "SELECT * FROM members ORDER BY id")).isEqualTo(users);
        assertThat(before.table("posts").orElseThrow().foreignKeys().get(0).referencedTable()).isEqualTo("members");
        apply(new RenameTable("posts", "articles"));
        assertThat(rows(c, "SELECT id, user_id, editor_id, headline AS title FROM articles ORDER BY id")).isEqualTo(posts);
    }

    @Test
    void createAndDropIndex() throws Exception {
        Index index = new Index("ux_posts_user_title", List.of("user_id", "title"), true);
        apply(new CreateIndex("posts", index));
        assertThatThrownBy(() -> execute(c, "INSERT INTO posts (id, user_id, title) VALUES (99, 1, 'Hello')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("UNIQUE");
        apply(new DropIndex("posts", index));
        apply(new DropIndex("posts", posts().indexes().get(0)));
        assertThat(postsRows()).hasSize(4);
    }

    @Test
    void bulkInsertAddsRowsWithoutChangingTheSchema() throws Exception {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("email", "d'arcy@example.com");
        row.put("nickname", null);
        row.put("score", 7);
        apply(new BulkInsert("users", List.of(row, Map.of("email", "eve@example.com"))));
        assertThat(rows(c, "SELECT email, nickname, score FROM users WHERE id > 3 ORDER BY id")).containsExactly(
                expected("d'arcy@example.com", null, 7), expected("eve@example.com", null, 0));
    }

    private static Map<String, Object> expected(String email, String nickname, int score) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("email", email);
        row.put("nickname", nickname);
        row.put("score", score);
        return row;
    }

    @Test
    void createAndDropTable() throws Exception {
        Table tags = Table.builder("tags")
                .column(new Column("id", ColumnType.of(TypeKind.BIGINT), false, Optional.empty(), true))
                .column(col("post_id", ColumnType.of(TypeKind.INTEGER), false))
                .column(col("label", ColumnType.varchar(30), false))
                .primaryKey(List.of("id"))
                .foreignKey(new ForeignKey(Optional.empty(), List.of("post_id"), "posts", List.of("id"),
                        ReferentialAction.CASCADE))
                .index(new Index("ux_tags_post_label", List.of("post_id", "label"), true))
                .build();
        // SQLite's identity is the integer rowid alias, so a bigint identity reads back as integer.
        SchemaModel expected = ModelFolder.apply(before, new CreateTable(tags.mapColumn("id",
                id -> id.withType(ColumnType.of(TypeKind.INTEGER)))));
        executeInTransaction(c, dialect.statements(new CreateTable(tags), before));
        assertThat(reader.read(c, t -> true)).isEqualTo(expected);
        before = expected;
        apply(new DropTable(before.table("tags").orElseThrow()));
        assertThat(postsRows()).hasSize(4);
    }

    @Test
    void anIdentityColumnAddedToATableWithRowsNumbersThemThenBecomesTheKey() throws Exception {
        execute(c, "CREATE TABLE notes (body text)",
                "INSERT INTO notes (body) VALUES ('a'), ('b'), ('c'), ('d')", "DELETE FROM notes WHERE body = 'b'");
        before = reader.read(c, t -> true);
        Column id = new Column("id", ColumnType.of(TypeKind.BIGINT), false, Optional.empty(), true);
        AddColumn add = new AddColumn("notes", id);
        AlterPrimaryKey key = new AlterPrimaryKey("notes", List.of(), List.of("id"));
        // between the two the column is a plain integer, filled with each row's rowid
        executeInTransaction(c, dialect.statements(add, before));
        before = ModelFolder.apply(before, add);
        assertThat(rows(c, "SELECT id, body FROM notes ORDER BY id")).extracting(r -> r.get("id") + ":" + r.get("body"))
                .containsExactly("1:a", "3:c", "4:d");
        executeInTransaction(c, dialect.statements(key, before));
        before = ModelFolder.apply(before, key);
        Table notes = reader.read(c, t -> true).table("notes").orElseThrow();
        assertThat(notes.primaryKey()).containsExactly("id");
        assertThat(notes.column("id").orElseThrow().identity()).isTrue();
        execute(c, "INSERT INTO notes (body) VALUES ('e')");
        assertThat(rows(c, "SELECT id FROM notes WHERE body = 'e'")).extracting(r -> r.get("id")).containsExactly(5);

        // and back: the key goes, then the column
        executeInTransaction(c, dialect.statements(key.inverse(), before));
        before = ModelFolder.apply(before, key.inverse());
        apply(add.inverse());
        assertThat(rows(c, "SELECT body FROM notes ORDER BY body")).extracting(r -> r.get("body"))
                .containsExactly("a", "c", "d", "e");
    }

    @Test
    void identityTurnedOnContinuesAfterTheLargestIdAndTurnedOffKeepsIdsForExplicitInserts()
            throws Exception {
        Column assigned = col("id", ColumnType.of(TypeKind.BIGINT), false);
        Column identity = assigned.withIdentity(true);
        apply(new CreateTable(Table.builder("notes").column(assigned)
                .column(col("body", ColumnType.of(TypeKind.TEXT), true)).primaryKey(List.of("id")).build()));
        execute(c, "INSERT INTO notes (id, body) VALUES (1, 'a'), (2, 'b'), (3, 'c')");
        var notes = notesRows();

        AlterColumn on = new AlterColumn("notes", assigned, identity);
        executeInTransaction(c, dialect.statements(on, before));
        // SQLite's identity is the integer rowid alias, so the bigint identity reads back as integer
        before = ModelFolder.apply(before,
                new AlterColumn("notes", assigned, identity.withType(ColumnType.of(TypeKind.INTEGER))));
        assertThat(reader.read(c, t -> true)).isEqualTo(before);
        assertThat(String.valueOf(one("SELECT sql FROM sqlite_schema WHERE name = 'notes'"))).contains("AUTOINCREMENT");
        assertThat(notesRows()).isEqualTo(notes);
        assertThat(rows(c, "SELECT name, seq FROM sqlite_sequence WHERE name <> 'users'"))
                .extracting(r -> r.get("name") + ":" + r.get("seq"))
                .as("the high-water mark is the largest id, under the table's own name").containsExactly("notes:3");
        execute(c, "INSERT INTO notes (body) VALUES ('d')");
        assertThat(one("SELECT id FROM notes WHERE body = 'd'")).isEqualTo(4);

        apply(new AlterColumn("notes", before.table("notes").orElseThrow().column("id").orElseThrow(), assigned));
        assertThat(String.valueOf(one("SELECT sql FROM sqlite_schema WHERE name = 'notes'")))
                .doesNotContain("AUTOINCREMENT");
        assertThat(rows(c, "SELECT name FROM sqlite_sequence WHERE name <> 'users'")).isEmpty();
        assertThat(rows(c, "SELECT id, body FROM notes ORDER BY id")).extracting(r -> r.get("id") + ":" + r.get("body"))
                .containsExactly("1:a", "2:b", "3:c", "4:d");
        execute(c, "INSERT INTO notes (id, body) VALUES (10, 'e')");
        assertThatThrownBy(() -> execute(c, "INSERT INTO notes (body) VALUES ('f')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("NOT NULL");
        assertThatThrownBy(() -> execute(c, "INSERT INTO notes (id, body) VALUES (10, 'again')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("UNIQUE");

        // and on again: past the explicit 10
        executeInTransaction(c, dialect.statements(on, before));
        execute(c, "INSERT INTO notes (body) VALUES ('g')");
        assertThat(one("SELECT id FROM notes WHERE body = 'g'")).isEqualTo(11);
    }

    private List<Map<String, Object>> notesRows() throws SQLException {
        return rows(c, "SELECT * FROM notes ORDER BY id");
    }

    private Object one(String query) throws SQLException {
        List<Map<String, Object>> rows = rows(c, query);
        assertThat(rows).as(query).hasSize(1);
        return rows.get(0).values().iterator().next();
    }

    @Test
    void aNewTableWithIdentityButNoPrimaryKeyIsRefused() {
        Table t = Table.builder("orphans")
                .column(new Column("id", ColumnType.of(TypeKind.BIGINT), false, Optional.empty(), true)).build();
        assertThatThrownBy(() -> dialect.statements(new CreateTable(t), before))
                .isInstanceOf(RetortException.class).hasMessageContaining("orphans")
                .hasMessageContaining("make id the table's primary key");
    }

    @Test
    void viewsOverARebuiltTableKeepWorking() throws Exception {
        execute(c, "CREATE VIEW ada_posts AS SELECT p.title FROM posts p JOIN users u ON u.id = p.user_id"
                + " WHERE u.nickname = 'ada'");
        Column from = users().column("nickname").orElseThrow();
        apply(new AlterColumn("users", from, from.withType(ColumnType.of(TypeKind.TEXT))));
        assertThat(rows(c, "SELECT title FROM ada_posts ORDER BY title")).extracting(r -> r.get("title"))
                .containsExactly("Hello", "It's me");
    }
}
