package dev.retort.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialects;
import dev.retort.dialect.SqlDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
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
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.AlterSequence;
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
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostgresDialectTest {

    private final SqlDialect dialect = new PostgresDialect();

    static Column col(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, Optional.empty(), false);
    }

    static Column withDefault(Column c, String expression) {
        return c.withDefault(Optional.of(expression));
    }

    private List<String> sql(MigrationOp op) {
        return dialect.statements(op, SchemaModel.EMPTY);
    }

    private List<String> sql(MigrationOp op, SchemaModel before) {
        return dialect.statements(op, before);
    }

    /** users(id bigint identity, email unique, nickname indexed, score default 0 check >= 0). */
    static Table users() {
        return Table.builder("users")
                .column(new Column("id", ColumnType.of(TypeKind.BIGINT), false, Optional.empty(), true))
                .column(col("email", ColumnType.varchar(50), false))
                .column(col("nickname", ColumnType.varchar(50), true))
                .column(withDefault(col("score", ColumnType.of(TypeKind.INTEGER), false), "0"))
                .primaryKey(List.of("id"))
                .unique(new UniqueConstraint(Optional.of("uq_users_email"), List.of("email")))
                .index(new Index("ix_users_nickname", List.of("nickname"), false))
                .check(new CheckConstraint(Optional.of("ck_users_score"), "score >= 0"))
                .build();
    }

    @Test
    void metadataCapabilitiesFoldingAndQuoting() {
        assertThat(dialect.name()).isEqualTo("postgresql");
        assertThat(dialect.hibernateDialect()).isEqualTo("org.hibernate.dialect.PostgreSQLDialect");
        assertThat(dialect.capabilities().transactionalDdl()).isTrue();
        assertThat(dialect.capabilities().alterColumnType()).isTrue();
        assertThat(dialect.capabilities().alterConstraints()).isTrue();
        assertThat(dialect.capabilities().identityIsIntegerAlias()).isFalse();
        assertThat(dialect.capabilities().indexMethods()).isTrue();
        assertThat(dialect.capabilities().advisoryLocks()).isTrue();
        assertThat(dialect.capabilities().comments()).isTrue();
        assertThat(dialect.fold("OrderLine_ID")).isEqualTo("orderline_id");
        // only ASCII letters fold, as in a UTF-8 database
        assertThat(dialect.fold("ÄRGER")).isEqualTo("Ärger");
        assertThat(dialect.quote("order")).isEqualTo("\"order\"");
        assertThat(dialect.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(dialect.quote("app.users")).isEqualTo("\"app.users\"");
        PostgresDialect pg = new PostgresDialect();
        assertThat(pg.quoteQualified("app.users")).isEqualTo("\"app\".\"users\"");
        assertThat(pg.quoteQualified("users")).isEqualTo("\"users\"");
        assertThat(pg.quoteQualified("a.b.c")).isEqualTo("\"a.b.c\"");
        assertThat(pg.quoteQualified(".users")).isEqualTo("\".users\"");
        assertThat(dialect.literal("it's")).isEqualTo("'it''s'");
    }

    @Test
    void typeSpellings() {
        Map<ColumnType, String> expected = new LinkedHashMap<>();
        expected.put(ColumnType.of(TypeKind.BOOLEAN), "boolean");
        expected.put(ColumnType.of(TypeKind.SMALLINT), "smallint");
        expected.put(ColumnType.of(TypeKind.INTEGER), "integer");
        expected.put(ColumnType.of(TypeKind.BIGINT), "bigint");
        expected.put(ColumnType.of(TypeKind.REAL), "real");
        expected.put(ColumnType.of(TypeKind.DOUBLE), "double precision");
        expected.put(ColumnType.numeric(10, 2), "numeric(10,2)");
        expected.put(ColumnType.numeric(12, 0), "numeric(12,0)");
        expected.put(ColumnType.numeric(0, 0), "numeric");
        expected.put(ColumnType.chars(3), "char(3)");
        expected.put(ColumnType.varchar(255), "varchar(255)");
        expected.put(ColumnType.varchar(0), "varchar");
        expected.put(ColumnType.of(TypeKind.TEXT), "text");
        expected.put(ColumnType.of(TypeKind.DATE), "date");
        expected.put(ColumnType.of(TypeKind.TIME), "time");
        expected.put(ColumnType.of(TypeKind.TIMESTAMP), "timestamp");
        expected.put(ColumnType.of(TypeKind.TIMESTAMPTZ), "timestamp with time zone");
        expected.put(ColumnType.of(TypeKind.UUID), "uuid");
        expected.put(ColumnType.of(TypeKind.BINARY), "bytea");
        expected.put(ColumnType.of(TypeKind.JSON), "json");
        expected.put(ColumnType.of(TypeKind.JSONB), "jsonb");
        expected.put(ColumnType.other("text[]"), "text[]");
        expected.put(ColumnType.other("integer[]"), "integer[]");
        expected.put(ColumnType.other("oid"), "oid");
        expected.put(ColumnType.other("mood"), "mood");
        expected.put(ColumnType.other("user"), "\"user\"");
        expected.forEach((type, spelling) -> assertThat(dialect.typeSql(type)).as(type.toString()).isEqualTo(spelling));
        for (TypeKind kind : TypeKind.values()) {
            ColumnType t = kind == TypeKind.OTHER ? ColumnType.other("oid") : ColumnType.of(kind);
            assertThat(dialect.typeSql(t)).as(kind.name()).isNotBlank();
        }
    }

    @Test
    void enumTypesInTheSchemaAreSpelledByTheirOwnNameQuotedOnlyWhenNeeded() {
        SchemaModel schema = SchemaModel.EMPTY.withEnumTypes(List.of(
                new EnumType("mood", List.of("HAPPY")),
                new EnumType("\"Status\"", List.of("A")),
                new EnumType("order", List.of("B")),
                new EnumType("app.level", List.of("LOW"))));
        Table t = Table.builder("people")
                .column(col("m", ColumnType.other("mood"), true))
                .column(col("s", ColumnType.other("status"), true))
                .column(col("o", ColumnType.other("order[]"), true))
                .column(col("l", ColumnType.other("app.level"), true))
                .column(col("x", ColumnType.other("oid"), true))
                .build();
        assertThat(sql(new CreateTable(t), schema)).containsExactly("CREATE TABLE \"people\" (\"m\" mood, \"s\" \"Status\","
                + " \"o\" \"order\"[], \"l\" app.level, \"x\" oid)");
    }

    @Test
    void createTableWithIdentityUniqueCheckDefaultAndIndex() {
        assertThat(sql(new CreateTable(users()))).containsExactly(
                "CREATE TABLE \"users\" (\"id\" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,"
                        + " \"email\" varchar(50) NOT NULL, \"nickname\" varchar(50),"
                        + " \"score\" integer NOT NULL DEFAULT 0, PRIMARY KEY (\"id\"),"
                        + " CONSTRAINT \"uq_users_email\" UNIQUE (\"email\"),"
                        + " CONSTRAINT \"ck_users_score\" CHECK (score >= 0))",
                "CREATE INDEX \"ix_users_nickname\" ON \"users\" (\"nickname\")");
    }

    @Test
    void identityKeepsTheColumnsIntegerType() {
        Table t = Table.builder("tags")
                .column(new Column("id", ColumnType.of(TypeKind.INTEGER), false, Optional.empty(), true))
                .column(new Column("n", ColumnType.of(TypeKind.SMALLINT), true, Optional.empty(), true))
                .build();
        assertThat(sql(new CreateTable(t))).containsExactly("CREATE TABLE \"tags\" (\"id\" integer GENERATED BY"
                + " DEFAULT AS IDENTITY NOT NULL, \"n\" smallint GENERATED BY DEFAULT AS IDENTITY NOT NULL)");
    }

    @Test
    void identityOnANonIntegerColumnOrWithADefaultIsRefused() {
        Table text = Table.builder("t")
                .column(new Column("id", ColumnType.of(TypeKind.TEXT), false, Optional.empty(), true)).build();
        assertThatThrownBy(() -> sql(new CreateTable(text))).isInstanceOf(RetortException.class)
                .hasMessageContaining("t.id").hasMessageContaining("integer")
                .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.UNSUPPORTED));
        Column both = new Column("id", ColumnType.of(TypeKind.BIGINT), false, Optional.of("1"), true);
        assertThatThrownBy(() -> sql(new AddColumn("t", both))).isInstanceOf(RetortException.class)
                .hasMessageContaining("t.id").hasMessageContaining("default");
    }

    @Test
    void createTableWithCompositeKeyForeignKeysUnnamedConstraintsAndSpecialIndexes() {
        Table t = Table.builder("app.user_roles")
                .column(col("user_id", ColumnType.of(TypeKind.BIGINT), false))
                .column(col("role", ColumnType.varchar(20), false))
                .column(withDefault(col("granted_at", ColumnType.of(TypeKind.TIMESTAMPTZ), false), "now()"))
                .column(withDefault(col("note", ColumnType.varchar(20), true), "'n/a'::character varying"))
                .column(withDefault(col("level", ColumnType.of(TypeKind.INTEGER), true), "1 + 2"))
                .column(col("tags", ColumnType.other("text[]"), true))
                .column(col("data", ColumnType.of(TypeKind.JSONB), true))
                .column(col("granted_by", ColumnType.of(TypeKind.BIGINT), true))
                .primaryKey(List.of("user_id", "role"))
                .unique(new UniqueConstraint(Optional.empty(), List.of("role", "granted_by")))
                .foreignKey(new ForeignKey(Optional.of("fk_user"), List.of("user_id"), "app.users", List.of("id"),
                        ReferentialAction.CASCADE))
                .foreignKey(new ForeignKey(Optional.empty(), List.of("granted_by"), "users", List.of("id"),
                        ReferentialAction.NO_ACTION))
                .check(new CheckConstraint(Optional.empty(), "role <> ''"))
                .index(new Index("ix_tags", List.of("tags"), false, "gin", Optional.empty()))
                .index(new Index("ix_lower_role", List.of("lower(role)", "level + 1", "data jsonb_path_ops"), true,
                        "", Optional.of("granted_by IS NOT NULL")))
                .build();
        assertThat(sql(new CreateTable(t))).containsExactly(
                "CREATE SCHEMA IF NOT EXISTS \"app\"",
                "CREATE TABLE \"app\".\"user_roles\" (\"user_id\" bigint NOT NULL, \"role\" varchar(20) NOT NULL,"
                        + " \"granted_at\" timestamp with time zone NOT NULL DEFAULT now(),"
                        + " \"note\" varchar(20) DEFAULT 'n/a'::character varying, \"level\" integer DEFAULT (1 + 2),"
                        + " \"tags\" text[], \"data\" jsonb, \"granted_by\" bigint,"
                        + " PRIMARY KEY (\"user_id\", \"role\"), UNIQUE (\"role\", \"granted_by\"),"
                        + " CONSTRAINT \"fk_user\" FOREIGN KEY (\"user_id\") REFERENCES \"app\".\"users\" (\"id\") ON DELETE CASCADE,"
                        + " FOREIGN KEY (\"granted_by\") REFERENCES \"users\" (\"id\"),"
                        + " CHECK (role <> ''))",
                "CREATE UNIQUE INDEX \"ix_lower_role\" ON \"app\".\"user_roles\""
                        + " (lower(role), (level + 1), data jsonb_path_ops) WHERE granted_by IS NOT NULL",
                "CREATE INDEX \"ix_tags\" ON \"app\".\"user_roles\" USING gin (\"tags\")");
    }

    @Test
    void tableAndColumnOps() {
        assertThat(sql(new DropTable(users()))).containsExactly("DROP TABLE \"users\"");
        assertThat(sql(new RenameTable("users", "members")))
                .containsExactly("ALTER TABLE \"users\" RENAME TO \"members\"");
        assertThat(sql(new RenameTable("app.users", "app.members")))
                .containsExactly("ALTER TABLE \"app\".\"users\" RENAME TO \"members\"");
        assertThat(sql(new RenameTable("app.users", "archive.users")))
                .containsExactly("ALTER TABLE \"app\".\"users\" SET SCHEMA \"archive\"");
        assertThat(sql(new RenameTable("app.users", "archive.members"))).containsExactly(
                "ALTER TABLE \"app\".\"users\" SET SCHEMA \"archive\"",
                "ALTER TABLE \"archive\".\"users\" RENAME TO \"members\"");
        assertThat(sql(new AddColumn("users", withDefault(col("active", ColumnType.of(TypeKind.BOOLEAN), false), "true"))))
                .containsExactly("ALTER TABLE \"users\" ADD COLUMN \"active\" boolean NOT NULL DEFAULT true");
        assertThat(sql(new AddColumn("users", new Column("seq", ColumnType.of(TypeKind.BIGINT), false,
                Optional.empty(), true))))
                .containsExactly("ALTER TABLE \"users\" ADD COLUMN \"seq\" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL");
        assertThat(sql(new DropColumn("app.users", col("nickname", ColumnType.varchar(50), true))))
                .containsExactly("ALTER TABLE \"app\".\"users\" DROP COLUMN \"nickname\"");
        assertThat(sql(new RenameColumn("users", "nickname", "handle")))
                .containsExactly("ALTER TABLE \"users\" RENAME COLUMN \"nickname\" TO \"handle\"");
    }

    @Test
    void commentsFollowTheTableOrColumnTheyBelongTo() {
        Table notes = Table.builder("app.notes")
                .column(new Column("id", ColumnType.of(TypeKind.BIGINT), false, Optional.empty(), false,
                        Optional.of("Key")))
                .column(col("body", ColumnType.of(TypeKind.TEXT), true))
                .column(col("author", ColumnType.varchar(40), true).withComment(Optional.of("Who wrote it's text")))
                .primaryKey(List.of("id"))
                .index(new Index("ix_notes_author", List.of("author"), false))
                .comment("Notes, one per line")
                .build();
        assertThat(sql(new CreateTable(notes))).containsExactly(
                "CREATE SCHEMA IF NOT EXISTS \"app\"",
                "CREATE TABLE \"app\".\"notes\" (\"id\" bigint NOT NULL, \"body\" text, \"author\" varchar(40),"
                        + " PRIMARY KEY (\"id\"))",
                "COMMENT ON TABLE \"app\".\"notes\" IS 'Notes, one per line'",
                "COMMENT ON COLUMN \"app\".\"notes\".\"id\" IS 'Key'",
                "COMMENT ON COLUMN \"app\".\"notes\".\"author\" IS 'Who wrote it''s text'",
                "CREATE INDEX \"ix_notes_author\" ON \"app\".\"notes\" (\"author\")");
        // dropping the table or column drops its comments with it
        assertThat(sql(new DropTable(notes))).containsExactly("DROP TABLE \"app\".\"notes\"");

        Column tag = col("tag", ColumnType.varchar(20), true);
        Column tagged = tag.withComment(Optional.of("Free text"));
        assertThat(sql(new AddColumn("users", tagged))).containsExactly(
                "ALTER TABLE \"users\" ADD COLUMN \"tag\" varchar(20)",
                "COMMENT ON COLUMN \"users\".\"tag\" IS 'Free text'");
        assertThat(sql(new AddColumn("users", tag))).containsExactly("ALTER TABLE \"users\" ADD COLUMN \"tag\" varchar(20)");

        assertThat(sql(new AlterColumn("users", tag, tagged)))
                .containsExactly("COMMENT ON COLUMN \"users\".\"tag\" IS 'Free text'");
        assertThat(sql(new AlterColumn("users", tagged, tag)))
                .containsExactly("COMMENT ON COLUMN \"users\".\"tag\" IS NULL");
        assertThat(sql(new AlterColumn("users", tagged, tagged.withType(ColumnType.varchar(30))
                .withComment(Optional.of("Line 1\nLine 2"))))).containsExactly(
                "ALTER TABLE \"users\" ALTER COLUMN \"tag\" TYPE varchar(30)",
                "COMMENT ON COLUMN \"users\".\"tag\" IS 'Line 1\nLine 2'");
        assertThat(sql(new AlterColumn("users", tagged, tagged.withType(ColumnType.varchar(30)))))
                .containsExactly("ALTER TABLE \"users\" ALTER COLUMN \"tag\" TYPE varchar(30)");

        assertThat(sql(new AlterTableComment("app.notes", Optional.empty(), Optional.of("All notes"))))
                .containsExactly("COMMENT ON TABLE \"app\".\"notes\" IS 'All notes'");
        assertThat(sql(new AlterTableComment("notes", Optional.of("All notes"), Optional.empty())))
                .containsExactly("COMMENT ON TABLE \"notes\" IS NULL");
        assertThatThrownBy(() -> sql(new AlterTableComment("notes", Optional.empty(), Optional.of("a\0b"))))
                .isInstanceOf(RetortException.class).hasMessageContaining("notes").hasMessageContaining("NUL");
    }

    @Test
    void alterColumnChangesOnlyWhatDiffersInOneStatement() {
        Column name50 = col("name", ColumnType.varchar(50), true);
        assertThat(sql(new AlterColumn("users", name50, name50.withType(ColumnType.varchar(100)))))
                .containsExactly("ALTER TABLE \"users\" ALTER COLUMN \"name\" TYPE varchar(100)");
        assertThat(sql(new AlterColumn("users", name50, name50.withNullable(false))))
                .containsExactly("ALTER TABLE \"users\" ALTER COLUMN \"name\" SET NOT NULL");
        assertThat(sql(new AlterColumn("users", name50.withNullable(false), name50)))
                .containsExactly("ALTER TABLE \"users\" ALTER COLUMN \"name\" DROP NOT NULL");
        assertThat(sql(new AlterColumn("users", name50, withDefault(name50, "'x'"))))
                .containsExactly("ALTER TABLE \"users\" ALTER COLUMN \"name\" SET DEFAULT 'x'");
        assertThat(sql(new AlterColumn("users", withDefault(name50, "'x'"), withDefault(name50, "'y'"))))
                .containsExactly("ALTER TABLE \"users\" ALTER COLUMN \"name\" SET DEFAULT 'y'");
        assertThat(sql(new AlterColumn("users", withDefault(name50, "'x'"), name50)))
                .containsExactly("ALTER TABLE \"users\" ALTER COLUMN \"name\" DROP DEFAULT");
        // type and nullability together
        Column amount = withDefault(col("amount", ColumnType.numeric(8, 2), false), "0");
        assertThat(sql(new AlterColumn("order", amount, amount.withType(ColumnType.numeric(10, 2)).withNullable(true))))
                .containsExactly("ALTER TABLE \"order\" ALTER COLUMN \"amount\" DROP DEFAULT,"
                        + " ALTER COLUMN \"amount\" TYPE numeric(10,2), ALTER COLUMN \"amount\" DROP NOT NULL,"
                        + " ALTER COLUMN \"amount\" SET DEFAULT 0");
        // nothing to do: an identity column is NOT NULL whatever the model says
        Column id = new Column("id", ColumnType.of(TypeKind.BIGINT), false, Optional.empty(), true);
        assertThat(sql(new AlterColumn("users", id, id.withNullable(true)))).isEmpty();
    }

    @Test
    void alterColumnTypeCastsWithUsingOnlyWhereNoAssignmentCastExists() {
        Column code = withDefault(col("code", ColumnType.varchar(10), true), "'0'");
        assertThat(sql(new AlterColumn("t", code, code.withType(ColumnType.of(TypeKind.INTEGER)).withDefault(Optional.of("0")))))
                .containsExactly("ALTER TABLE \"t\" ALTER COLUMN \"code\" DROP DEFAULT, ALTER COLUMN \"code\" TYPE integer"
                        + " USING \"code\"::integer, ALTER COLUMN \"code\" SET DEFAULT 0");
        Column n = col("n", ColumnType.of(TypeKind.INTEGER), true);
        assertThat(sql(new AlterColumn("t", n, n.withType(ColumnType.of(TypeKind.BIGINT)))))
                .containsExactly("ALTER TABLE \"t\" ALTER COLUMN \"n\" TYPE bigint");
        assertThat(sql(new AlterColumn("t", n, n.withType(ColumnType.of(TypeKind.TEXT)))))
                .containsExactly("ALTER TABLE \"t\" ALTER COLUMN \"n\" TYPE text");
        assertThat(sql(new AlterColumn("t", n, n.withType(ColumnType.of(TypeKind.BOOLEAN)))))
                .containsExactly("ALTER TABLE \"t\" ALTER COLUMN \"n\" TYPE boolean USING \"n\"::boolean");
        Column ts = col("at", ColumnType.of(TypeKind.TIMESTAMP), true);
        assertThat(sql(new AlterColumn("t", ts, ts.withType(ColumnType.of(TypeKind.TIMESTAMPTZ)))))
                .containsExactly("ALTER TABLE \"t\" ALTER COLUMN \"at\" TYPE timestamp with time zone");
        SchemaModel withMood = SchemaModel.EMPTY.withEnumTypes(List.of(new EnumType("\"Mood\"", List.of("OK"))));
        Column mood = col("mood", ColumnType.of(TypeKind.TEXT), true);
        assertThat(sql(new AlterColumn("t", mood, mood.withType(ColumnType.other("mood"))), withMood))
                .containsExactly("ALTER TABLE \"t\" ALTER COLUMN \"mood\" TYPE \"Mood\" USING \"mood\"::\"Mood\"");
        assertThat(PostgresColumnChange.needsUsing(ColumnType.of(TypeKind.TEXT), ColumnType.of(TypeKind.UUID))).isTrue();
        assertThat(PostgresColumnChange.needsUsing(ColumnType.of(TypeKind.TEXT), ColumnType.of(TypeKind.JSONB))).isTrue();
        assertThat(PostgresColumnChange.needsUsing(ColumnType.of(TypeKind.JSONB), ColumnType.of(TypeKind.TEXT))).isFalse();
        assertThat(PostgresColumnChange.needsUsing(ColumnType.numeric(10, 2), ColumnType.of(TypeKind.INTEGER))).isFalse();
    }

    @Test
    void alterColumnIdentityAddedAndDropped() {
        Column plain = col("id", ColumnType.of(TypeKind.BIGINT), true);
        Column identity = new Column("id", ColumnType.of(TypeKind.BIGINT), false, Optional.empty(), true);
        assertThat(sql(new AlterColumn("app.items", plain, identity))).containsExactly(
                "ALTER TABLE \"app\".\"items\" ALTER COLUMN \"id\" SET NOT NULL,"
                        + " ALTER COLUMN \"id\" ADD GENERATED BY DEFAULT AS IDENTITY",
                "SELECT setval(pg_get_serial_sequence('\"app\".\"items\"', 'id'),"
                        + " GREATEST(COALESCE(MAX(\"id\"), 0), 0) + 1, false) FROM \"app\".\"items\"");
        assertThat(sql(new AlterColumn("items", withDefault(plain, "0").withNullable(false), identity))).containsExactly(
                "ALTER TABLE \"items\" ALTER COLUMN \"id\" DROP DEFAULT,"
                        + " ALTER COLUMN \"id\" ADD GENERATED BY DEFAULT AS IDENTITY",
                "SELECT setval(pg_get_serial_sequence('\"items\"', 'id'),"
                        + " GREATEST(COALESCE(MAX(\"id\"), 0), 0) + 1, false) FROM \"items\"");
        String dropSerialSequence = "DO $$DECLARE s text := pg_get_serial_sequence('\"items\"', 'id');"
                + " BEGIN IF s IS NOT NULL THEN EXECUTE 'DROP SEQUENCE ' || s; END IF; END$$";
        assertThat(sql(new AlterColumn("items", identity, plain))).containsExactly(
                "ALTER TABLE \"items\" ALTER COLUMN \"id\" DROP IDENTITY IF EXISTS, ALTER COLUMN \"id\" DROP DEFAULT,"
                        + " ALTER COLUMN \"id\" DROP NOT NULL", dropSerialSequence);
        assertThat(sql(new AlterColumn("items", identity, withDefault(plain, "7").withNullable(false)))).containsExactly(
                "ALTER TABLE \"items\" ALTER COLUMN \"id\" DROP IDENTITY IF EXISTS, ALTER COLUMN \"id\" DROP DEFAULT,"
                        + " ALTER COLUMN \"id\" SET DEFAULT 7", dropSerialSequence);
        Column dollars = new Column("a$$b", ColumnType.of(TypeKind.BIGINT), false, Optional.empty(), true);
        assertThat(sql(new AlterColumn("items", dollars, dollars.withIdentity(false))).get(1))
                .as("a name holding $$ gets another dollar-quote tag")
                .isEqualTo("DO $retort1$DECLARE s text := pg_get_serial_sequence('\"items\"', 'a$$b');"
                        + " BEGIN IF s IS NOT NULL THEN EXECUTE 'DROP SEQUENCE ' || s; END IF; END$retort1$");
    }

    @Test
    void indexesAndConstraints() {
        Index partial = new Index("ix_active", List.of("email"), true, "", Optional.of("deleted_at IS NULL"));
        assertThat(sql(new CreateIndex("users", partial)))
                .containsExactly("CREATE UNIQUE INDEX \"ix_active\" ON \"users\" (\"email\") WHERE deleted_at IS NULL");
        assertThat(sql(new CreateIndex("docs", new Index("ix_body", List.of("body"), false, "gin", Optional.empty()))))
                .containsExactly("CREATE INDEX \"ix_body\" ON \"docs\" USING gin (\"body\")");
        assertThat(sql(new DropIndex("users", partial))).containsExactly("DROP INDEX \"ix_active\"");
        assertThat(sql(new DropIndex("app.users", partial))).containsExactly("DROP INDEX \"app\".\"ix_active\"");

        UniqueConstraint uq = new UniqueConstraint(Optional.of("uq_email"), List.of("email", "tenant"));
        assertThat(sql(new AddUniqueConstraint("users", uq)))
                .containsExactly("ALTER TABLE \"users\" ADD CONSTRAINT \"uq_email\" UNIQUE (\"email\", \"tenant\")");
        assertThat(sql(new DropUniqueConstraint("users", uq)))
                .containsExactly("ALTER TABLE \"users\" DROP CONSTRAINT \"uq_email\"");

        ForeignKey fk = new ForeignKey(Optional.of("fk_order_user"), List.of("user_id"), "app.users", List.of("id"),
                ReferentialAction.SET_NULL);
        assertThat(sql(new AddForeignKey("order", fk))).containsExactly("ALTER TABLE \"order\" ADD CONSTRAINT"
                + " \"fk_order_user\" FOREIGN KEY (\"user_id\") REFERENCES \"app\".\"users\" (\"id\") ON DELETE SET NULL");
        assertThat(sql(new DropForeignKey("order", fk)))
                .containsExactly("ALTER TABLE \"order\" DROP CONSTRAINT \"fk_order_user\"");

        CheckConstraint ck = new CheckConstraint(Optional.of("ck_qty"), "qty > 0");
        assertThat(sql(new AddCheckConstraint("order", ck)))
                .containsExactly("ALTER TABLE \"order\" ADD CONSTRAINT \"ck_qty\" CHECK (qty > 0)");
        assertThat(sql(new AddCheckConstraint("order", new CheckConstraint(Optional.empty(), "qty < 10"))))
                .containsExactly("ALTER TABLE \"order\" ADD CHECK (qty < 10)");
        assertThat(sql(new DropCheckConstraint("order", ck)))
                .containsExactly("ALTER TABLE \"order\" DROP CONSTRAINT \"ck_qty\"");
    }

    @Test
    void foreignKeyActionsAreWrittenOnlyWhenNotNoAction() {
        ForeignKey plain = new ForeignKey(Optional.of("fk_order_user"), List.of("user_id"), "users", List.of("id"),
                ReferentialAction.NO_ACTION);
        String references = "FOREIGN KEY (\"user_id\") REFERENCES \"users\" (\"id\")";
        assertThat(sql(new AddForeignKey("order", plain))).containsExactly("ALTER TABLE \"order\" ADD CONSTRAINT"
                + " \"fk_order_user\" " + references);
        assertThat(sql(new AddForeignKey("order", plain.withOnUpdate(ReferentialAction.CASCADE))))
                .containsExactly("ALTER TABLE \"order\" ADD CONSTRAINT \"fk_order_user\" " + references
                        + " ON UPDATE CASCADE");
        assertThat(sql(new AddForeignKey("order", plain.withOnDelete(ReferentialAction.SET_NULL)
                .withOnUpdate(ReferentialAction.RESTRICT))))
                .containsExactly("ALTER TABLE \"order\" ADD CONSTRAINT \"fk_order_user\" " + references
                        + " ON DELETE SET NULL ON UPDATE RESTRICT");
        Table order = Table.builder("order")
                .column(new Column("user_id", ColumnType.of(TypeKind.BIGINT), true, Optional.empty(), false))
                .foreignKey(plain.withOnUpdate(ReferentialAction.SET_DEFAULT))
                .build();
        assertThat(sql(new CreateTable(order))).containsExactly("CREATE TABLE \"order\" (\"user_id\" bigint,"
                + " CONSTRAINT \"fk_order_user\" " + references + " ON UPDATE SET DEFAULT)");
    }

    @Test
    void droppingAnUnnamedConstraintIsRefusedWithTheTableNamed() {
        List<MigrationOp> unnamed = List.of(
                new DropUniqueConstraint("users", new UniqueConstraint(Optional.empty(), List.of("email"))),
                new DropForeignKey("orders", new ForeignKey(Optional.empty(), List.of("user_id"), "users",
                        List.of("id"), ReferentialAction.NO_ACTION)),
                new DropCheckConstraint("orders", new CheckConstraint(Optional.empty(), "qty > 0")));
        for (MigrationOp op : unnamed) {
            assertThatThrownBy(() -> sql(op)).isInstanceOf(RetortException.class)
                    .hasMessageContaining(op.onTable().orElseThrow())
                    .hasMessageContaining("needs a name")
                    .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.UNSUPPORTED));
        }
    }

    @Test
    void sequencesEnumTypesAndRawSql() {
        Sequence seq = new Sequence("invoice_seq", 1, 50);
        assertThat(sql(new CreateSequence(seq)))
                .containsExactly("CREATE SEQUENCE \"invoice_seq\" START WITH 1 INCREMENT BY 50");
        assertThat(sql(new CreateSequence(new Sequence("app.down_seq", 100, -1))))
                .containsExactly("CREATE SEQUENCE \"app\".\"down_seq\" START WITH 100 INCREMENT BY -1 MAXVALUE 100");
        assertThat(sql(new CreateSequence(new Sequence("zero_seq", 0, 1))))
                .containsExactly("CREATE SEQUENCE \"zero_seq\" START WITH 0 INCREMENT BY 1 MINVALUE 0");
        assertThat(sql(new CreateSequence(new Sequence("neg_seq", -10, -5))))
                .containsExactly("CREATE SEQUENCE \"neg_seq\" START WITH -10 INCREMENT BY -5");
        assertThat(sql(new DropSequence(seq))).containsExactly("DROP SEQUENCE \"invoice_seq\"");
        EnumType mood = new EnumType("mood", List.of("HAPPY", "it's ok"));
        assertThat(sql(new CreateEnumType(mood)))
                .containsExactly("CREATE TYPE \"mood\" AS ENUM ('HAPPY', 'it''s ok')");
        assertThat(sql(new DropEnumType(mood))).containsExactly("DROP TYPE \"mood\"");
        assertThat(sql(new ExecuteSql("UPDATE users SET score = 1"))).containsExactly("UPDATE users SET score = 1");
    }

    @Test
    void alterSequenceChangesIncrementAndStartButNeverRestarts() {
        Sequence seq = new Sequence("invoice_seq", 1, 1);
        assertThat(sql(new AlterSequence(seq, new Sequence("invoice_seq", 1, 50))))
                .containsExactly("ALTER SEQUENCE \"invoice_seq\" INCREMENT BY 50");
        assertThat(sql(new AlterSequence(seq, new Sequence("invoice_seq", 1000, 50))))
                .containsExactly("ALTER SEQUENCE \"invoice_seq\" INCREMENT BY 50 START WITH 1000");
        // a start below the ascending default MINVALUE moves the bound, as on creation
        assertThat(sql(new AlterSequence(new Sequence("app.zero_seq", 1, 1), new Sequence("app.zero_seq", 0, 1))))
                .containsExactly("ALTER SEQUENCE \"app\".\"zero_seq\" INCREMENT BY 1 START WITH 0 MINVALUE 0");
        assertThat(sql(new AlterSequence(seq, new Sequence("invoice_seq", 1, -1))))
                .containsExactly("ALTER SEQUENCE \"invoice_seq\" INCREMENT BY -1");
        assertThat(String.join(";", sql(new AlterSequence(seq, new Sequence("invoice_seq", 7, 3))))).doesNotContain("RESTART");
    }

    @Test
    void alterEnumTypeThatOnlyAddsLabelsInsertsEachInPlace() {
        EnumType before = new EnumType("mood", List.of("sad", "ok"));
        SchemaModel schema = SchemaModel.EMPTY.withEnumTypes(List.of(before));
        assertThat(sql(new AlterEnumType(before, new EnumType("mood", List.of("angry", "furious", "sad", "ok", "it's fine",
                "happy"))), schema)).containsExactly(
                "ALTER TYPE \"mood\" ADD VALUE 'angry' BEFORE 'sad'",
                "ALTER TYPE \"mood\" ADD VALUE 'furious' AFTER 'angry'",
                "ALTER TYPE \"mood\" ADD VALUE 'it''s fine' AFTER 'ok'",
                "ALTER TYPE \"mood\" ADD VALUE 'happy' AFTER 'it''s fine'");
        EnumType empty = new EnumType("app.level", List.of());
        assertThat(sql(new AlterEnumType(empty, new EnumType("app.level", List.of("LOW", "HIGH"))), SchemaModel.EMPTY))
                .containsExactly("ALTER TYPE \"app\".\"level\" ADD VALUE 'LOW'",
                        "ALTER TYPE \"app\".\"level\" ADD VALUE 'HIGH' AFTER 'LOW'");
    }

    @Test
    void alterEnumTypeThatRemovesALabelRebuildsTheTypeAndConvertsEveryColumnOfIt() {
        EnumType before = new EnumType("mood", List.of("sad", "ok", "happy"));
        EnumType after = new EnumType("mood", List.of("sad", "ok"));
        Table diary = Table.builder("diary")
                .column(col("id", ColumnType.of(TypeKind.BIGINT), false))
                .column(withDefault(col("feeling", ColumnType.other("mood"), false), "'ok'"))
                .column(col("past", ColumnType.other("mood[]"), true))
                .column(col("note", ColumnType.of(TypeKind.TEXT), true))
                .primaryKey(List.of("id"))
                .index(new Index("ix_diary_feeling", List.of("feeling"), false))
                .index(new Index("ix_diary_sad", List.of("id"), false, "", Optional.of("feeling = 'sad'")))
                .index(new Index("ix_diary_note", List.of("note"), false, "", Optional.of("note IS NOT NULL")))
                .check(new CheckConstraint(Optional.of("ck_diary_feeling"), "\"feeling\" <> 'happy'"))
                .check(new CheckConstraint(Optional.of("ck_diary_note"), "length(note) < 100"))
                .build();
        Table other = Table.builder("audit.moods")
                .column(col("mood", ColumnType.other("mood"), true))
                .build();
        Table unrelated = Table.builder("plain").column(col("feeling", ColumnType.of(TypeKind.TEXT), true)).build();
        SchemaModel schema = new SchemaModel(List.of(diary, other, unrelated), List.of(), List.of(before));
        assertThat(sql(new AlterEnumType(before, after), schema)).containsExactly(
                "ALTER TYPE \"mood\" RENAME TO \"_retort_old_mood\"",
                "CREATE TYPE \"mood\" AS ENUM ('sad', 'ok')",
                "ALTER TABLE \"audit\".\"moods\" ALTER COLUMN \"mood\" TYPE mood USING \"mood\"::text::mood",
                "ALTER TABLE \"diary\" DROP CONSTRAINT \"ck_diary_feeling\"",
                "DROP INDEX \"ix_diary_sad\"",
                "ALTER TABLE \"diary\" ALTER COLUMN \"feeling\" DROP DEFAULT,"
                        + " ALTER COLUMN \"feeling\" TYPE mood USING \"feeling\"::text::mood,"
                        + " ALTER COLUMN \"feeling\" SET DEFAULT 'ok',"
                        + " ALTER COLUMN \"past\" TYPE mood[] USING \"past\"::text[]::mood[]",
                "ALTER TABLE \"diary\" ADD CONSTRAINT \"ck_diary_feeling\" CHECK (\"feeling\" <> 'happy')",
                "CREATE INDEX \"ix_diary_sad\" ON \"diary\" (\"id\") WHERE feeling = 'sad'",
                "DROP TYPE \"_retort_old_mood\"");
    }

    @Test
    void alterEnumTypeRebuildKeepsTheSchemaAndFitsTheOldNameIn63Bytes() {
        String longName = "app." + "k".repeat(63);
        EnumType before = new EnumType(longName, List.of("A", "B"));
        EnumType reordered = new EnumType(longName, List.of("B", "A"));
        String oldLocal = "_retort_old_" + "k".repeat(51);
        assertThat(sql(new AlterEnumType(before, reordered), SchemaModel.EMPTY.withEnumTypes(List.of(before))))
                .containsExactly("ALTER TYPE \"app\".\"" + "k".repeat(63) + "\" RENAME TO \"" + oldLocal + "\"",
                        "CREATE TYPE \"app\".\"" + "k".repeat(63) + "\" AS ENUM ('B', 'A')",
                        "DROP TYPE \"app\".\"" + oldLocal + "\"");
    }

    @Test
    void bulkInsertWritesOneInsertPerRowWithLiterals() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", "O'Brien \\ \"x\"");
        row.put("score", 42);
        row.put("big", 9_000_000_000L);
        row.put("price", new BigDecimal("1E+3"));
        row.put("ratio", 0.5);
        row.put("active", true);
        row.put("off", false);
        row.put("note", null);
        row.put("blob", new byte[] {(byte) 0xde, (byte) 0xad});
        row.put("nan", Double.NaN);
        assertThat(sql(new BulkInsert("app.users", List.of(row, Map.of())))).containsExactly(
                "INSERT INTO \"app\".\"users\" (\"name\", \"score\", \"big\", \"price\", \"ratio\", \"active\", \"off\","
                        + " \"note\", \"blob\", \"nan\") VALUES (E'O''Brien \\\\ \"x\"', 42, 9000000000, 1000, 0.5, TRUE,"
                        + " FALSE, NULL, decode('dead', 'hex'), 'NaN')",
                "INSERT INTO \"app\".\"users\" DEFAULT VALUES");
        assertThat(sql(new BulkInsert("users", List.of(Map.of("x", List.of("a"))))))
                .containsExactly("INSERT INTO \"users\" (\"x\") VALUES ('[\"a\"]')");
        assertThatThrownBy(() -> sql(new BulkInsert("users", List.of(Map.of("x", new Object())))))
                .isInstanceOf(RetortException.class).hasMessageContaining("users.x").hasMessageContaining("cannot write");
    }

    /** A collection for an array column is an array literal; the same collection elsewhere is JSON. */
    @Test
    void bulkInsertWritesArraysForArrayColumns() {
        Table t = Table.builder("posts").column(Column.of("id", ColumnType.of(TypeKind.BIGINT)))
                .column(Column.of("tags", ColumnType.arrayOf(ColumnType.of(TypeKind.TEXT))))
                .column(Column.of("meta", ColumnType.of(TypeKind.JSONB))).build();
        SchemaModel before = new SchemaModel(List.of(t), List.of(), List.of());
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("id", 1);
        row.put("tags", java.util.Arrays.asList("a", "b\"c\\", null, "it's"));
        row.put("meta", List.of("a"));
        assertThat(sql(new BulkInsert("posts", List.of(row)), before)).containsExactly(
                "INSERT INTO \"posts\" (\"id\", \"tags\", \"meta\") VALUES (1, E'{\"a\",\"b\\\\\"c\\\\\\\\\",NULL,"
                        + "\"it''s\"}', '[\"a\"]')");
    }

    @Test
    void versionTableAndAdvisoryLock() {
        assertThat(dialect.createVersionTable("retort_version"))
                .isEqualTo("CREATE TABLE IF NOT EXISTS \"retort_version\" (version_num varchar(32) NOT NULL PRIMARY KEY)");
        long key = PostgresDialect.advisoryLockKey("retort_version");
        // pinned: every Retort version must take the same lock, or two versions could migrate at once
        assertThat(key).isEqualTo(EXPECTED_KEY);
        assertThat(dialect.lockStatement("retort_version")).contains("SELECT pg_advisory_lock(" + key + ")");
        assertThat(dialect.unlockStatement("retort_version")).contains("SELECT pg_advisory_unlock(" + key + ")");
        assertThat(PostgresDialect.advisoryLockKey("other_version")).isNotEqualTo(key).isNotNegative();
        assertThat(new SqliteDialect().lockStatement("retort_version")).isEmpty();
        assertThat(new SqliteDialect().unlockStatement("retort_version")).isEmpty();
    }

    /** FNV-1a 64 of "retort:retort_version", sign bit cleared. */
    private static final long EXPECTED_KEY = 5664315863396273194L;

    @Test
    void registeredByNameAndJdbcUrl() {
        assertThat(Dialects.forName("postgresql")).isInstanceOf(PostgresDialect.class);
        assertThat(Dialects.forName(" PostgreSQL ")).isInstanceOf(PostgresDialect.class);
        assertThat(Dialects.forJdbcUrl("jdbc:postgresql://localhost:5432/app")).isInstanceOf(PostgresDialect.class);
        assertThat(Dialects.forJdbcUrl("JDBC:POSTGRESQL://db/app")).isInstanceOf(PostgresDialect.class);
        assertThat(Dialects.forJdbcUrl("jdbc:sqlite:app.db")).isInstanceOf(SqliteDialect.class);
        assertThat(Dialects.names()).containsExactly("sqlite", "postgresql", "mariadb", "mysql");
        assertThatThrownBy(() -> Dialects.forJdbcUrl("jdbc:oracle://admin:secret@db/app"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("jdbc:postgresql:")
                .hasMessageNotContaining("secret");
    }

    @Test
    void primaryKeyNameIsPostgresDefaultForTheBareTableCutToFit() {
        assertThat(PostgresDialect.defaultPrimaryKeyName("events")).isEqualTo("events_pkey");
        assertThat(PostgresDialect.defaultPrimaryKeyName("audit.entries")).isEqualTo("entries_pkey");
        String longName = "t".repeat(63);
        assertThat(PostgresDialect.defaultPrimaryKeyName(longName)).isEqualTo("t".repeat(58) + "_pkey").hasSize(63);
    }
}
