package dev.retort.app;

import static dev.retort.migration.Schema.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.diff.DiffOptions;
import dev.retort.diff.SchemaDiffer;
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
import dev.retort.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each kind of difference in words, from the plan the differ makes for two hand-built models. */
class DriftDescriberTest {

    private static Column col(String name, ColumnType type) {
        return Column.of(name, type);
    }

    private static Column notNull(String name, ColumnType type) {
        return Column.of(name, type).withNullable(false);
    }

    private static ForeignKey fk(String name, String column, String table, ReferentialAction onDelete) {
        return new ForeignKey(Optional.ofNullable(name), List.of(column), table, List.of("id"), onDelete);
    }

    private static Table.Builder table(String name) {
        return Table.builder(name).column(notNull("id", bigint())).primaryKey(List.of("id"));
    }

    private static List<Difference> online(SchemaModel entities, SchemaModel database) {
        return DriftDescriber.againstDatabase(new SchemaDiffer(DiffOptions.STRICT).diff(entities, database), DiffOptions.STRICT);
    }

    private static List<String> messages(List<Difference> differences) {
        return differences.stream().map(Difference::message).toList();
    }

    @Test
    void primaryKeyThatDiffersSaysBothKeys() {
        SchemaModel entities = new SchemaModel(List.of(table("t").column(notNull("b", bigint()))
                .primaryKey(List.of("id", "b")).build()));
        SchemaModel database = new SchemaModel(List.of(table("t").column(notNull("b", bigint())).build()));
        SchemaModel keyless = new SchemaModel(List.of(Table.builder("t").column(notNull("id", bigint()))
                .column(notNull("b", bigint())).build()));

        assertThat(messages(online(entities, database))).containsExactly(
                "primary key of t: entity says (id, b), database has (id)");
        assertThat(online(entities, database).get(0).kind()).isEqualTo(Difference.Kind.TABLE_DIFFERS);
        assertThat(messages(online(keyless, database))).containsExactly(
                "primary key of t: entity says no primary key, database has (id)");
    }

    /** The differences between tables a(b_id) of the entities and of the database, each with one key to b. */
    private static List<Difference> keyDrift(ForeignKey entity, ForeignKey database) {
        Table b = table("b").build();
        return online(new SchemaModel(List.of(b, table("a").column(col("b_id", bigint())).foreignKey(entity).build())),
                new SchemaModel(List.of(b, table("a").column(col("b_id", bigint())).foreignKey(database).build())));
    }

    @Test
    void foreignKeyWhoseOnDeleteChangedIsOneDifference() {
        List<Difference> differences = keyDrift(fk(null, "b_id", "b", ReferentialAction.CASCADE),
                fk("fk_a_b", "b_id", "b", ReferentialAction.NO_ACTION));

        assertThat(messages(differences)).containsExactly(
                "foreign key fk_a_b on a: entity says ON DELETE CASCADE, database has NO ACTION");
        assertThat(differences.get(0)).isEqualTo(new Difference(Difference.Kind.FOREIGN_KEY_DIFFERS, Optional.of("a"),
                "fk_a_b", Optional.of("ON DELETE CASCADE"), Optional.of("ON DELETE NO ACTION"), List.of(),
                "foreign key fk_a_b on a: entity says ON DELETE CASCADE, database has NO ACTION"));
    }

    @Test
    void foreignKeyThatDiffersOnlyInOnUpdateSaysSo() {
        List<Difference> differences = keyDrift(fk(null, "b_id", "b", ReferentialAction.SET_NULL),
                fk("fk_a_b", "b_id", "b", ReferentialAction.SET_NULL).withOnUpdate(ReferentialAction.CASCADE));

        assertThat(differences).containsExactly(new Difference(Difference.Kind.FOREIGN_KEY_DIFFERS, Optional.of("a"),
                "fk_a_b", Optional.of("ON UPDATE NO ACTION"), Optional.of("ON UPDATE CASCADE"), List.of(),
                List.of("on_update_lost"), "foreign key fk_a_b on a: entity says ON UPDATE NO ACTION, database has CASCADE"));
    }

    @Test
    void foreignKeyThatDiffersInBothActionsNamesBoth() {
        List<Difference> differences = keyDrift(fk(null, "b_id", "b", ReferentialAction.CASCADE),
                fk("fk_a_b", "b_id", "b", ReferentialAction.NO_ACTION).withOnUpdate(ReferentialAction.RESTRICT));

        assertThat(messages(differences)).containsExactly("foreign key fk_a_b on a: entity says"
                + " ON DELETE CASCADE ON UPDATE NO ACTION, database has ON DELETE NO ACTION ON UPDATE RESTRICT");
    }

