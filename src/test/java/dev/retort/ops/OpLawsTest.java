package dev.retort.ops;

import static dev.retort.migration.Schema.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The laws every op obeys: inverse of inverse is itself, and folding an op then its inverse restores the model. */
class OpLawsTest {
    static final Table USERS = Table.builder("users")
            .column(Column.of("id", bigint()).withNullable(false).withIdentity(true))
            .column(Column.of("email", varchar(255)))
            .column(Column.of("age", integer()).withComment(Optional.of("In years")))
            .primaryKey(List.of("id"))
            .index(new Index("ix_users_age", List.of("age"), false))
            .comment("People who log in")
            .build();
    static final Table POSTS = Table.builder("posts")
            .column(Column.of("id", bigint()).withNullable(false))
            .column(Column.of("user_id", bigint()))
            .primaryKey(List.of("id"))
            .build();
    static final Sequence USERS_SEQ = new Sequence("users_seq", 1, 50);
    static final EnumType MOOD = new EnumType("mood", List.of("sad", "ok", "happy"));
    static final SchemaModel MODEL = new SchemaModel(List.of(USERS, POSTS), List.of(USERS_SEQ), List.of(MOOD));

    static List<MigrationOp> reversibleOps() {
        return List.of(
                new CreateTable(Table.builder("tags").column(Column.of("name", text())).build()),
                new DropTable(POSTS),
                new RenameTable("posts", "articles"),
                new AddColumn("users", Column.of("nick", varchar(30))),
                new DropColumn("users", Column.of("email", varchar(255))),
                new AlterColumn("users", Column.of("email", varchar(255)), Column.of("email", varchar(320)).withNullable(false)),
                new RenameColumn("users", "email", "mail"),
                new CreateIndex("users", new Index("ix_users_email", List.of("email"), true)),
                new DropIndex("users", new Index("ix_users_age", List.of("age"), false)),
                new AddUniqueConstraint("users", new UniqueConstraint(Optional.of("uq_users_email"), List.of("email"))),
                new AddForeignKey("posts", new ForeignKey(Optional.of("fk_posts_user_id"), List.of("user_id"), "users",
                        List.of("id"), ReferentialAction.CASCADE)),
                new AddForeignKey("posts", new ForeignKey(Optional.of("fk_posts_user_id"), List.of("user_id"), "users",
                        List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.CASCADE)),
                new AddCheckConstraint("users", new CheckConstraint(Optional.of("ck_age"), "age >= 0")),
                new AlterColumn("users", Column.of("age", integer()).withComment(Optional.of("In years")),
                        Column.of("age", integer()).withComment(Optional.of("Whole years"))),
                new AlterColumn("users", Column.of("age", integer()).withComment(Optional.of("In years")),
                        Column.of("age", integer())),
                new AlterTableComment("users", Optional.of("People who log in"), Optional.of("Accounts")),
                new AlterTableComment("users", Optional.of("People who log in"), Optional.empty()),
                new AlterTableComment("posts", Optional.empty(), Optional.of("Blog posts")),
                new AlterPrimaryKey("posts", List.of("id"), List.of("id", "user_id")),
                new AlterPrimaryKey("posts", List.of("id"), List.of("user_id"), Optional.empty(), Optional.of("pk_posts")),
                new AlterSequence(USERS_SEQ, new Sequence("users_seq", 1, 1)),
                new AlterSequence(USERS_SEQ, new Sequence("users_seq", 1000, 50)),
                new AlterEnumType(MOOD, new EnumType("mood", List.of("angry", "sad", "ok", "meh", "happy"))),
                new AlterEnumType(MOOD, new EnumType("mood", List.of("sad", "happy"))),
                new AlterEnumType(MOOD, new EnumType("mood", List.of("happy", "ok", "sad"))));
    }

    /**
     * Every reversible case the laws run on: {@link #reversibleOps()} (which {@code OpChecksumTest} pins as it is)
     * and the ops whose inverse is the only other way to reach them.
     */
    static List<MigrationOp> lawCases() {
        List<MigrationOp> cases = new ArrayList<>(reversibleOps());
        cases.add(new CreateSequence(new Sequence("orders_seq", 1, 1)));
        cases.add(new CreateEnumType(new EnumType("size", List.of("s", "m", "l"))));
        return cases;
    }

