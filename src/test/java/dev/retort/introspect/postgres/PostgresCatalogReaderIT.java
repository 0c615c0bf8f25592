package dev.retort.introspect.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.retort.testing.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Schemas written as raw DDL on a real server, read back and compared with the exact expected model. */
class PostgresCatalogReaderIT {

    private static final Predicate<String> ALL = t -> true;

    private static SchemaModel read(String ddl) throws SQLException {
        return read(new PostgresCatalogReader(), ALL, ddl);
    }

    private static SchemaModel read(PostgresCatalogReader reader, Predicate<String> include, String ddl)
            throws SQLException {
        try (Connection c = PostgresServer.newDatabase().connect()) {
            execute(c, ddl);
            return reader.read(c, include);
        }
    }

    private static void execute(Connection c, String ddl) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(ddl);
        }
    }

    private static Column col(String name, ColumnType type) {
        return Column.of(name, type);
    }

    private static Column col(String name, TypeKind kind) {
        return Column.of(name, ColumnType.of(kind));
    }

    private static Column notNull(String name, TypeKind kind) {
        return Column.of(name, ColumnType.of(kind)).withNullable(false);
    }

    private static Column identity(String name, TypeKind kind) {
        return new Column(name, ColumnType.of(kind), false, Optional.empty(), true);
    }

    private static Column withDefault(String name, ColumnType type, String defaultValue) {
        return new Column(name, type, true, Optional.of(defaultValue), false);
    }

    private static CheckConstraint check(String name, String expression) {
        return new CheckConstraint(Optional.of(name), expression);
    }

    @Test
    void readsEveryTypeThroughFormatType() throws SQLException {
        SchemaModel model = read("""
                CREATE TYPE mood AS ENUM ('sad', 'ok');
                CREATE TABLE sampler (
                  b boolean, s smallint, i integer, l bigint, r real, d double precision,
                  n numeric(10,2), nb numeric, c character(3), c1 char, v character varying(40), vb varchar, t text,
                  dt date, tm time, tm3 time(3) without time zone, ts timestamp, ts3 timestamp(3), tz timestamptz,
                  tz0 timestamp(0) with time zone, u uuid, bin bytea, j json, jb jsonb,
                  ia integer[], ta text[], va varchar(5)[], o oid, m mood, ttz time with time zone, iv interval);
                """);
        Table expected = Table.builder("sampler")
                .column(col("b", TypeKind.BOOLEAN)).column(col("s", TypeKind.SMALLINT))
                .column(col("i", TypeKind.INTEGER)).column(col("l", TypeKind.BIGINT))
                .column(col("r", TypeKind.REAL)).column(col("d", TypeKind.DOUBLE))
                .column(col("n", ColumnType.numeric(10, 2))).column(col("nb", ColumnType.numeric(0, 0)))
                .column(col("c", ColumnType.chars(3))).column(col("c1", ColumnType.chars(1)))
                .column(col("v", ColumnType.varchar(40))).column(col("vb", ColumnType.varchar(0)))
                .column(col("t", TypeKind.TEXT)).column(col("dt", TypeKind.DATE))
                .column(col("tm", TypeKind.TIME)).column(col("tm3", TypeKind.TIME))
                .column(col("ts", TypeKind.TIMESTAMP)).column(col("ts3", TypeKind.TIMESTAMP))
                .column(col("tz", TypeKind.TIMESTAMPTZ)).column(col("tz0", TypeKind.TIMESTAMPTZ))
                .column(col("u", TypeKind.UUID)).column(col("bin", TypeKind.BINARY))
                .column(col("j", TypeKind.JSON)).column(col("jb", TypeKind.JSONB))
                .column(col("ia", ColumnType.other("integer[]"))).column(col("ta", ColumnType.other("text[]")))
                .column(col("va", ColumnType.other("character varying(5)[]")))
                .column(col("o", ColumnType.other("oid"))).column(col("m", ColumnType.other("mood")))
                .column(col("ttz", ColumnType.other("time with time zone")))
                .column(col("iv", ColumnType.other("interval")))
                .build();
        assertThat(model).isEqualTo(new SchemaModel(List.of(expected), List.of(),
                List.of(new EnumType("mood", List.of("sad", "ok")))));
    }

    @Test
    void readsTableAndColumnCommentsVerbatim() throws SQLException {
        SchemaModel model = read(new PostgresCatalogReader(List.of("public", "app")), ALL, """
                CREATE SCHEMA app;
                CREATE TABLE ports (id bigint PRIMARY KEY, name varchar(60), country char(2));
                COMMENT ON TABLE ports IS 'Harbours';
                COMMENT ON COLUMN ports.id IS 'UN/LOCODE number';
                COMMENT ON COLUMN ports.name IS E'Name as the master''s log has it,\\nor \\"unknown\\"';
                CREATE TABLE app.empty ();
                COMMENT ON TABLE app.empty IS 'No columns yet';
                CREATE TABLE plain (x integer);
                COMMENT ON COLUMN plain.x IS '';
                """);
        assertThat(model.table("ports")).contains(Table.builder("ports")
                .column(notNull("id", TypeKind.BIGINT).withComment(Optional.of("UN/LOCODE number")))
                .column(col("name", ColumnType.varchar(60))
                        .withComment(Optional.of("Name as the master's log has it,\nor \"unknown\"")))
                .column(col("country", ColumnType.chars(2)))
                .primaryKey(List.of("id"))
                .comment("Harbours")
                .build());
        assertThat(model.table("app.empty")).contains(Table.builder("app.empty").comment("No columns yet").build());
        // COMMENT ... IS '' removes the comment, as the model's empty comment is none
        assertThat(model.table("plain")).contains(Table.builder("plain").column(col("x", TypeKind.INTEGER)).build());
    }

    @Test
    void defaultsReadAsTheEntityWritesThem() throws SQLException {
        SchemaModel model = read("""
                CREATE TABLE defaults (
                  a varchar(20) DEFAULT 'x'::varchar, b integer DEFAULT 15, c bigint DEFAULT 9999999999,
                  d timestamp DEFAULT now(), e text DEFAULT 'has '' quote', f date DEFAULT '2020-01-01',
                  g numeric(10,2) DEFAULT -2.5, h boolean NOT NULL DEFAULT true, k integer DEFAULT -1,
                  m timestamptz DEFAULT CURRENT_TIMESTAMP, n varchar(10) DEFAULT '15', p integer DEFAULT (1 + 2),
                  q text DEFAULT '', r jsonb DEFAULT '{}', s text,
                  twice integer GENERATED ALWAYS AS (b * 2) STORED);
                """);
        Table expected = Table.builder("defaults")
                .column(withDefault("a", ColumnType.varchar(20), "'x'"))
                .column(withDefault("b", ColumnType.of(TypeKind.INTEGER), "15"))
                .column(withDefault("c", ColumnType.of(TypeKind.BIGINT), "9999999999"))
                .column(withDefault("d", ColumnType.of(TypeKind.TIMESTAMP), "CURRENT_TIMESTAMP")) // now(): one spelling of the current time
                .column(withDefault("e", ColumnType.of(TypeKind.TEXT), "'has '' quote'"))
                .column(withDefault("f", ColumnType.of(TypeKind.DATE), "'2020-01-01'"))
                .column(withDefault("g", ColumnType.numeric(10, 2), "-2.5"))
                .column(withDefault("h", ColumnType.of(TypeKind.BOOLEAN), "true").withNullable(false))
                .column(withDefault("k", ColumnType.of(TypeKind.INTEGER), "-1"))
                .column(withDefault("m", ColumnType.of(TypeKind.TIMESTAMPTZ), "CURRENT_TIMESTAMP"))
                .column(withDefault("n", ColumnType.varchar(10), "'15'"))
                .column(withDefault("p", ColumnType.of(TypeKind.INTEGER), "1 + 2"))
                .column(withDefault("q", ColumnType.of(TypeKind.TEXT), "''"))
                .column(withDefault("r", ColumnType.of(TypeKind.JSONB), "'{}'"))
                .column(col("s", TypeKind.TEXT))
                // a generation expression is not a default
                .column(col("twice", TypeKind.INTEGER))
                .build();
        assertThat(model).isEqualTo(new SchemaModel(List.of(expected)));
    }

    @Test
    void identityAndSerialAreIdentitiesWhoseSequencesAreNotListed() throws SQLException {
        SchemaModel model = read("""
                CREATE SEQUENCE order_numbers START 1000 INCREMENT 5;
                CREATE SEQUENCE hibernate_sequence START 1 INCREMENT 50;
                CREATE TABLE ids (
                  a bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                  b integer GENERATED ALWAYS AS IDENTITY,
                  c serial,
                  d bigserial,
                  e bigint DEFAULT nextval('order_numbers'),
                  f bigint);
                CREATE SEQUENCE owned_unused START 7;
                ALTER SEQUENCE owned_unused OWNED BY ids.f;
                """);
        Table expected = Table.builder("ids")
                .column(identity("a", TypeKind.BIGINT))
                .column(identity("b", TypeKind.INTEGER))
                .column(identity("c", TypeKind.INTEGER))
                .column(identity("d", TypeKind.BIGINT))
                .column(withDefault("e", ColumnType.of(TypeKind.BIGINT), "nextval('order_numbers'::regclass)"))
                .column(col("f", TypeKind.BIGINT))
                .primaryKey(List.of("a"))
                .build();
        assertThat(model).isEqualTo(new SchemaModel(List.of(expected), List.of(
                new Sequence("hibernate_sequence", 1, 50),
                new Sequence("order_numbers", 1000, 5),
                new Sequence("owned_unused", 7, 1)), List.of()));
    }

    @Test
    void keysUniquesAndEveryOnDeleteAction() throws SQLException {
        SchemaModel model = read("""
                CREATE TABLE person (id bigint PRIMARY KEY, email varchar(100) NOT NULL, tenant integer NOT NULL,
                  handle text, CONSTRAINT uq_person_email UNIQUE (email),
                  CONSTRAINT uq_person_tenant_handle UNIQUE (tenant, handle));
                CREATE TABLE person_role (role_id integer NOT NULL, person_id bigint NOT NULL,
                  CONSTRAINT pk_person_role PRIMARY KEY (person_id, role_id));
                CREATE TABLE link (id integer PRIMARY KEY,
                  p_none bigint CONSTRAINT fk_none REFERENCES person,
                  p_restrict bigint CONSTRAINT fk_restrict REFERENCES person ON DELETE RESTRICT,
                  p_cascade bigint CONSTRAINT fk_cascade REFERENCES person (id) ON DELETE CASCADE,
                  p_null bigint CONSTRAINT fk_null REFERENCES person ON DELETE SET NULL ON UPDATE CASCADE,
                  p_default bigint DEFAULT 0 CONSTRAINT fk_default REFERENCES person ON DELETE SET DEFAULT,
                  role_id integer, person_id bigint,
                  CONSTRAINT fk_link_person_role FOREIGN KEY (role_id, person_id)
                    REFERENCES person_role (role_id, person_id));
                """);
        Table person = Table.builder("person")
                .column(notNull("id", TypeKind.BIGINT))
                .column(col("email", ColumnType.varchar(100)).withNullable(false))
                .column(notNull("tenant", TypeKind.INTEGER))
                .column(col("handle", TypeKind.TEXT))
                .primaryKey(List.of("id"))
                .unique(new UniqueConstraint(Optional.of("uq_person_email"), List.of("email")))
                .unique(new UniqueConstraint(Optional.of("uq_person_tenant_handle"), List.of("tenant", "handle")))
                .build();
        Table personRole = Table.builder("person_role")
                .column(notNull("role_id", TypeKind.INTEGER))
                .column(notNull("person_id", TypeKind.BIGINT))
                .primaryKey(List.of("person_id", "role_id"))
                .primaryKeyName("pk_person_role")
                .build();
        Table link = Table.builder("link")
                .column(notNull("id", TypeKind.INTEGER))
                .column(col("p_none", TypeKind.BIGINT))
                .column(col("p_restrict", TypeKind.BIGINT))
                .column(col("p_cascade", TypeKind.BIGINT))
                .column(col("p_null", TypeKind.BIGINT))
                .column(withDefault("p_default", ColumnType.of(TypeKind.BIGINT), "0"))
                .column(col("role_id", TypeKind.INTEGER))
                .column(col("person_id", TypeKind.BIGINT))
                .primaryKey(List.of("id"))
                .foreignKey(fk("fk_cascade", "p_cascade", ReferentialAction.CASCADE))
                .foreignKey(fk("fk_default", "p_default", ReferentialAction.SET_DEFAULT))
                .foreignKey(new ForeignKey(Optional.of("fk_link_person_role"), List.of("role_id", "person_id"),
                        "person_role", List.of("role_id", "person_id"), ReferentialAction.NO_ACTION))
                .foreignKey(fk("fk_none", "p_none", ReferentialAction.NO_ACTION))
                .foreignKey(fk("fk_null", "p_null", ReferentialAction.SET_NULL).withOnUpdate(ReferentialAction.CASCADE))
                .foreignKey(fk("fk_restrict", "p_restrict", ReferentialAction.RESTRICT))
                .build();
        assertThat(model).isEqualTo(new SchemaModel(List.of(person, personRole, link)));
    }

    private static ForeignKey fk(String name, String column, ReferentialAction onDelete) {
        return new ForeignKey(Optional.of(name), List.of(column), "person", List.of("id"), onDelete);
    }

    @Test
    void everyOnUpdateAction() throws SQLException {
        SchemaModel model = read("""
                CREATE TABLE person (id bigint PRIMARY KEY);
                CREATE TABLE link (id integer PRIMARY KEY,
                  p_none bigint CONSTRAINT fk_none REFERENCES person,
                  p_no_action bigint CONSTRAINT fk_no_action REFERENCES person ON UPDATE NO ACTION,
                  p_restrict bigint CONSTRAINT fk_restrict REFERENCES person on update restrict,
                  p_cascade bigint CONSTRAINT fk_cascade REFERENCES person ON UPDATE CASCADE,
                  p_null bigint CONSTRAINT fk_null REFERENCES person ON UPDATE SET NULL ON DELETE CASCADE,
                  p_default bigint DEFAULT 0 CONSTRAINT fk_default REFERENCES person ON UPDATE SET DEFAULT);
                """);
        assertThat(model.table("link").orElseThrow().foreignKeys()).containsExactly(
                fk("fk_cascade", "p_cascade", ReferentialAction.NO_ACTION).withOnUpdate(ReferentialAction.CASCADE),
                fk("fk_default", "p_default", ReferentialAction.NO_ACTION).withOnUpdate(ReferentialAction.SET_DEFAULT),
                fk("fk_no_action", "p_no_action", ReferentialAction.NO_ACTION),
                fk("fk_none", "p_none", ReferentialAction.NO_ACTION),
                fk("fk_null", "p_null", ReferentialAction.CASCADE).withOnUpdate(ReferentialAction.SET_NULL),
                fk("fk_restrict", "p_restrict", ReferentialAction.NO_ACTION).withOnUpdate(ReferentialAction.RESTRICT));
    }

    @Test
    void checksReadBackInTheShapeHibernateWrites() throws SQLException {
        // the CHECK texts below are exactly what Hibernate generates for enum STRING and ORDINAL columns
        SchemaModel model = read("""
                CREATE TABLE alert (id integer PRIMARY KEY,
                  severity varchar(10) CHECK (severity in ('LOW','MEDIUM','HIGH')),
                  status smallint CHECK (status between 0 and 2),
                  kind char(1) CHECK (kind in ('A','B')),
                  age integer CONSTRAINT ck_alert_age CHECK (age >= 0),
                  "Label" text,
                  CONSTRAINT ck_alert_label CHECK ("Label" <> '' and length("Label") < 100));
                ALTER TABLE alert ADD CONSTRAINT ck_alert_late CHECK (age < 200 or severity is null) NOT VALID;
                """);
        Table alert = model.table("alert").orElseThrow();
        assertThat(alert.checks()).containsExactly(
                check("alert_kind_check", "kind in ('A', 'B')"),
                check("alert_severity_check", "severity in ('LOW', 'MEDIUM', 'HIGH')"),
                check("alert_status_check", "status between 0 and 2"),
                check("ck_alert_age", "age >= 0"),
                check("ck_alert_label", "\"Label\" <> '' and length(\"Label\") < 100"),
                check("ck_alert_late", "age < 200 or severity is null"));
        List<CheckConstraint> asHibernateWritesThem = List.of(
                new CheckConstraint(Optional.empty(), "kind in ('A','B')"),
                new CheckConstraint(Optional.empty(), "severity in ('LOW','MEDIUM','HIGH')"),
                new CheckConstraint(Optional.empty(), "status between 0 and 2"),
                new CheckConstraint(Optional.empty(), "age>=0"),
                new CheckConstraint(Optional.empty(), "\"Label\" <> '' and length(\"Label\") < 100"),
                new CheckConstraint(Optional.empty(), "age < 200 OR severity IS NULL"));
        for (int i = 0; i < asHibernateWritesThem.size(); i++) {
            assertThat(alert.checks().get(i).sameShape(asHibernateWritesThem.get(i)))
                    .as("%s vs %s", alert.checks().get(i), asHibernateWritesThem.get(i)).isTrue();
        }
        assertThat(alert.checks().get(1).sameShape(new CheckConstraint(Optional.empty(),
                "severity in ('LOW','MEDIUM')"))).isFalse();
    }

    @Test
    void checksReadBackCanBeCreatedAgainAndReadTheSame() throws SQLException {
        try (Connection c = PostgresServer.newDatabase().connect()) {
            execute(c, """
                    CREATE TABLE alert (severity varchar(10) CHECK (severity in ('LOW','MEDIUM','HIGH')),
                      status smallint CHECK (status between 0 and 2), n numeric CHECK (n > 1.5 and n <> -1),
                      name varchar(20) CHECK (lower(name) like 'a%' or name not in ('x','y')));
                    """);
            Table first = new PostgresCatalogReader().read(c, ALL).table("alert").orElseThrow();
            StringBuilder ddl = new StringBuilder("CREATE TABLE again (severity varchar(10), status smallint,"
                    + " n numeric, name varchar(20)");
            first.checks().forEach(ck -> ddl.append(", CONSTRAINT ").append(ck.name().orElseThrow())
                    .append("_again CHECK (").append(ck.expression()).append(')'));
            execute(c, ddl.append(')').toString());
            Table again = new PostgresCatalogReader().read(c, ALL).table("again").orElseThrow();
            assertThat(again.checks().stream().map(CheckConstraint::expression))
                    .containsExactlyElementsOf(first.checks().stream().map(CheckConstraint::expression).toList());
            assertThat(first.checks().stream().map(CheckConstraint::expression)).containsExactly(
                    "n > 1.5 and n <> -1",
                    "lower(name) like 'a%' or name not in ('x', 'y')",
                    "severity in ('LOW', 'MEDIUM', 'HIGH')",
                    "status between 0 and 2");
        }
    }

    @Test
    void aUniqueIndexIsAnIndexAndTheIndexBehindAUniqueConstraintIsNot() throws SQLException {
        Table t = read("""
                CREATE TABLE t (id integer PRIMARY KEY, a text UNIQUE, b text, d text, CONSTRAINT uq_t_b UNIQUE (b));
                CREATE UNIQUE INDEX ux_t_a_d ON t (a, d);
                CREATE UNIQUE INDEX ux_t_b ON t (b);
                """).table("t").orElseThrow();
        assertThat(t.indexes()).containsExactly(
                new Index("ux_t_a_d", List.of("a", "d"), true),
                new Index("ux_t_b", List.of("b"), true));
        assertThat(t.uniqueConstraints()).containsExactly(
                new UniqueConstraint(Optional.of("t_a_key"), List.of("a")),
                new UniqueConstraint(Optional.of("uq_t_b"), List.of("b")));
    }

    @Test
    void indexesWithMethodsPredicatesAndExpressions() throws SQLException {
        SchemaModel model = read("""
                CREATE TABLE doc (id integer PRIMARY KEY, body jsonb, tags text[], title varchar(200),
                  owner integer, deleted boolean NOT NULL DEFAULT false, CONSTRAINT uq_doc_title UNIQUE (title));
                CREATE INDEX ix_doc_body ON doc USING gin (body);
                CREATE INDEX ix_doc_body_path ON doc USING gin (body jsonb_path_ops);
                CREATE INDEX ix_doc_tags ON doc USING gin (tags);
                CREATE INDEX ix_doc_live_owner ON doc (owner) WHERE NOT deleted;
                CREATE INDEX ix_doc_owned_title ON doc (title) WHERE owner IS NOT NULL AND owner > 5;
                CREATE UNIQUE INDEX ux_doc_lower_title ON doc (lower(title), owner);
                CREATE INDEX ix_doc_owner_title ON doc (owner DESC, title) INCLUDE (deleted);
                CREATE INDEX ix_doc_title_hash ON doc USING hash (title);
                CREATE INDEX ix_doc_sum ON doc ((owner + id));
                """);
        Table expected = Table.builder("doc")
                .column(notNull("id", TypeKind.INTEGER))
                .column(col("body", TypeKind.JSONB))
                .column(col("tags", ColumnType.other("text[]")))
                .column(col("title", ColumnType.varchar(200)))
                .column(col("owner", TypeKind.INTEGER))
                .column(new Column("deleted", ColumnType.of(TypeKind.BOOLEAN), false, Optional.of("false"), false))
                .primaryKey(List.of("id"))
                .unique(new UniqueConstraint(Optional.of("uq_doc_title"), List.of("title")))
                .index(new Index("ix_doc_body", List.of("body"), false, "gin", Optional.empty()))
                .index(new Index("ix_doc_body_path", List.of("body"), false, "gin", Optional.empty()))
                .index(new Index("ix_doc_tags", List.of("tags"), false, "gin", Optional.empty()))
                .index(new Index("ix_doc_live_owner", List.of("owner"), false, "", Optional.of("not deleted")))
                .index(new Index("ix_doc_owned_title", List.of("title"), false, "",
                        Optional.of("owner is not null and owner > 5")))
                .index(new Index("ux_doc_lower_title", List.of("lower(title)", "owner"), true))
                .index(new Index("ix_doc_owner_title", List.of("owner", "title"), false))
                .index(new Index("ix_doc_title_hash", List.of("title"), false, "hash", Optional.empty()))
                .index(new Index("ix_doc_sum", List.of("owner + id"), false))
                .build();
        assertThat(model).isEqualTo(new SchemaModel(List.of(expected)));
        Index partial = model.table("doc").orElseThrow().index("ix_doc_owned_title").orElseThrow();
        assertThat(partial.sameShape(new Index("other_name", List.of("title"), false, "btree",
                Optional.of("owner IS NOT NULL AND owner > 5")))).isTrue();
    }

    @Test
    void sequencesAndEnumTypesWithAColumnUsingOne() throws SQLException {
        SchemaModel model = read("""
                CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
                ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';
                CREATE TYPE "Unused Kind" AS ENUM ();
                CREATE SEQUENCE invoice_seq START 100 INCREMENT 50;
                CREATE SEQUENCE countdown START -1 INCREMENT -1 MINVALUE -1000 MAXVALUE -1;
                CREATE TABLE diary (id integer PRIMARY KEY, feeling mood NOT NULL DEFAULT 'ok', past mood[]);
                """);
        Table diary = Table.builder("diary")
                .column(notNull("id", TypeKind.INTEGER))
                .column(new Column("feeling", ColumnType.other("mood"), false, Optional.of("'ok'"), false))
                .column(col("past", ColumnType.other("mood[]")))
                .primaryKey(List.of("id"))
                .build();
        assertThat(model).isEqualTo(new SchemaModel(List.of(diary),
                List.of(new Sequence("countdown", -1, -1), new Sequence("invoice_seq", 100, 50)),
                List.of(new EnumType("\"Unused Kind\"", List.of()),
                        new EnumType("mood", List.of("sad", "meh", "ok", "happy")))));
    }

    private static final String TWO_SCHEMAS = """
            CREATE SCHEMA ref;
            CREATE TYPE ref.kind AS ENUM ('big', 'small');
            CREATE SEQUENCE ref.code_seq;
            CREATE TABLE ref.country (code char(2) PRIMARY KEY, kind ref.kind);
            CREATE TABLE city (id integer PRIMARY KEY, country char(2) CONSTRAINT fk_city_country
              REFERENCES ref.country ON DELETE CASCADE, kind ref.kind);
            """;

    @Test
    void aTableInAnotherSchemaIsNamedWithItsSchema() throws SQLException {
        Table city = Table.builder("city")
                .column(notNull("id", TypeKind.INTEGER))
                .column(col("country", ColumnType.chars(2)))
                .column(col("kind", ColumnType.other("ref.kind")))
                .primaryKey(List.of("id"))
                .foreignKey(new ForeignKey(Optional.of("fk_city_country"), List.of("country"), "ref.country",
                        List.of("code"), ReferentialAction.CASCADE))
                .build();
        assertThat(read(TWO_SCHEMAS)).isEqualTo(new SchemaModel(List.of(city)));

        Table country = Table.builder("ref.country")
                .column(col("code", ColumnType.chars(2)).withNullable(false))
                .column(col("kind", ColumnType.other("ref.kind")))
                .primaryKey(List.of("code"))
                .build();
        SchemaModel both = read(new PostgresCatalogReader(List.of("public", "ref")), ALL, TWO_SCHEMAS);
        assertThat(both).isEqualTo(new SchemaModel(List.of(city, country), List.of(new Sequence("ref.code_seq", 1, 1)),
                List.of(new EnumType("ref.kind", List.of("big", "small")))));
    }

    @Test
    void namesDoNotDependOnTheSearchPath() throws SQLException {
        try (Connection c = PostgresServer.newDatabase().connect()) {
            execute(c, TWO_SCHEMAS);
            PostgresCatalogReader reader = new PostgresCatalogReader(List.of("ref", "public"));
            SchemaModel before = reader.read(c, ALL);
            execute(c, "SET search_path = ref, public");
            assertThat(reader.read(c, ALL)).isEqualTo(before);
            assertThat(before.tableNames()).containsExactly("country", "public.city");
            assertThat(before.table("public.city").orElseThrow().foreignKeys().get(0).referencedTable())
                    .isEqualTo("country");
            assertThat(before.table("public.city").orElseThrow().column("kind").orElseThrow().type())
                    .isEqualTo(ColumnType.other("kind"));
        }
    }

    @Test
    void thePredicateExcludesTablesAndPartitionsAreNotTablesAndViewsAreNamesOnly() throws SQLException {
        SchemaModel model = read(new PostgresCatalogReader("public"), t -> !t.equals("retort_version"), """
                CREATE TABLE retort_version (version_num varchar(32) PRIMARY KEY);
                CREATE TABLE nothing ();
                CREATE TABLE measurement (id integer, taken date NOT NULL) PARTITION BY RANGE (taken);
                CREATE TABLE measurement_2020 PARTITION OF measurement FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
                CREATE INDEX ix_measurement_taken ON measurement (taken);
                CREATE VIEW recent AS SELECT * FROM measurement;
                CREATE MATERIALIZED VIEW totals AS SELECT count(*) AS n FROM measurement;
                """);
        assertThat(model).isEqualTo(new SchemaModel(List.of(
                Table.builder("measurement").column(col("id", TypeKind.INTEGER)).column(notNull("taken", TypeKind.DATE))
                        .index(new Index("ix_measurement_taken", List.of("taken"), false)).build(),
                Table.builder("nothing").build())).withViews(List.of("recent", "totals")));
    }

    @Test
    void anEmptyOrMissingSchemaReadsAsEmpty() throws SQLException {
        assertThat(read("SELECT 1")).isEqualTo(SchemaModel.EMPTY);
        assertThat(read(new PostgresCatalogReader("nowhere"), ALL, "CREATE TABLE t (id integer)"))
                .isEqualTo(SchemaModel.EMPTY);
    }

    @Test
    void aFailingQueryIsADatabaseError() throws SQLException {
        Connection closed = PostgresServer.newDatabase().connect();
        closed.close();
        assertThatThrownBy(() -> new PostgresCatalogReader().read(closed, ALL))
                .isInstanceOf(RetortException.class)
                .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.DATABASE))
                .hasMessageContaining("PostgreSQL catalog of schema public");
    }

    @Test
    void rejectsNoSchemas() {
        assertThatThrownBy(() -> new PostgresCatalogReader(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostgresCatalogReader(List.of("a", "a")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
