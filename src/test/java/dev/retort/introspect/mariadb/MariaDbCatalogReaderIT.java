package dev.retort.introspect.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.mariadb.MariaDbDialect;
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
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.MigrationOp;
import dev.retort.testing.MariaDbServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What Retort's own DDL makes on MariaDB reads back as the model it was made from, in a fixed number of queries. */
class MariaDbCatalogReaderIT {
    private final MariaDbDialect dialect = new MariaDbDialect();

    static Table parent(int i) {
        return Table.builder("t" + i)
                .column(new Column("id", ColumnType.of(TypeKind.BIGINT), false, Optional.empty(), true))
                .column(new Column("code", ColumnType.varchar(40), false, Optional.of("'new'"), false,
                        Optional.of("the code")))
                .column(new Column("flag", ColumnType.of(TypeKind.BOOLEAN), true, Optional.of("true"), false))
                .column(Column.of("amount", ColumnType.numeric(12, 3)))
                .column(new Column("made_at", ColumnType.of(TypeKind.TIMESTAMP), false,
                        Optional.of("CURRENT_TIMESTAMP"), false))
                .column(Column.of("day", ColumnType.of(TypeKind.DATE)))
                .column(Column.of("at", ColumnType.of(TypeKind.TIME)))
                .column(Column.of("ref", ColumnType.of(TypeKind.UUID)))
                .column(Column.of("doc", ColumnType.of(TypeKind.JSONB)))
                .column(Column.of("body", ColumnType.of(TypeKind.TEXT)))
                .column(Column.of("data", ColumnType.of(TypeKind.BLOB)))
                .column(Column.of("small", ColumnType.of(TypeKind.SMALLINT)))
                .column(Column.of("ratio", ColumnType.of(TypeKind.DOUBLE)))
                .column(Column.of("parent_id", ColumnType.of(TypeKind.BIGINT)))
                .primaryKey(List.of("id"))
                .unique(new UniqueConstraint(Optional.of("uq_t" + i + "_code"), List.of("code")))
                .check(new CheckConstraint(Optional.of("ck_t" + i + "_amount"), "amount >= 0"))
                .index(new Index("ix_t" + i + "_day", List.of("day", "code(10)"), false))
                .foreignKey(new ForeignKey(Optional.of("fk_t" + i + "_parent"), List.of("parent_id"), "t" + i,
                        List.of("id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION))
                .comment("table " + i)
                .build();
    }

    private record Cost(int statements, SchemaModel model) {
    }

    private Cost readSchemaOf(int tables, int sequences) throws SQLException {
        try (Connection real = MariaDbServer.newDatabase().connect()) {
            List<MigrationOp> ops = new ArrayList<>();
            for (int i = 0; i < tables; i++) {
                ops.add(new CreateTable(parent(i)));
            }
            for (int i = 0; i < sequences; i++) {
                ops.add(new CreateSequence(new Sequence("s" + i, 1, 10)));
            }
            try (Statement st = real.createStatement()) {
                for (MigrationOp op : ops) {
                    for (String sql : dialect.statements(op, SchemaModel.EMPTY)) {
                        st.execute(sql);
                    }
                }
            }
            int[] executed = {0};
            SchemaModel model = new MariaDbCatalogReader().read(dev.retort.testing.CountingConnection.of(real, executed), t -> true);
            return new Cost(executed[0], model);
        }
    }

    @Test
    void whatRetortCreatesReadsBackAsItsModel() throws SQLException {
        Cost cost = readSchemaOf(2, 2);
        assertThat(cost.model().table("t1")).contains(parent(1));
        assertThat(cost.model().sequences()).containsExactly(new Sequence("s0", 1, 10), new Sequence("s1", 1, 10));
    }

    @Test
    void readingTwoHundredTablesTakesAsManyStatementsAsReadingTen() throws SQLException {
        Cost ten = readSchemaOf(10, 3);
        Cost twoHundred = readSchemaOf(200, 20);
        assertThat(twoHundred.model().tables()).hasSize(200);
        assertThat(twoHundred.model().sequences()).hasSize(20);
        assertThat(twoHundred.model().table("t199")).contains(parent(199));
        assertThat(ten.statements()).isPositive().isLessThanOrEqualTo(5);
        assertThat(twoHundred.statements()).isEqualTo(ten.statements());
    }

    /**
     * A table as a person or another tool writes it: generated columns read as columns of their type with no default,
     * FULLTEXT and SPATIAL indexes keep their kind, a prefix unique index stays an index, foreign-key rules are read,
     * and a native enum is the varchar with its value list.
     */
    @Test
    void aHandWrittenTableReadsAsItsParts() throws SQLException {
        try (Connection c = MariaDbServer.newDatabase().connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE owner (id int AUTO_INCREMENT PRIMARY KEY)");
            st.execute("CREATE TABLE place (id bigint NOT NULL AUTO_INCREMENT, owner_id int,"
                    + " title varchar(200) NOT NULL COMMENT 'shown', body text, spot point NOT NULL,"
                    + " price decimal(10,2) NOT NULL DEFAULT 0.00, qty int unsigned,"
                    + " total decimal(12,2) AS (price * 2) VIRTUAL, upper_title varchar(200) AS (upper(title)) STORED,"
                    + " kind enum('HOUSE','FLAT') NOT NULL DEFAULT 'FLAT',"
                    + " PRIMARY KEY (id), UNIQUE KEY ux_place_title (title(20)), FULLTEXT KEY ft_place_body (body),"
                    + " SPATIAL KEY sp_place_spot (spot),"
                    + " CONSTRAINT fk_place_owner FOREIGN KEY (owner_id) REFERENCES owner (id)"
                    + " ON DELETE SET NULL ON UPDATE CASCADE)");
            Table place = new MariaDbCatalogReader().read(c, t -> true).table("place").orElseThrow();

            assertThat(place.column("id").orElseThrow().identity()).isTrue();
            assertThat(place.column("title").orElseThrow().comment()).contains("shown");
            assertThat(place.column("spot").orElseThrow().type()).isEqualTo(ColumnType.other("point"));
            assertThat(place.column("price").orElseThrow().defaultValue()).contains("0");
            assertThat(place.column("qty").orElseThrow().type()).isEqualTo(ColumnType.other("int(10) unsigned"));
            assertThat(place.column("total").orElseThrow().type()).isEqualTo(ColumnType.numeric(12, 2));
            assertThat(place.column("total").orElseThrow().defaultValue()).isEmpty();
            assertThat(place.column("upper_title").orElseThrow().defaultValue()).isEmpty();
            assertThat(place.column("kind").orElseThrow().type()).isEqualTo(ColumnType.varchar(5));
            assertThat(place.column("kind").orElseThrow().defaultValue()).contains("'FLAT'");
            assertThat(dev.retort.model.ValueList.columns(place)).containsEntry("kind", List.of("HOUSE", "FLAT"));

            assertThat(place.indexes()).contains(
                    new Index("ux_place_title", List.of("title(20)"), true, "", Optional.empty()),
                    new Index("ft_place_body", List.of("body"), false, "fulltext", Optional.empty()),
                    new Index("sp_place_spot", List.of("spot"), false, "spatial", Optional.empty()));
            assertThat(place.uniqueConstraints()).isEmpty();
            assertThat(place.foreignKeys()).containsExactly(new ForeignKey(Optional.of("fk_place_owner"),
                    List.of("owner_id"), "owner", List.of("id"), ReferentialAction.SET_NULL,
                    ReferentialAction.CASCADE));

            // what was read is what Retort writes again (a downgrade recreating the table): the same model
            Table owner = new MariaDbCatalogReader().read(c, t -> true).table("owner").orElseThrow();
            try (Connection again = MariaDbServer.newDatabase().connect(); Statement st2 = again.createStatement()) {
                SchemaModel model = SchemaModel.EMPTY;
                for (MigrationOp op : List.<MigrationOp>of(new CreateTable(owner), new CreateTable(place))) {
                    for (String sql : dialect.statements(op, model)) {
                        st2.execute(sql);
                    }
                    model = dev.retort.ops.ModelFolder.apply(model, op);
                }
                Table rewritten = new MariaDbCatalogReader().read(again, t -> true).table("place").orElseThrow();
                assertThat(rewritten.indexes()).containsExactlyInAnyOrderElementsOf(place.indexes());
                // generated columns come back as plain ones: their expressions are not read (see the reader)
                assertThat(rewritten.columns()).isEqualTo(place.columns());
            }
        }
    }

    /** A default drawing from a sequence is written as MariaDB names a sequence and reads back as the model's. */
    @Test
    void aSequenceDefaultRoundTrips() throws SQLException {
        Table owner = Table.builder("owner")
                .column(new Column("id", ColumnType.of(TypeKind.BIGINT), false, Optional.of("nextval('owner_seq')"),
                        false))
                .primaryKey(List.of("id")).build();
        try (Connection c = MariaDbServer.newDatabase().connect(); Statement st = c.createStatement()) {
            SchemaModel model = SchemaModel.EMPTY;
            for (MigrationOp op : List.<MigrationOp>of(new CreateSequence(new Sequence("owner_seq", 1, 50)),
                    new CreateTable(owner))) {
                for (String sql : dialect.statements(op, model)) {
                    st.execute(sql);
                }
                model = dev.retort.ops.ModelFolder.apply(model, op);
            }
            st.execute("INSERT INTO owner () VALUES ()");
            assertThat(new MariaDbCatalogReader().read(c, t -> true).table("owner")).contains(owner);
        }
    }
}