    /** Ops without an inverse, one of each, for the laws that hold for every op. */
    static List<MigrationOp> irreversibleOps() {
        return List.of(new ExecuteSql("UPDATE users\nSET age = 0"), new BulkInsert("users", List.of(Map.of("id", 1))));
    }

    @Test
    void theCasesCoverEveryOpOfTheSealedSet() {
        Set<Class<?>> covered = new HashSet<>();
        lawCases().forEach(op -> {
            covered.add(op.getClass());
            covered.add(op.inverse().getClass());
        });
        irreversibleOps().forEach(op -> covered.add(op.getClass()));
        assertThat(covered).as("a new op needs a case here (or in irreversibleOps)")
                .containsExactlyInAnyOrder(MigrationOp.class.getPermittedSubclasses());
    }

    @ParameterizedTest
    @MethodSource("lawCases")
    void theInverseObeysTheFoldLawWhereTheOpLeftTheModel(MigrationOp op) {
        SchemaModel after = ModelFolder.apply(MODEL, op);
        SchemaModel back = ModelFolder.apply(after, op.inverse());
        assertThat(ModelFolder.apply(back, op)).isEqualTo(after);
    }

    static List<MigrationOp> everyOp() {
        List<MigrationOp> all = new ArrayList<>();
        lawCases().forEach(op -> {
            all.add(op);
            all.add(op.inverse());
        });
        all.addAll(irreversibleOps());
        return all;
    }

    @ParameterizedTest
    @MethodSource("everyOp")
    void everyOpHasOneLineOfTextRisksAndAChecksum(MigrationOp op) {
        assertThat(OpText.of(op)).isNotBlank();
        assertThat(op.risks()).isNotNull().doesNotHaveDuplicates();
        assertThat(op.risks()).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(OpChecksum.of(List.of(op))).hasSize(64);
    }

    @ParameterizedTest
    @MethodSource("lawCases")
    void inverseOfInverseIsTheOp(MigrationOp op) {
        assertThat(op.inverse().inverse()).isEqualTo(op);
    }

    @ParameterizedTest
    @MethodSource("lawCases")
    void foldingAnOpThenItsInverseRestoresTheModel(MigrationOp op) {
        SchemaModel after = ModelFolder.apply(MODEL, op);
        assertThat(after).isNotEqualTo(MODEL);
        SchemaModel back = ModelFolder.apply(after, op.inverse());
        if (op instanceof DropColumn) {
            // dropping a column drops its indexes with it; the inverse brings the column back at the end
            assertThat(back.table("users").orElseThrow().columnNames()).containsExactlyInAnyOrder("id", "email", "age");
        } else {
            assertThat(back).isEqualTo(MODEL);
        }
    }

    @Test
    void renamingAColumnKeepsIndexMethodAndPredicateAndTheKeyName() {
        Table events = Table.builder("events")
                .column(Column.of("id", bigint()).withNullable(false))
                .column(Column.of("tags", text()))
                .primaryKey(List.of("id"))
                .primaryKeyName("pk_events")
                .index(new Index("ix_events_tags", List.of("tags"), false, "gin", Optional.of("tags IS NOT NULL")))
                .build();
        Table renamed = ModelFolder.apply(new SchemaModel(List.of(events)), new RenameColumn("events", "tags", "labels"))
                .table("events").orElseThrow();
        assertThat(renamed.indexes()).containsExactly(
                new Index("ix_events_tags", List.of("labels"), false, "gin", Optional.of("labels IS NOT NULL")));
        assertThat(renamed.primaryKeyName()).contains("pk_events");
    }