    @Test
    void foreignKeyToAnotherTableShowsBothWhole() {
        SchemaModel entities = new SchemaModel(List.of(table("b").build(), table("c").build(),
                table("a").column(col("x_id", bigint())).foreignKey(fk(null, "x_id", "c", ReferentialAction.NO_ACTION)).build()));
        SchemaModel database = new SchemaModel(List.of(table("b").build(), table("c").build(),
                table("a").column(col("x_id", bigint())).foreignKey(fk("fk_a_x", "x_id", "b", ReferentialAction.SET_NULL)).build()));

        assertThat(messages(online(entities, database))).containsExactly("foreign key fk_a_x on a: entity says"
                + " (x_id) -> c (id) ON DELETE NO ACTION, database has (x_id) -> b (id) ON DELETE SET NULL");

        SchemaModel cascading = new SchemaModel(List.of(table("b").build(), table("c").build(),
                table("a").column(col("x_id", bigint())).foreignKey(fk("fk_a_x", "x_id", "b", ReferentialAction.NO_ACTION)
                        .withOnUpdate(ReferentialAction.CASCADE)).build()));
        assertThat(messages(online(entities, cascading))).as("an ON UPDATE other than NO ACTION is shown")
                .containsExactly("foreign key fk_a_x on a: entity says (x_id) -> c (id) ON DELETE NO ACTION,"
                        + " database has (x_id) -> b (id) ON DELETE NO ACTION ON UPDATE CASCADE");
    }

    @Test
    void columnsSayWhichAspectsDiffer() {
        SchemaModel entities = new SchemaModel(List.of(table("users")
                .column(notNull("email", varchar(320)))
                .column(col("role", varchar(20)).withDefault(Optional.of("'player'")))
                .column(col("bio", text()).withDefault(Optional.of("''")))
                .column(col("phone", varchar(30)))
                .build()));
        SchemaModel database = new SchemaModel(List.of(table("users")
                .column(col("email", varchar(255)))
                .column(col("role", varchar(20)))
                .column(col("bio", varchar(100)))
                .column(col("legacy", integer()))
                .build()));

        List<Difference> differences = online(entities, database);

        assertThat(messages(differences)).containsExactly(
                "column users.phone (varchar(30) NULL): in the entities, not in the database",
                "column users.email: entity says varchar(320) NOT NULL, database has varchar(255) NULL",
                "column users.role: entity says DEFAULT 'player', database has no default",
                "column users.bio: entity says text DEFAULT '', database has varchar(100), no default",
                "column users.legacy (integer NULL): in the database, not in the entities");
        assertThat(differences).extracting(Difference::aspects).containsExactly(List.of(), List.of("type", "nullable"),
                List.of("default"), List.of("type", "default"), List.of());
        assertThat(differences).extracting(d -> d.kind().code()).containsExactly(
                "column_missing", "column_differs", "column_differs", "column_differs", "column_extra");
        assertThat(differences.get(0).entity()).contains("varchar(30) NULL");
        assertThat(differences.get(0).database()).isEmpty();
        assertThat(differences.get(4).entity()).isEmpty();
    }

    @Test
    void anIdentitysIntegerWidthIsNoAspectWhereTheDatabaseIgnoresIt() {
        DiffOptions sqlite = new DiffOptions(true, false, false);
        SchemaModel entities = new SchemaModel(List.of(Table.builder("t")
                .column(notNull("id", bigint()).withIdentity(true)).column(col("n", integer()).withDefault(Optional.of("1")))
                .primaryKey(List.of("id")).build()));
        SchemaModel database = new SchemaModel(List.of(Table.builder("t")
                .column(notNull("id", integer()).withIdentity(true)).column(col("n", integer()))
                .primaryKey(List.of("id")).build()));
        List<Difference> differences = DriftDescriber.againstDatabase(new SchemaDiffer(sqlite).diff(entities, database), sqlite);
        assertThat(messages(differences)).containsExactly("column t.n: entity says DEFAULT 1, database has no default");
    }

