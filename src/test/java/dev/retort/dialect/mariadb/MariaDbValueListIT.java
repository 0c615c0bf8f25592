package dev.retort.dialect.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.introspect.mariadb.MariaDbCatalogReader;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.TypeKind;
import dev.retort.model.ValueList;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.ModelFolder;
import dev.retort.testing.MariaDbServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A string column that a check limits to a list of values (an {@code @Enumerated(STRING)} column's model on every
 * database) is MariaDB's native {@code enum}, as Hibernate's MariaDBDialect makes it: created so, made so and unmade
 * by adding and dropping the check, refused when a row holds another value, and read back as the same model.
 */
class MariaDbValueListIT {
    private final MariaDbDialect dialect = new MariaDbDialect();

    private static Column column(String name, ColumnType type, boolean nullable, String defaultValue) {
        return new Column(name, type, nullable, Optional.ofNullable(defaultValue), false, Optional.empty());
    }

    private static final CheckConstraint STATUS = ValueList.check("status", List.of("NEW", "DONE", "it's"));
    private static final CheckConstraint NOTE = new CheckConstraint(Optional.of("ck_ticket_note"),
            "note in ('a','b')");

    private static Table ticket() {
        return Table.builder("ticket")
                .column(column("id", ColumnType.of(TypeKind.INTEGER), false, null))
                .column(column("status", ColumnType.varchar(20), false, "'NEW'"))
                .column(column("note", ColumnType.varchar(10), true, null))
                .primaryKey(List.of("id"))
                .check(STATUS)
                .check(new CheckConstraint(Optional.empty(), "id > 0"))
                .build();
    }

    @Test
    void aValueListIsANativeEnumAndReadsBackAsTheSameModel() throws Exception {
        MariaDbServer.Database db = MariaDbServer.newDatabase();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            SchemaModel model = run(st, SchemaModel.EMPTY, new CreateTable(ticket()));
            assertThat(columnType(st, "status")).isEqualTo("enum('NEW','DONE','it''s')");
            assertThat(columnType(st, "note")).isEqualTo("varchar(10)");
            assertThat(checkClauses(st)).containsExactly("`id` > 0");
            st.execute("INSERT INTO ticket (id, note) VALUES (1, 'c')");
            assertThatThrownBy(() -> st.execute("INSERT INTO ticket (id, status) VALUES (2, 'OTHER')"))
                    .isInstanceOf(SQLException.class);

            Table read = new MariaDbCatalogReader().read(c, t -> true).table("ticket").orElseThrow();
            assertThat(read.column("status").orElseThrow().type()).isEqualTo(ColumnType.varchar(4));
            assertThat(read.column("status").orElseThrow().defaultValue()).contains("'NEW'");
            assertThat(read.checks()).anyMatch(STATUS::sameShape);
            assertThat(ValueList.columns(read)).containsOnlyKeys("status");

            // a row outside the list: MariaDB refuses the change, the column stays a varchar
            MigrationOp limitNote = new AddCheckConstraint("ticket", NOTE);
            SchemaModel before = model;
            assertThatThrownBy(() -> run(st, before, limitNote)).isInstanceOf(SQLException.class);
            assertThat(columnType(st, "note")).isEqualTo("varchar(10)");
            st.execute("UPDATE ticket SET note = 'a'");
            model = run(st, model, limitNote);
            assertThat(columnType(st, "note")).isEqualTo("enum('a','b')");

            model = run(st, model, new DropCheckConstraint("ticket", NOTE));
            assertThat(columnType(st, "note")).isEqualTo("varchar(10)");
            model = run(st, model, new DropCheckConstraint("ticket", STATUS));
            assertThat(columnType(st, "status")).isEqualTo("varchar(20)");
            try (ResultSet rs = st.executeQuery("SELECT status, note FROM ticket")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("NEW");
                assertThat(rs.getString(2)).isEqualTo("a");
            }
            assertThat(model.table("ticket").orElseThrow().checks()).hasSize(1);
        }
    }

    /**
     * A list dropped and added again with other values (an enum that gains and loses constants) is one change of the
     * native enum: refused whole while a row holds a value that goes, the column never left without its list.
     */
    @Test
    void aChangedListIsOneChangeOfTheEnum() throws Exception {
        MariaDbServer.Database db = MariaDbServer.newDatabase();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            SchemaModel model = run(st, SchemaModel.EMPTY, new CreateTable(ticket()));
            st.execute("INSERT INTO ticket (id, status) VALUES (1, 'DONE')");
            MigrationOp drop = new DropCheckConstraint("ticket", STATUS);
            MigrationOp add = new AddCheckConstraint("ticket",
                    ValueList.check("status", List.of("NEW", "STARTED", "it's")));
            SchemaModel between = ModelFolder.apply(model, drop);
            assertThat(dialect.joins(drop, model, add, between)).isTrue();
            List<String> statements = dialect.statements(List.of(drop, add), model);
            assertThat(statements).containsExactly("ALTER TABLE `ticket` MODIFY COLUMN `status`"
                    + " enum('NEW','STARTED','it''s') NOT NULL DEFAULT 'NEW'");

            for (String guard : dialect.sessionGuards()) {
                st.execute(guard);
            }
            assertThatThrownBy(() -> st.execute(statements.get(0))).isInstanceOf(SQLException.class);
            assertThat(columnType(st, "status")).isEqualTo("enum('NEW','DONE','it''s')");
            st.execute("UPDATE ticket SET status = 'NEW'");
            st.execute(statements.get(0));
            assertThat(columnType(st, "status")).isEqualTo("enum('NEW','STARTED','it''s')");
        }
    }

    /** A value-list check that another tool made as a real constraint goes with the check when it is dropped. */
    @Test
    void droppingAValueListDropsAConstraintOfThatName() throws Exception {
        MariaDbServer.Database db = MariaDbServer.newDatabase();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE ticket (id int PRIMARY KEY, note varchar(10),"
                    + " CONSTRAINT ck_ticket_note CHECK (note in ('a','b')))");
            SchemaModel model = new MariaDbCatalogReader().read(c, t -> true);
            assertThat(model.table("ticket").orElseThrow().checks()).anyMatch(NOTE::sameShape);
            run(st, model, new DropCheckConstraint("ticket", NOTE));
            assertThat(checkClauses(st)).isEmpty();
            st.execute("INSERT INTO ticket VALUES (1, 'c')");
        }
    }

    /** On a server that is not strict, the migrating session is: a value outside the list is refused, not blanked. */
    @Test
    void theMigratingSessionIsStrictWhereTheServerIsNot() throws Exception {
        MariaDbServer.Database db = MariaDbServer.newDatabase();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("SET SESSION sql_mode = ''");
            SchemaModel model = run(st, SchemaModel.EMPTY, new CreateTable(ticket()));
            st.execute("INSERT INTO ticket (id, note) VALUES (1, 'c')");
            for (String guard : dialect.sessionGuards()) {
                st.execute(guard);
            }
            assertThatThrownBy(() -> run(st, model, new AddCheckConstraint("ticket", NOTE)))
                    .isInstanceOf(SQLException.class);
            try (ResultSet rs = st.executeQuery("SELECT note FROM ticket")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("c");
            }
        }
    }

    private SchemaModel run(Statement st, SchemaModel model, MigrationOp op) throws SQLException {
        for (String sql : dialect.statements(op, model)) {
            st.execute(sql);
        }
        return ModelFolder.apply(model, op);
    }

    private static String columnType(Statement st, String column) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT COLUMN_TYPE FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket' AND COLUMN_NAME = '" + column + "'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static List<String> checkClauses(Statement st) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