    @Test
    void renamingKeepsBothActionsOfForeignKeys() {
        ForeignKey key = new ForeignKey(Optional.of("fk_posts_user_id"), List.of("user_id"), "users", List.of("id"),
                ReferentialAction.SET_NULL, ReferentialAction.CASCADE);
        SchemaModel model = ModelFolder.apply(MODEL, new AddForeignKey("posts", key));
        model = ModelFolder.apply(model, new RenameColumn("posts", "user_id", "author_id"));
        model = ModelFolder.apply(model, new RenameColumn("users", "id", "user_no"));
        model = ModelFolder.apply(model, new RenameTable("users", "accounts"));
        assertThat(model.table("posts").orElseThrow().foreignKeys()).containsExactly(new ForeignKey(
                Optional.of("fk_posts_user_id"), List.of("author_id"), "accounts", List.of("user_no"),
                ReferentialAction.SET_NULL, ReferentialAction.CASCADE));
    }

    @Test
    void renamingKeepsComments() {
        SchemaModel renamed = ModelFolder.apply(ModelFolder.apply(MODEL, new RenameColumn("users", "age", "years")),
                new RenameTable("users", "accounts"));
        Table accounts = renamed.table("accounts").orElseThrow();
        assertThat(accounts.comment()).contains("People who log in");
        assertThat(accounts.column("years").orElseThrow().comment()).contains("In years");
    }

    @Test
    void anEmptyCommentIsNoComment() {
        assertThat(Column.of("a", text()).withComment(Optional.of(""))).isEqualTo(Column.of("a", text()));
        assertThat(USERS.withComment(Optional.of("")).comment()).isEmpty();
        assertThat(new AlterTableComment("users", Optional.of(""), Optional.of("x")).from()).isEmpty();
    }

    @Test
    void planInverseReversesAndInverts() {
        MigrationOp a = new AddColumn("users", Column.of("a", text()));
        MigrationOp b = new CreateIndex("users", new Index("ix_a", List.of("a"), false));
        MigrationPlan plan = new MigrationPlan(List.of(a, b));
        assertThat(plan.inverse().ops()).containsExactly(b.inverse(), a.inverse());
        assertThat(plan.inverse().inverse()).isEqualTo(plan);
    }

    @Test
    void rawSqlAndDataHaveNoInverse() {
        assertThatThrownBy(() -> new ExecuteSql("DELETE FROM users").inverse())
                .isInstanceOf(IrreversibleOperationException.class).hasMessageContaining("downgrade()");
        assertThatThrownBy(() -> new BulkInsert("users", List.of(Map.of("id", 1))).inverse())
                .isInstanceOf(IrreversibleOperationException.class);
    }

    @Test
    void risksNameWhatAnOpMayCost() {
        assertThat(new DropTable(POSTS).risks()).containsExactly(Risk.DATA_LOSS);
        assertThat(new DropColumn("users", Column.of("email", varchar(255))).risks()).containsExactly(Risk.DATA_LOSS);
        assertThat(alter(Column.of("email", varchar(255)), Column.of("email", varchar(100))).risks())
                .containsExactly(Risk.NARROWING);
        assertThat(alter(Column.of("email", varchar(100)), Column.of("email", varchar(255))).risks()).isEmpty();
        assertThat(alter(Column.of("email", varchar(100)), Column.of("email", text())).risks()).isEmpty();
        assertThat(alter(Column.of("n", integer()), Column.of("n", bigint())).risks()).isEmpty();
        assertThat(alter(Column.of("n", bigint()), Column.of("n", integer()).withNullable(false)).risks())
                .containsExactly(Risk.NARROWING, Risk.NOT_NULL_ADDED);
        assertThat(alter(Column.of("n", integer()), Column.of("n", integer()).withNullable(false)).risks())
                .containsExactly(Risk.NOT_NULL_ADDED);
        assertThat(new AddColumn("users", Column.of("x", text())).risks()).isEmpty();
        assertThat(new AddColumn("users", Column.of("x", text()).withNullable(false)).risks())
                .containsExactly(Risk.NOT_NULL_WITHOUT_DEFAULT);
        assertThat(new AlterSequence(USERS_SEQ, new Sequence("users_seq", 1, 1)).risks())
                .containsExactly(Risk.INCREMENT_CHANGED);
        assertThat(new AlterSequence(USERS_SEQ, new Sequence("users_seq", 7, USERS_SEQ.increment())).risks()).isEmpty();
        assertThat(new AlterPrimaryKey("t", List.of(), List.of("id"), Optional.empty(), Optional.empty()).risks()).isEmpty();
        assertThat(new AlterPrimaryKey("t", List.of("id"), List.of(), Optional.empty(), Optional.empty()).risks())
                .containsExactly(Risk.PRIMARY_KEY_DROPPED);
        assertThat(new DropTable(POSTS).losesData()).isTrue();
        assertThat(alter(Column.of("n", integer()), Column.of("n", integer()).withNullable(false)).losesData())
                .as("fails instead").isFalse();
    }