    @Test
    void indexesUniquesAndChecksThatChangedInPlaceAreOneDifferenceEach() {
        SchemaModel entities = new SchemaModel(List.of(table("t").column(col("a", integer())).column(col("b", integer()))
                .index(new Index("ix_t_a", List.of("a", "b"), true))
                .unique(new UniqueConstraint(Optional.of("uq_t"), List.of("a", "b")))
                .check(new CheckConstraint(Optional.of("ck_t_a"), "a > 0"))
                .build()));
        SchemaModel database = new SchemaModel(List.of(table("t").column(col("a", integer())).column(col("b", integer()))
                .index(new Index("ix_t_a", List.of("a"), false))
                .index(new Index("ix_t_b", List.of("b"), false).withWhere(Optional.of("b IS NOT NULL")))
                .unique(new UniqueConstraint(Optional.of("uq_t"), List.of("a")))
                .check(new CheckConstraint(Optional.of("ck_t_a"), "a >= 0"))
                .build()));

        assertThat(messages(online(entities, database))).containsExactly(
                "index ix_t_a on t: entity says unique (a, b), database has (a)",
                "index ix_t_b on t (b) where b IS NOT NULL: in the database, not in the entities",
                "unique constraint uq_t on t: entity says (a, b), database has (a)",
                "check ck_t_a on t: entity says a > 0, database has a >= 0");
    }

    @Test
    void tablesSequencesAndEnumTypes() {
        SchemaModel entities = new SchemaModel(List.of(table("audit_logs").column(col("action", text())).build()),
                List.of(new Sequence("ticket_seq", 1, 50)), List.of(new EnumType("mood", List.of("happy", "sad"))));
        SchemaModel database = new SchemaModel(List.of(table("old_stuff").build()),
                List.of(new Sequence("legacy_seq", 100, 1)), List.of());

        List<Difference> differences = online(entities, database);

        assertThat(messages(differences)).containsExactly(
                "enum type mood ('happy', 'sad'): in the entities, not in the database",
                "sequence ticket_seq (start 1, increment 50): in the entities, not in the database",
                "table audit_logs: in the entities, not in the database",
                "table old_stuff: in the database, not in the entities",
                "sequence legacy_seq (start 100, increment 1): in the database, not in the entities");
        assertThat(differences.get(2).entity()).contains("(id, action)");
        assertThat(differences.get(0).table()).isEmpty();
        assertThat(differences.get(2).table()).contains("audit_logs");
    }

    @Test
    void sequencesAndEnumTypesThatDifferSayBothDefinitions() {
        SchemaModel entities = new SchemaModel(List.of(), List.of(new Sequence("ticket_seq", 1, 50)),
                List.of(new EnumType("mood", List.of("happy", "ok", "sad"))));
        SchemaModel database = new SchemaModel(List.of(), List.of(new Sequence("ticket_seq", 1, 1)),
                List.of(new EnumType("mood", List.of("happy", "sad"))));

        List<Difference> differences = online(entities, database);

        assertThat(messages(differences)).containsExactly(
                "enum type mood: entity says ('happy', 'ok', 'sad'), database has ('happy', 'sad')",
                "sequence ticket_seq: entity says start 1, increment 50, database has start 1, increment 1");
        assertThat(differences).extracting(Difference::kind)
                .containsExactly(Difference.Kind.ENUM_TYPE_DIFFERS, Difference.Kind.SEQUENCE_DIFFERS);
        assertThat(differences.get(0).aspects()).containsExactly("labels");
        assertThat(differences.get(1).aspects()).containsExactly("increment");
        assertThat(differences.get(1).table()).isEmpty();
    }

    @Test
    void theForeignKeysOfAMissingTableArePartOfIt() {
        // a and b reference each other: the differ creates both, then adds both keys
        SchemaModel entities = new SchemaModel(List.of(
                table("a").column(col("b_id", bigint())).foreignKey(fk(null, "b_id", "b", ReferentialAction.NO_ACTION)).build(),
                table("b").column(col("a_id", bigint())).foreignKey(fk(null, "a_id", "a", ReferentialAction.NO_ACTION)).build()));
        var plan = new SchemaDiffer(DiffOptions.STRICT).diff(entities, SchemaModel.EMPTY);
        assertThat(plan.ops()).hasSize(4);

        assertThat(messages(DriftDescriber.againstDatabase(plan, DiffOptions.STRICT))).containsExactly(
                "table a: in the entities, not in the database",
                "table b: in the entities, not in the database");
    }

    @Test
    void offlineTheOtherSideIsTheMigrations() {
        SchemaModel entities = new SchemaModel(List.of(table("t").column(notNull("a", integer())).build()));
        SchemaModel migrations = new SchemaModel(List.of(table("t").column(col("a", integer()))
                .index(new Index("ix_t_a", List.of("a"), false)).build(), table("u").build()));
        var plan = new SchemaDiffer(DiffOptions.STRICT).diff(entities, migrations);

        assertThat(messages(DriftDescriber.againstMigrations(plan, DiffOptions.STRICT))).containsExactly(
                "index ix_t_a on t (a): in the migrations, not in the entities",
                "column t.a: entity says NOT NULL, migrations have NULL",
                "table u: in the migrations, not in the entities");
    }
}
