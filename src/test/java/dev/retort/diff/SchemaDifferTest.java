package dev.retort.diff;

import dev.retort.ops.OpText;

import static dev.retort.migration.Schema.*;
import static org.assertj.core.api.Assertions.assertThat;

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
import dev.retort.ops.MigrationPlan;
import dev.retort.ops.ModelFolder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaDifferTest {
    private final SchemaDiffer differ = new SchemaDiffer(DiffOptions.STRICT);

    private static Column col(String name, ColumnType type) {
        return Column.of(name, type);
    }

    private static Column notNull(String name, ColumnType type) {
        return Column.of(name, type).withNullable(false);
    }

    private static ForeignKey fk(List<String> cols, String table, List<String> refs) {
        return new ForeignKey(Optional.empty(), cols, table, refs, ReferentialAction.NO_ACTION);
    }

    /** Differ scenario 1: every kind of change at once, in Alembic-compatible order. */
    @Test
    void coreScenario() {
        SchemaModel live = new SchemaModel(List.of(
                Table.builder("user").column(notNull("id", integer())).column(col("name", varchar(50)))
                        .column(col("a1", text())).column(col("pw", varchar(50))).primaryKey(List.of("id"))
                        .index(new Index("pw_idx", List.of("pw"), false)).build(),
                Table.builder("address").column(notNull("id", integer())).column(col("email_address", varchar(100)))
                        .primaryKey(List.of("id")).build(),
                Table.builder("order").column(notNull("order_id", integer()))
                        .column(notNull("amount", numeric(8, 2)).withDefault(Optional.of("0"))).primaryKey(List.of("order_id")).build(),
                Table.builder("extra").column(col("x", character(1))).column(col("uid", integer()))
                        .foreignKey(fk(List.of("uid"), "user", List.of("id"))).build()));
        SchemaModel target = new SchemaModel(List.of(
                Table.builder("user").column(notNull("id", integer())).column(notNull("name", varchar(50)))
                        .column(col("a1", text()).withDefault(Optional.of("'x'"))).primaryKey(List.of("id")).build(),
                Table.builder("address").column(notNull("id", integer())).column(notNull("email_address", varchar(100)))
                        .column(col("street", varchar(50))).primaryKey(List.of("id"))
                        .unique(new UniqueConstraint(Optional.of("uq_email"), List.of("email_address"))).build(),
                Table.builder("order").column(notNull("order_id", integer()))
                        .column(col("amount", numeric(10, 2)).withDefault(Optional.of("0")))
                        .column(col("user_id", integer())).primaryKey(List.of("order_id"))
                        .foreignKey(fk(List.of("user_id"), "user", List.of("id"))).build(),
                Table.builder("item").column(notNull("id", integer())).column(col("description", varchar(100)))
                        .column(col("order_id", integer())).primaryKey(List.of("id"))
                        .foreignKey(fk(List.of("order_id"), "order", List.of("order_id"))).build()));

        MigrationPlan plan = differ.diff(target, live);

        assertThat(OpText.of(plan)).containsExactly(
                "create_table item",
                "add_column address.street varchar(50) NULL",
                "alter_column address.email_address varchar(100) NULL -> varchar(100) NOT NULL",
                "add_unique address.uq_email[email_address]",
                "add_column order.user_id integer NULL",
                "alter_column order.amount numeric(8,2) NOT NULL DEFAULT 0 -> numeric(10,2) NULL DEFAULT 0",
                "drop_index user.pw_idx",
                "alter_column user.name varchar(50) NULL -> varchar(50) NOT NULL",
                "alter_column user.a1 text NULL -> text NULL DEFAULT 'x'",
                "drop_column user.pw",
                "add_fk order.fk_order_user_id[user_id] -> user NO_ACTION",
                "drop_table extra");
        assertConverges(target, live, plan);
    }

    @Test
    void createsParentsBeforeChildrenAndDropsChildrenFirst() {
        Table parent = Table.builder("parent").column(notNull("id", bigint())).primaryKey(List.of("id")).build();
        Table child = Table.builder("child").column(col("parent_id", bigint()))
                .foreignKey(fk(List.of("parent_id"), "parent", List.of("id"))).build();
        SchemaModel both = new SchemaModel(List.of(parent, child));
        assertThat(OpText.of(differ.diff(both, SchemaModel.EMPTY))).containsExactly("create_table parent", "create_table child");
        assertThat(OpText.of(differ.diff(SchemaModel.EMPTY, both))).containsExactly("drop_table child", "drop_table parent");
        assertThat(OpText.of(differ.diff(SchemaModel.EMPTY, both).inverse()))
                .containsExactly("create_table parent", "create_table child");
    }

    @Test
    void createsTheTablesOfACycleFirstAndThenAllTheirKeys() {
        Table a = Table.builder("a").column(notNull("id", bigint())).column(col("b_id", bigint())).primaryKey(List.of("id"))
                .foreignKey(fk(List.of("b_id"), "b", List.of("id"))).build();
        Table b = Table.builder("b").column(notNull("id", bigint())).column(col("a_id", bigint())).primaryKey(List.of("id"))
                .foreignKey(fk(List.of("a_id"), "a", List.of("id"))).build();
        SchemaModel target = new SchemaModel(List.of(b, a));
        MigrationPlan plan = differ.diff(target, SchemaModel.EMPTY);
        assertThat(OpText.of(plan)).containsExactly("create_table a", "create_table b",
                "add_fk a.fk_a_b_id[b_id] -> b NO_ACTION", "add_fk b.fk_b_a_id[a_id] -> a NO_ACTION");
        assertThat(OpText.of(plan.inverse())).containsExactly("drop_fk b.fk_b_a_id", "drop_fk a.fk_a_b_id",
                "drop_table b", "drop_table a");
        SchemaModel created = ModelFolder.applyAll(SchemaModel.EMPTY, plan.ops());
        assertThat(differ.diff(SchemaModel.EMPTY, created).ops()).containsExactlyElementsOf(plan.inverse().ops());
        assertConverges(target, SchemaModel.EMPTY, plan);
    }

    /**
     * A cycle of three (x -> y -> z -> x) among other tables: only the keys inside the cycle wait; a key from the
     * cycle to a table outside it, a key into the cycle from outside and a self-reference stay in CREATE TABLE.
     */
    @Test
    void defersOnlyTheKeysBetweenTablesOfOneCycle() {
        Table parent = Table.builder("parent").column(notNull("id", bigint())).primaryKey(List.of("id")).build();
        Table x = Table.builder("x").column(notNull("id", bigint())).column(col("y_id", bigint()))
                .column(col("parent_id", bigint())).column(col("up_id", bigint())).primaryKey(List.of("id"))
                .foreignKey(fk(List.of("parent_id"), "parent", List.of("id")))
                .foreignKey(fk(List.of("up_id"), "x", List.of("id")))
                .foreignKey(fk(List.of("y_id"), "y", List.of("id"))).build();
        Table y = Table.builder("y").column(notNull("id", bigint())).column(col("z_id", bigint())).primaryKey(List.of("id"))
                .foreignKey(fk(List.of("z_id"), "z", List.of("id"))).build();
        Table z = Table.builder("z").column(notNull("id", bigint())).column(col("x_id", bigint())).primaryKey(List.of("id"))
                .foreignKey(fk(List.of("x_id"), "x", List.of("id"))).build();
        Table child = Table.builder("child").column(notNull("id", bigint())).column(col("z_id", bigint()))
                .primaryKey(List.of("id")).foreignKey(fk(List.of("z_id"), "z", List.of("id"))).build();
        SchemaModel target = new SchemaModel(List.of(z, child, y, x, parent));

        MigrationPlan plan = differ.diff(target, SchemaModel.EMPTY);

        assertThat(OpText.of(plan)).containsExactly("create_table parent", "create_table x", "create_table y",
                "create_table z", "create_table child",
                "add_fk x.fk_x_y_id[y_id] -> y NO_ACTION",
                "add_fk y.fk_y_z_id[z_id] -> z NO_ACTION",
                "add_fk z.fk_z_x_id[x_id] -> x NO_ACTION");
        Table createdX = ((dev.retort.ops.CreateTable) plan.ops().get(1)).definition();
        assertThat(createdX.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("parent", "x");
        Table createdChild = ((dev.retort.ops.CreateTable) plan.ops().get(4)).definition();
        assertThat(createdChild.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("z");
        SchemaModel created = ModelFolder.applyAll(SchemaModel.EMPTY, plan.ops());
        assertThat(differ.diff(SchemaModel.EMPTY, created).ops()).containsExactlyElementsOf(plan.inverse().ops());
        assertThat(OpText.of(plan.inverse())).startsWith("drop_fk z.fk_z_x_id", "drop_fk y.fk_y_z_id",
                "drop_fk x.fk_x_y_id", "drop_table child");
        assertConverges(target, SchemaModel.EMPTY, plan);
    }

    /**
     * SQLite keeps inline REFERENCES, UNIQUE and CHECK without a name: the ops that drop them carry them unnamed
     * (SQLite drops them by shape), so the inverse restores exactly the schema that was there.
     */
    @Test
    void constraintsTheDatabaseKeepsUnnamedAreDroppedAndRestoredUnnamed() {
        Table parent = Table.builder("parent").column(notNull("id", integer())).primaryKey(List.of("id")).build();
        Table.Builder other = Table.builder("other").column(notNull("id", integer())).column(col("parent_id", integer()))
                .column(col("code", text())).primaryKey(List.of("id"));
        Table extra = Table.builder("extra").column(col("uid", integer()))
                .foreignKey(fk(List.of("uid"), "parent", List.of("id"))).build();
        SchemaModel target = new SchemaModel(List.of(parent, other.build()));
        SchemaModel live = new SchemaModel(List.of(parent, extra, other
                .foreignKey(fk(List.of("parent_id"), "parent", List.of("id")))
                .unique(new UniqueConstraint(Optional.empty(), List.of("code")))
                .check(new CheckConstraint(Optional.empty(), "parent_id > 0")).build()));

        MigrationPlan plan = differ.diff(target, live);

        assertThat(OpText.of(plan)).containsExactly("drop_fk other.?[parent_id] -> parent", "drop_unique other.?[code]",
                "drop_check other parent_id > 0", "drop_table extra");
        SchemaModel after = ModelFolder.applyAll(live, plan.ops());
        assertThat(ModelFolder.applyAll(after, plan.inverse().ops())).isEqualTo(live);
        assertConverges(target, live, plan);
    }

    @Test
    void identicalModelsGiveNothing() {
        Table t = Table.builder("person_to_role").column(col("person_id", bigint())).column(col("role_id", bigint()))
                .primaryKey(List.of("person_id", "role_id")).build();
        Table live = Table.builder("person_to_role").column(notNull("person_id", bigint())).column(notNull("role_id", bigint()))
                .primaryKey(List.of("person_id", "role_id")).build();
        assertThat(differ.diff(new SchemaModel(List.of(t)), new SchemaModel(List.of(live))).isEmpty()).isTrue();
    }

    @Test
    void constraintsMatchByShapeNotName() {
        Table want = Table.builder("t").column(col("a", integer())).column(col("b", integer()))
                .unique(new UniqueConstraint(Optional.empty(), List.of("a")))
                .index(new Index("ix_generated", List.of("a", "b"), false))
                .foreignKey(fk(List.of("b"), "t", List.of("a"))).build();
        Table have = Table.builder("t").column(col("a", integer())).column(col("b", integer()))
                .unique(new UniqueConstraint(Optional.of("uq_by_database"), List.of("a")))
                .index(new Index("ix_t_a_b", List.of("a", "b"), false))
                .foreignKey(new ForeignKey(Optional.of("fk_whatever"), List.of("b"), "t", List.of("a"), ReferentialAction.NO_ACTION)).build();
        assertThat(OpText.of(differ.diff(new SchemaModel(List.of(want)), new SchemaModel(List.of(have))))).isEmpty();
    }

    @Test
    void changedIndexAndOnDeleteAreReplaced() {
        Table want = Table.builder("t").column(col("x", integer())).column(col("y", integer()))
                .index(new Index("ix_xy", List.of("y", "x"), false))
                .foreignKey(new ForeignKey(Optional.empty(), List.of("x"), "t", List.of("y"), ReferentialAction.CASCADE)).build();
        Table have = Table.builder("t").column(col("x", integer())).column(col("y", integer()))
                .index(new Index("ix_xy", List.of("x", "y"), false))
                .foreignKey(new ForeignKey(Optional.of("fk_t_x"), List.of("x"), "t", List.of("y"), ReferentialAction.NO_ACTION)).build();
        assertThat(OpText.of(differ.diff(new SchemaModel(List.of(want)), new SchemaModel(List.of(have))))).containsExactly(
                "drop_fk t.fk_t_x", "drop_index t.ix_xy", "create_index t.ix_xy[y, x]", "add_fk t.fk_t_x[x] -> t CASCADE");
    }

    @Test
    void integerWidthsOfIdentityColumnsAreEqualWhereTheDatabaseHasOneIntegerType() {
        Table want = Table.builder("t").column(notNull("id", bigint()).withIdentity(true)).primaryKey(List.of("id")).build();
        Table have = Table.builder("t").column(notNull("id", integer()).withIdentity(true)).primaryKey(List.of("id")).build();
        SchemaModel w = new SchemaModel(List.of(want));
        SchemaModel h = new SchemaModel(List.of(have));
        assertThat(new SchemaDiffer(new DiffOptions(true, false, false)).diff(w, h).isEmpty()).isTrue();
        assertThat(OpText.of(differ.diff(w, h))).containsExactly("alter_column t.id integer NOT NULL IDENTITY -> bigint NOT NULL IDENTITY");
    }

    @Test
    void typeChangesAreDetected() {
        Table want = Table.builder("t").column(col("a", varchar(40))).column(col("b", ColumnType.of(TypeKind.SMALLINT)))
                .column(col("c", numeric(10, 6))).column(col("d", varchar(30))).build();
        Table have = Table.builder("t").column(col("a", varchar(30))).column(col("b", bigint()))
                .column(col("c", numeric(10, 5))).column(col("d", varchar(30))).build();
        assertThat(OpText.of(differ.diff(new SchemaModel(List.of(want)), new SchemaModel(List.of(have))))).containsExactly(
                "alter_column t.a varchar(30) NULL -> varchar(40) NULL",
                "alter_column t.b bigint NULL -> smallint NULL",
                "alter_column t.c numeric(10,5) NULL -> numeric(10,6) NULL");
    }

    /** Differ scenario 64: each comment added, changed or removed is one op, and nothing else changes. */
    @Test
    void commentChangesAreOneOpEach() {
        Table live = Table.builder("vessels")
                .column(notNull("id", bigint()))
                .column(col("name", varchar(120)).withComment(Optional.of("Registered name")))
                .column(col("flag", character(2)))
                .column(col("callsign", varchar(7)).withComment(Optional.of("Radio call sign")))
                .primaryKey(List.of("id"))
                .build();
        Table target = live.mapColumn("name", c -> c.withComment(Optional.of("Name as registered")))
                .mapColumn("flag", c -> c.withComment(Optional.of("ISO 3166 code")))
                .mapColumn("callsign", c -> c.withComment(Optional.empty()));
        SchemaModel have = new SchemaModel(List.of(live, Table.builder("ports").column(notNull("id", bigint()))
                .comment("Harbours").build(), Table.builder("berths").column(notNull("id", bigint())).build(),
                Table.builder("docks").column(notNull("id", bigint())).comment("Dry docks").build()));
        SchemaModel want = new SchemaModel(List.of(target, have.table("ports").orElseThrow().withComment(Optional.empty()),
                have.table("berths").orElseThrow().withComment(Optional.of("Quay positions")),
                have.table("docks").orElseThrow().withComment(Optional.of("Dry docks, by yard"))));

        MigrationPlan plan = differ.diff(want, have);

        assertThat(OpText.of(plan)).containsExactly(
                "alter_table_comment berths (none) -> Quay positions",
                "alter_table_comment docks Dry docks -> Dry docks, by yard",
                "alter_table_comment ports Harbours -> (none)",
                "alter_column vessels.name varchar(120) NULL COMMENT 'Registered name'"
                        + " -> varchar(120) NULL COMMENT 'Name as registered'",
                "alter_column vessels.flag char(2) NULL -> char(2) NULL COMMENT 'ISO 3166 code'",
                "alter_column vessels.callsign varchar(7) NULL COMMENT 'Radio call sign' -> varchar(7) NULL");
        assertConverges(want, have, plan);
        // the inverse restores every comment
        assertThat(ModelFolder.applyAll(want, plan.inverse().ops())).isEqualTo(have);

        // where the database keeps no comments, they are not compared
        SchemaDiffer withoutComments = new SchemaDiffer(new DiffOptions(false, true, false));
        assertThat(withoutComments.diff(want, have).isEmpty()).isTrue();
        // and a column that changes for another reason still carries both comments
        SchemaModel wider = want.with(target.mapColumn("flag", c -> c.withType(character(3))));
        assertThat(OpText.of(withoutComments.diff(wider, have)))
                .containsExactly("alter_column vessels.flag char(2) NULL -> char(3) NULL COMMENT 'ISO 3166 code'");
        // which the op records as a type change only: the differ decided once, by its rules, what changes
        assertThat(((dev.retort.ops.AlterColumn) withoutComments.diff(wider, have).ops().get(0)).changes())
                .containsExactly(dev.retort.ops.ColumnChange.TYPE);
        assertThat(differ.diff(wider, have).ops()).filteredOn(o -> OpText.of(o).startsWith("alter_column vessels.flag"))
                .singleElement().extracting(o -> ((dev.retort.ops.AlterColumn) o).changes())
                .isEqualTo(java.util.Set.of(dev.retort.ops.ColumnChange.TYPE, dev.retort.ops.ColumnChange.COMMENT));
    }

    @Test
    void newTablesAndColumnsCarryTheirCommentsWithoutExtraOps() {
        Table live = Table.builder("vessels").column(notNull("id", bigint())).primaryKey(List.of("id")).build();
        Table target = Table.builder("vessels").column(notNull("id", bigint()))
                .column(col("draught", numeric(4, 1)).withComment(Optional.of("Metres"))).primaryKey(List.of("id")).build();
        Table ports = Table.builder("ports").column(notNull("id", bigint()).withComment(Optional.of("UN/LOCODE")))
                .comment("Harbours").build();
        MigrationPlan plan = differ.diff(new SchemaModel(List.of(target, ports)), new SchemaModel(List.of(live)));
        assertThat(plan.ops()).containsExactly(new dev.retort.ops.CreateTable(ports),
                new dev.retort.ops.AddColumn("vessels", col("draught", numeric(4, 1)).withComment(Optional.of("Metres"))));
    }

    private static SchemaModel users(Column... extra) {
        Table.Builder b = Table.builder("users").column(notNull("id", integer()));
        for (Column c : extra) {
            b.column(c);
        }
        return new SchemaModel(List.of(b.primaryKey(List.of("id")).build()));
    }

    @Test
    void aLostColumnWithOneIdenticalNewOneIsRenamedWhereTheDropWouldBe() {
        SchemaModel live = new SchemaModel(List.of(Table.builder("users").column(notNull("id", integer()))
                .column(notNull("email_address", varchar(100)).withDefault(Optional.of("''")))
                .column(col("name", varchar(50))).primaryKey(List.of("id"))
                .index(new Index("ix_users_email_address", List.of("email_address"), true)).build()));
        SchemaModel target = new SchemaModel(List.of(Table.builder("users").column(notNull("id", integer()))
                .column(notNull("email", varchar(100)).withDefault(Optional.of("''")))
                .column(col("name", varchar(80))).primaryKey(List.of("id"))
                .index(new Index("ix_users_email", List.of("email"), true)).build()));

        MigrationPlan plan = differ.diff(target, live);

        assertThat(OpText.of(plan)).containsExactly(
                "drop_index users.ix_users_email_address",
                "alter_column users.name varchar(50) NULL -> varchar(80) NULL",
                "rename_column users.email_address email",
                "create_index users.ix_users_email[email] unique");
        assertConverges(target, live, plan);
    }

    @Test
    void renamingThePrimaryKeyColumnIsARenameToo() {
        SchemaModel live = new SchemaModel(List.of(Table.builder("t").column(col("id", integer()))
                .column(col("v", text())).primaryKey(List.of("id")).build()));
        SchemaModel target = new SchemaModel(List.of(Table.builder("t").column(notNull("t_id", integer()))
                .column(col("v", text())).primaryKey(List.of("t_id")).build()));
        assertThat(OpText.of(differ.diff(target, live))).containsExactly("rename_column t.id t_id");
    }

    @Test
    void severalCandidatesAreNotGuessed() {
        SchemaModel live = users(col("a", varchar(50)), col("b", varchar(50)));
        SchemaModel target = users(col("c", varchar(50)));
        assertThat(OpText.of(differ.diff(target, live))).containsExactly(
                "add_column users.c varchar(50) NULL", "drop_column users.a", "drop_column users.b");

        SchemaModel twoNew = users(col("c", varchar(50)), col("d", varchar(50)));
        assertThat(OpText.of(differ.diff(twoNew, users(col("a", varchar(50)))))).containsExactly(
                "add_column users.c varchar(50) NULL", "add_column users.d varchar(50) NULL", "drop_column users.a");
    }

    @Test
    void aDifferentTypeNullabilityOrDefaultIsNoRename() {
        SchemaModel live = users(col("email_address", varchar(100)));
        for (Column other : List.of(col("email", varchar(200)), notNull("email", varchar(100)),
                col("email", varchar(100)).withDefault(Optional.of("'x'")))) {
            assertThat(OpText.of(differ.diff(users(other), live))).as(other.describe()).containsExactly(
                    "add_column users.email " + other.describe(), "drop_column users.email_address");
        }
    }

    @Test
    void eachUnambiguousPairIsRenamedOnItsOwn() {
        SchemaModel live = users(col("a", varchar(50)), col("n", integer()));
        SchemaModel target = users(col("b", varchar(50)), col("m", integer()));
        assertThat(OpText.of(differ.diff(target, live))).containsExactly(
                "rename_column users.a b", "rename_column users.n m");
    }

    @Test
    void switchedOffRenamesAreDropsAndAdds() {
        SchemaDiffer plain = new SchemaDiffer(DiffOptions.STRICT.withDetectRenames(false));
        assertThat(OpText.of(plain.diff(users(col("email", varchar(100))), users(col("email_address", varchar(100))))))
                .containsExactly("add_column users.email varchar(100) NULL", "drop_column users.email_address");
        Table crews = Table.builder("crews").column(notNull("id", integer())).primaryKey(List.of("id")).build();
        assertThat(OpText.of(plain.diff(new SchemaModel(List.of(crews.withName("teams"))), new SchemaModel(List.of(crews)))))
                .containsExactly("create_table teams", "drop_table crews");
        assertThat(new DiffOptions(true, false, false).detectRenames()).isTrue();
        assertThat(DiffOptions.STRICT.detectRenames()).isTrue();
    }

    @Test
    void theDeciderIsAskedOncePerCandidateInOrderAndARejectedOneIsADropAndAnAdd() {
        Table crews = Table.builder("crews").column(notNull("id", integer())).column(col("name", varchar(50)))
                .primaryKey(List.of("id")).build();
        Table users = users(col("a", varchar(50)), notNull("n", integer())).tables().get(0);
        Table newUsers = users(col("b", varchar(50)), notNull("m", integer())).tables().get(0);
        SchemaModel live = new SchemaModel(List.of(crews, users));
        SchemaModel target = new SchemaModel(List.of(newUsers, crews.withName("teams")));
        List<RenameCandidate> asked = new java.util.ArrayList<>();
        // no to the table, yes to users.a -> b, no to users.n -> m
        SchemaDiffer deciding = new SchemaDiffer(DiffOptions.STRICT.withRenames(candidate -> {
            asked.add(candidate);
            return candidate.from().equals("a");
        }));

        MigrationPlan plan = deciding.diff(target, live);

        assertThat(asked).containsExactly(
                new RenameCandidate(RenameCandidate.Kind.TABLE, "crews", "crews", "teams", "columns id, name"),
                new RenameCandidate(RenameCandidate.Kind.COLUMN, "users", "a", "b", "varchar(50) NULL"),
                new RenameCandidate(RenameCandidate.Kind.COLUMN, "users", "n", "m", "integer NOT NULL"));
        assertThat(asked).extracting(RenameCandidate::describe).containsExactly(
                "table crews -> teams (columns id, name)",
                "column users.a -> users.b (varchar(50) NULL)",
                "column users.n -> users.m (integer NOT NULL)");
        // exactly what rename detection off gives for the rejected pairs, and the accepted rename as usual
        assertThat(OpText.of(plan)).containsExactly(
                "create_table teams",
                "add_column users.m integer NOT NULL",
                "rename_column users.a b",
                "drop_column users.n",
                "drop_table crews");
        assertThat(plan.confirmed()).containsExactly(new dev.retort.ops.RenameColumn("users", "a", "b"));
        assertThat(plan.inverse().confirmed()).containsExactly(new dev.retort.ops.RenameColumn("users", "b", "a"));
        assertConverges(target, live, plan);

        // a table rename accepted by a decider is confirmed as well; detected ones are not
        MigrationPlan accepted = new SchemaDiffer(DiffOptions.STRICT.withRenames(candidate -> true)).diff(target, live);
        assertThat(accepted.confirmed()).containsExactly(new dev.retort.ops.RenameTable("crews", "teams"),
                new dev.retort.ops.RenameColumn("users", "a", "b"), new dev.retort.ops.RenameColumn("users", "n", "m"));
        MigrationPlan detected = differ.diff(target, live);
        assertThat(detected.ops()).isEqualTo(accepted.ops());
        assertThat(detected.confirmed()).isEmpty();
    }

    @Test
    void ambiguousPairsAreNeverAskedAbout() {
        RenameDecider refuse = candidate -> {
            throw new AssertionError("asked about " + candidate.describe());
        };
        SchemaDiffer deciding = new SchemaDiffer(DiffOptions.STRICT.withRenames(refuse));
        SchemaModel twoGone = users(col("a", varchar(50)), col("b", varchar(50)));
        assertThat(OpText.of(deciding.diff(users(col("c", varchar(50))), twoGone)))
                .containsExactly("add_column users.c varchar(50) NULL", "drop_column users.a", "drop_column users.b");
        Table crews = Table.builder("crews").column(notNull("id", integer())).primaryKey(List.of("id")).build();
        assertThat(OpText.of(deciding.diff(new SchemaModel(List.of(crews.withName("teams"), crews.withName("squads"))),
                new SchemaModel(List.of(crews))))).containsExactly("create_table squads", "create_table teams",
                "drop_table crews");
        assertThat(DiffOptions.STRICT.withDetectRenames(false).renames()).isSameAs(RenameDecider.REJECT_ALL);
        SchemaDiffer off = new SchemaDiffer(DiffOptions.STRICT.withDetectRenames(false));
        assertThat(OpText.of(off.diff(users(col("b", varchar(50))), users(col("a", varchar(50))))))
                .containsExactly("add_column users.b varchar(50) NULL", "drop_column users.a");
    }

    @Test
    void aTableWithTheSameColumnsUnderANewNameIsRenamedBeforeItsKeysAndIndexes() {
        Table crews = Table.builder("crews").column(notNull("id", integer())).column(col("name", varchar(50)))
                .primaryKey(List.of("id")).index(new Index("ix_crews_name", List.of("name"), false)).build();
        Table tasks = Table.builder("tasks").column(notNull("id", integer())).column(col("crew_id", integer()))
                .primaryKey(List.of("id")).foreignKey(fk(List.of("crew_id"), "crews", List.of("id"))).build();
        Table teams = Table.builder("teams").column(notNull("id", integer())).column(col("name", varchar(50)))
                .primaryKey(List.of("id")).index(new Index("ix_teams_name", List.of("name"), true)).build();
        Table newTasks = Table.builder("tasks").column(notNull("id", integer())).column(col("crew_id", integer()))
                .primaryKey(List.of("id")).foreignKey(fk(List.of("crew_id"), "teams", List.of("id"))).build();
        Table notes = Table.builder("notes").column(notNull("id", integer())).column(col("team_id", integer()))
                .primaryKey(List.of("id")).foreignKey(fk(List.of("team_id"), "teams", List.of("id"))).build();
        SchemaModel live = new SchemaModel(List.of(crews, tasks));
        SchemaModel target = new SchemaModel(List.of(notes, newTasks, teams));

        MigrationPlan plan = differ.diff(target, live);

        assertThat(OpText.of(plan)).containsExactly(
                "create_table notes",
                "drop_fk tasks.?[crew_id] -> crews",
                "rename_table crews teams",
                "drop_index teams.ix_crews_name",
                "create_index teams.ix_teams_name[name] unique",
                "add_fk tasks.fk_tasks_crew_id[crew_id] -> teams NO_ACTION",
                "add_fk notes.fk_notes_team_id[team_id] -> teams NO_ACTION");
        assertConverges(target, live, plan);
    }

    @Test
    void tablesDifferingInAColumnOrTheKeyOrWithSeveralTwinsAreNotRenamed() {
        Table crews = Table.builder("crews").column(notNull("id", integer())).column(col("name", varchar(50)))
                .primaryKey(List.of("id")).build();
        Table wider = Table.builder("teams").column(notNull("id", integer())).column(col("name", varchar(60)))
                .primaryKey(List.of("id")).build();
        Table noKey = Table.builder("teams").column(notNull("id", integer())).column(col("name", varchar(50))).build();
        for (Table other : List.of(wider, noKey)) {
            assertThat(OpText.of(differ.diff(new SchemaModel(List.of(other)), new SchemaModel(List.of(crews)))))
                    .containsExactly("create_table teams", "drop_table crews");
        }
        SchemaModel twins = new SchemaModel(List.of(crews.withName("teams"), crews.withName("squads")));
        assertThat(OpText.of(differ.diff(twins, new SchemaModel(List.of(crews))))).containsExactly(
                "create_table squads", "create_table teams", "drop_table crews");
    }

    @Test
    void theInverseOfARenamePlanRestoresTheModel() {
        Table crews = Table.builder("crews").column(notNull("id", integer())).column(col("label", varchar(50)))
                .primaryKey(List.of("id")).build();
        Table members = Table.builder("members").column(notNull("id", integer())).column(col("crew", integer()))
                .primaryKey(List.of("id")).foreignKey(fk(List.of("crew"), "crews", List.of("id"))).build();
        Table teams = crews.withName("teams");
        Table newMembers = Table.builder("members").column(notNull("id", integer())).column(col("team", integer()))
                .primaryKey(List.of("id")).foreignKey(fk(List.of("team"), "teams", List.of("id"))).build();
        SchemaModel live = new SchemaModel(List.of(crews, members));
        SchemaModel target = new SchemaModel(List.of(teams, newMembers));

        MigrationPlan plan = differ.diff(target, live);

        assertThat(OpText.of(plan)).contains("rename_table crews teams", "rename_column members.crew team")
                .noneMatch(op -> op.startsWith("drop_table") || op.startsWith("drop_column"));
        SchemaModel after = ModelFolder.applyAll(live, plan.ops());
        assertThat(differ.diff(target, after).isEmpty()).isTrue();
        SchemaModel back = ModelFolder.applyAll(after, plan.inverse().ops());
        assertThat(back.table("crews")).isPresent();
        assertThat(back.table("teams")).isEmpty();
        assertThat(back.table("members").orElseThrow().columnNames()).containsExactly("id", "crew");
        assertThat(differ.diff(live, back).isEmpty()).isTrue();
    }

    @Test
    void addsAPrimaryKeyAfterTheColumnItUses() {
        SchemaModel live = new SchemaModel(List.of(Table.builder("events").column(col("payload", text())).build()));
        SchemaModel target = new SchemaModel(List.of(Table.builder("events").column(col("payload", text()))
                .column(notNull("id", bigint())).primaryKey(List.of("id")).build()));
        MigrationPlan plan = differ.diff(target, live);
        assertThat(OpText.of(plan)).containsExactly("add_column events.id bigint NOT NULL",
                "alter_primary_key events [] -> [id]");
        assertThat(plan.ops()).noneMatch(dev.retort.ops.MigrationOp::losesData);
        assertThat(ModelFolder.applyAll(ModelFolder.applyAll(live, plan.ops()), plan.inverse().ops())).isEqualTo(live);
        assertConverges(target, live, plan);
    }

    @Test
    void movesAPrimaryKeyToANewColumnAndAwayFromADroppedOne() {
        SchemaModel live = new SchemaModel(List.of(Table.builder("tags").column(notNull("code", varchar(20)))
                .column(col("label", text())).primaryKey(List.of("code")).build()));
        SchemaModel target = new SchemaModel(List.of(Table.builder("tags").column(col("label", text()))
                .column(notNull("id", bigint())).primaryKey(List.of("id")).build()));
        MigrationPlan plan = differ.diff(target, live);
        assertThat(OpText.of(plan)).containsExactly("add_column tags.id bigint NOT NULL",
                "alter_primary_key tags [code] -> [id]", "drop_column tags.code");
        assertThat(OpText.of(plan.inverse())).containsExactly("add_column tags.code varchar(20) NOT NULL",
                "alter_primary_key tags [id] -> [code]", "drop_column tags.id");
        // the downgrade re-adds code at the end, so the inverse restores the table up to column order
        SchemaModel back = ModelFolder.applyAll(ModelFolder.applyAll(live, plan.ops()), plan.inverse().ops());
        assertThat(back.table("tags").orElseThrow().primaryKey()).containsExactly("code");
        assertConverges(target, live, plan);
    }

    @Test
    void widensACompositeKeyWithoutAlteringItsColumns() {
        // key columns are NOT NULL whether the model says so or not: no alter_column comes with the key
        SchemaModel live = new SchemaModel(List.of(Table.builder("memberships").column(col("user_id", bigint()))
                .column(notNull("group_id", bigint())).primaryKey(List.of("user_id")).build()));
        SchemaModel target = new SchemaModel(List.of(Table.builder("memberships").column(col("user_id", bigint()))
                .column(col("group_id", bigint())).primaryKey(List.of("user_id", "group_id")).build()));
        MigrationPlan plan = differ.diff(target, live);
        assertThat(OpText.of(plan)).containsExactly("alter_primary_key memberships [user_id] -> [user_id, group_id]");
        assertThat(ModelFolder.applyAll(ModelFolder.applyAll(live, plan.ops()), plan.inverse().ops())).isEqualTo(live);
        assertConverges(target, live, plan);
    }

    @Test
    void dropsAPrimaryKeyBeforeMakingItsColumnNullable() {
        SchemaModel live = new SchemaModel(List.of(Table.builder("logs").column(notNull("id", bigint()))
                .column(col("line", text())).primaryKey(List.of("id")).build()));
        SchemaModel target = new SchemaModel(List.of(Table.builder("logs").column(col("id", bigint()))
                .column(col("line", text())).build()));
        MigrationPlan plan = differ.diff(target, live);
        assertThat(OpText.of(plan)).containsExactly("alter_primary_key logs [id] -> []",
                "alter_column logs.id bigint NOT NULL -> bigint NULL");
        assertThat(OpText.of(plan.inverse())).containsExactly("alter_column logs.id bigint NULL -> bigint NOT NULL",
                "alter_primary_key logs [] -> [id]");
        assertThat(ModelFolder.applyAll(ModelFolder.applyAll(live, plan.ops()), plan.inverse().ops())).isEqualTo(live);
        assertConverges(target, live, plan);
    }

    @Test
    void keepsAKeyOverARenamedColumn() {
        SchemaDiffer renaming = new SchemaDiffer(DiffOptions.STRICT.withDetectRenames(true));
        SchemaModel live = new SchemaModel(List.of(Table.builder("codes").column(notNull("code", varchar(10)))
                .column(col("note", text())).primaryKey(List.of("code")).build()));
        SchemaModel target = new SchemaModel(List.of(Table.builder("codes").column(notNull("key", varchar(10)))
                .column(col("note", text())).primaryKey(List.of("key")).build()));
        assertThat(OpText.of(renaming.diff(target, live))).containsExactly("rename_column codes.code key");
    }

    @Test
    void aSequenceWithAnotherIncrementOrStartIsAlteredInPlace() {
        SchemaModel live = new SchemaModel(List.of(), List.of(sequence("a_seq", 1, 1), sequence("b_seq", 1, 50),
                sequence("c_seq", 1, 50)), List.of());
        SchemaModel target = new SchemaModel(List.of(), List.of(sequence("a_seq", 1, 50), sequence("b_seq", 100, 50),
                sequence("c_seq", 1, 50)), List.of());
        MigrationPlan plan = differ.diff(target, live);
        assertThat(OpText.of(plan)).containsExactly(
                "alter_sequence a_seq start 1 -> 1, increment 1 -> 50",
                "alter_sequence b_seq start 1 -> 100, increment 50 -> 50");
        assertConverges(target, live, plan);
    }

    /**
     * An enum type that only gains labels changes before the tables and columns that may use them; one that loses
     * or reorders labels changes after the columns and tables that stop using it.
     */
    @Test
    void enumTypesGainLabelsFirstAndLoseThemLast() {
        Table before = Table.builder("tickets").column(notNull("id", bigint()))
                .column(col("priority", ColumnType.other("priority")).withDefault(Optional.of("'URGENT'")))
                .column(col("state", ColumnType.other("state")))
                .primaryKey(List.of("id")).build();
        Table gone = Table.builder("old_tickets").column(col("priority", ColumnType.other("priority"))).build();
        SchemaModel live = new SchemaModel(List.of(before, gone), List.of(), List.of(
                enumType("priority", "HIGH", "LOW", "URGENT"), enumType("state", "OPEN", "CLOSED"),
                enumType("kind", "A", "B")));
        Table after = Table.builder("tickets").column(notNull("id", bigint()))
                .column(col("priority", ColumnType.other("priority")).withDefault(Optional.of("'HIGH'")))
                .column(col("state", ColumnType.other("state")).withDefault(Optional.of("'PAUSED'")))
                .column(col("kind", ColumnType.other("kind")))
                .primaryKey(List.of("id")).build();
        SchemaModel target = new SchemaModel(List.of(after), List.of(), List.of(
                enumType("priority", "HIGH", "LOW"), enumType("state", "OPEN", "PAUSED", "CLOSED"),
                enumType("kind", "B", "A")));
        MigrationPlan plan = differ.diff(target, live);
        assertThat(OpText.of(plan)).containsExactly(
                "alter_enum_type state[OPEN, CLOSED] -> [OPEN, PAUSED, CLOSED]",
                "add_column tickets.kind kind NULL",
                "alter_column tickets.priority priority NULL DEFAULT 'URGENT' -> priority NULL DEFAULT 'HIGH'",
                "alter_column tickets.state state NULL -> state NULL DEFAULT 'PAUSED'",
                "drop_table old_tickets",
                "alter_enum_type kind[A, B] -> [B, A]",
                "alter_enum_type priority[HIGH, LOW, URGENT] -> [HIGH, LOW]");
        assertConverges(target, live, plan);
        // the downgrade adds the label back first and removes the added one last
        assertThat(OpText.of(plan.inverse())).startsWith(
                "alter_enum_type priority[HIGH, LOW] -> [HIGH, LOW, URGENT]",
                "alter_enum_type kind[B, A] -> [A, B]").endsWith(
                "alter_enum_type state[OPEN, PAUSED, CLOSED] -> [OPEN, CLOSED]");
    }

    @Test
    void sameLabelsAndSequencesGiveNothing() {
        SchemaModel model = new SchemaModel(List.of(), List.of(sequence("a_seq", 1, 50)),
                List.of(enumType("mood", "sad", "ok")));
        assertThat(differ.diff(model, model).isEmpty()).isTrue();
    }

    /** Folding the plan onto the live model gives the target (modulo names given to unnamed constraints). */
    private void assertConverges(SchemaModel target, SchemaModel live, MigrationPlan plan) {
        SchemaModel after = ModelFolder.applyAll(live, plan.ops());
        assertThat(differ.diff(target, after).isEmpty()).as("re-diff after applying the plan").isTrue();
        SchemaModel back = ModelFolder.applyAll(after, plan.inverse().ops());
        assertThat(differ.diff(live, back).isEmpty()).as("re-diff after applying the inverse").isTrue();
    }

    /** Adoption: a Flyway or hand-written schema draws ids from the generator's sequence by default. */
    @Test
    void aDefaultDrawingFromTheEntitiesSequenceIsNoDifference() {
        dev.retort.model.Sequence seq = new dev.retort.model.Sequence("owner_seq", 1, 50);
        Table want = Table.builder("owner").column(notNull("id", bigint())).column(col("name", varchar(40)))
                .primaryKey(List.of("id")).build();
        SchemaModel target = new SchemaModel(List.of(want), List.of(seq), List.of());
        for (String spelling : List.of("nextval('owner_seq'::regclass)", "nextval('public.owner_seq'::regclass)",
                "NEXTVAL('\"owner_seq\"')")) {
            Table have = want.withColumns(List.of(notNull("id", bigint()).withDefault(Optional.of(spelling)),
                    col("name", varchar(40))));
            assertThat(differ.diff(target, new SchemaModel(List.of(have), List.of(seq), List.of())).ops())
                    .as(spelling).isEmpty();
        }
        // another sequence, or a default the entity declares itself, is still a difference
        Table other = want.withColumns(List.of(notNull("id", bigint())
                .withDefault(Optional.of("nextval('legacy_seq'::regclass)")), col("name", varchar(40))));
        assertThat(differ.diff(target, new SchemaModel(List.of(other), List.of(seq), List.of())).ops()).hasSize(1);
        Table declared = want.withColumns(List.of(notNull("id", bigint()).withDefault(Optional.of("42")),
                col("name", varchar(40))));
        Table have = want.withColumns(List.of(notNull("id", bigint())
                .withDefault(Optional.of("nextval('owner_seq'::regclass)")), col("name", varchar(40))));
        assertThat(differ.diff(new SchemaModel(List.of(declared), List.of(seq), List.of()),
                new SchemaModel(List.of(have), List.of(seq), List.of())).ops()).hasSize(1);
    }

    /** An entity mapped to a view reads it: nothing to create, alter or reference. */
    @Test
    void anEntityMappedToAViewIsNotATable() {
        Table report = Table.builder("order_totals").column(notNull("customer_id", bigint()))
                .column(col("total", numeric(12, 2))).primaryKey(List.of("customer_id")).build();
        Table customer = Table.builder("customer").column(notNull("id", bigint())).column(col("best", bigint()))
                .primaryKey(List.of("id")).foreignKey(fk(List.of("best"), "order_totals", List.of("customer_id")))
                .build();
        Table liveCustomer = customer.withForeignKeys(List.of());
        SchemaModel target = new SchemaModel(List.of(report, customer));
        SchemaModel live = new SchemaModel(List.of(liveCustomer)).withViews(List.of("order_totals"));
        assertThat(differ.diff(target, live).ops()).isEmpty();
        // without the view, the table and the key are created
        assertThat(differ.diff(target, new SchemaModel(List.of(liveCustomer))).ops()).hasSize(2);
    }

    /** SQLite matches names without regard to case: Hibernate's ddl-auto keeps DTYPE where the entities fold. */
    @Test
    void namesThatDifferOnlyInCaseAreTheSameWhereTheDatabaseIgnoresCase() {
        Table want = Table.builder("publication").column(notNull("id", bigint())).column(notNull("dtype", varchar(31)))
                .primaryKey(List.of("id")).build();
        Table child = Table.builder("magazine").column(notNull("id", bigint())).primaryKey(List.of("id"))
                .foreignKey(fk(List.of("id"), "publication", List.of("id"))).build();
        Table have = Table.builder("Publication").column(notNull("ID", bigint())).column(notNull("DTYPE", varchar(31)))
                .primaryKey(List.of("ID")).build();
        Table haveChild = Table.builder("MAGAZINE").column(notNull("id", bigint())).primaryKey(List.of("id"))
                .foreignKey(fk(List.of("id"), "Publication", List.of("ID"))).build();
        SchemaModel target = new SchemaModel(List.of(want, child));
        SchemaModel live = new SchemaModel(List.of(have, haveChild));
        DiffOptions ignoringCase = new DiffOptions(true, false, false, RenameDecider.ACCEPT_ALL, java.util.Map.of(),
                false, dev.retort.model.NameMatching.IGNORES_CASE);
        assertThat(new SchemaDiffer(ignoringCase).diff(target, live).ops()).isEmpty();
        // where case matters, they are other tables
        assertThat(differ.diff(target, live).ops()).isNotEmpty();
    }

    /**
     * Where a string column limited to a list of values keeps no length (MariaDB's native enum), two such columns
     * differ only in their values; elsewhere the length is compared.
     */
    @Test
    void aValueListsLengthCountsOnlyWhereTheDatabaseKeepsIt() {
        Table want = Table.builder("t").column(notNull("status", varchar(255)))
                .check(new CheckConstraint(Optional.empty(), "status in ('A','B')")).build();
        Table have = Table.builder("t").column(notNull("status", varchar(1)))
                .check(new CheckConstraint(Optional.of("CONSTRAINT_1"), "`status` in ('B','A')")).build();
        DiffOptions enums = new DiffOptions(false, true, true, RenameDecider.ACCEPT_ALL, java.util.Map.of(), true,
                dev.retort.model.NameMatching.EXACT, false);
        SchemaModel target = new SchemaModel(List.of(want));
        assertThat(new SchemaDiffer(enums).diff(target, new SchemaModel(List.of(have))).ops()).isEmpty();
        assertThat(new SchemaDiffer(enums.withRenames(RenameDecider.ACCEPT_ALL)).diff(target,
                new SchemaModel(List.of(have.withChecks(List.of())))).ops()).hasSize(2);
        assertThat(differ.diff(target, new SchemaModel(List.of(have))).ops()).singleElement()
                .isInstanceOf(dev.retort.ops.AlterColumn.class);
    }
}