    @Test
    void anAlterChangesWhatItsMakerSaysWithinWhatDiffers() {
        Column a = Column.of("n", integer());
        Column b = Column.of("n", bigint()).withNullable(false);
        assertThat(alter(a, b).changes()).containsExactly(ColumnChange.TYPE, ColumnChange.NULLABILITY);
        AlterColumn nullabilityOnly = new AlterColumn("users", a, b, Set.of(ColumnChange.NULLABILITY));
        assertThat(nullabilityOnly.risks()).as("the type change is none by its maker's rules")
                .containsExactly(Risk.NOT_NULL_ADDED);
        assertThat(((AlterColumn) nullabilityOnly.inverse()).changes()).containsExactly(ColumnChange.NULLABILITY);
        assertThatThrownBy(() -> new AlterColumn("users", a, a.withNullable(false), Set.of(ColumnChange.TYPE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ only in [NULLABILITY]");
        assertThat(OpChecksum.of(List.of(nullabilityOnly))).as("derived, not checksummed")
                .isEqualTo(OpChecksum.of(List.of(alter(a, b))));
    }

    private static AlterColumn alter(Column from, Column to) {
        return new AlterColumn("users", from, to);
    }

    @Test
    void enumLabelChangesAreAdditionsOnlyWhenTheOldLabelsKeepTheirOrder() {
        AlterEnumType added = new AlterEnumType(MOOD, new EnumType("mood", List.of("angry", "sad", "ok", "meh", "happy")));
        assertThat(added.onlyAddsLabels()).isTrue();
        assertThat(added.addedLabels()).containsExactly("angry", "meh");
        assertThat(added.removedLabels()).isEmpty();
        assertThat(added.risks()).isEmpty();

        AlterEnumType removed = (AlterEnumType) added.inverse();
        assertThat(removed.onlyAddsLabels()).isFalse();
        assertThat(removed.removedLabels()).containsExactly("angry", "meh");
        assertThat(removed.risks()).containsExactly(Risk.LABELS_REMOVED);

        AlterEnumType reordered = new AlterEnumType(MOOD, new EnumType("mood", List.of("ok", "sad", "happy", "meh")));
        assertThat(reordered.onlyAddsLabels()).as("'ok' moved before 'sad'").isFalse();
        assertThat(reordered.addedLabels()).containsExactly("meh");
        assertThat(reordered.risks()).as("no label goes away").isEmpty();

        AlterEnumType fromEmpty = new AlterEnumType(new EnumType("mood", List.of()), MOOD);
        assertThat(fromEmpty.onlyAddsLabels()).isTrue();
    }

    @Test
    void alteringAnotherSequenceOrTypeIsRejected() {
        assertThatThrownBy(() -> new AlterSequence(USERS_SEQ, new Sequence("orders_seq", 1, 50)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("users_seq and orders_seq");
        assertThatThrownBy(() -> new AlterEnumType(MOOD, new EnumType("feeling", List.of("ok"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mood and feeling");
    }

    @Test
    void alteringASequenceOrTypeTheModelLacksLeavesTheNewDefinition() {
        // SQLite reads no enum types back, yet a migration written for PostgreSQL must replay there
        EnumType level = new EnumType("level", List.of("LOW", "HIGH"));
        SchemaModel folded = ModelFolder.apply(MODEL, new AlterEnumType(new EnumType("level", List.of("LOW")), level));
        assertThat(folded.enumType("level")).contains(level);
        assertThat(folded.enumType("mood")).contains(MOOD);
        Sequence orders = new Sequence("orders_seq", 1, 50);
        assertThat(ModelFolder.apply(MODEL, new AlterSequence(new Sequence("orders_seq", 1, 1), orders)).sequences())
                .containsExactly(orders, USERS_SEQ);
    }
}
