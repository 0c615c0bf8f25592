package dev.retort.diff;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.Sequence;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.DropSequence;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterTableComment;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.MigrationPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares the schema the entities want ({@code target}) with the schema the database has ({@code live})
 * and returns the ops that turn one into the other, in an order every database accepts:
 * <ol>
 *   <li>new tables, parents before children (a foreign-key cycle is broken by adding one key later);</li>
 *   <li>foreign keys that go away or change, dropped before anything they depend on;</li>
 *   <li>per existing table, by name: drop stale indexes, uniques and checks; add, alter, drop columns;
 *       add uniques and checks; create indexes; change the table's comment;</li>
 *   <li>new foreign keys on existing tables, and the keys deferred from cycles;</li>
 *   <li>tables that go away, children before parents.</li>
 * </ol>
 * Pure: no dialect, no JDBC. Keys, constraints and indexes are matched by shape, not by name, since
 * Hibernate's implicit names are hashes; constraints the entities left unnamed get readable names
 * ({@link ConstraintNames}) so they can be dropped later.
 */
public final class SchemaDiffer {
    private final DiffOptions options;

    public SchemaDiffer(DiffOptions options) {
        this.options = Objects.requireNonNull(options);
    }

    public MigrationPlan diff(SchemaModel target, SchemaModel live) {
        List<MigrationOp> ops = new ArrayList<>();
        List<Table> created = target.tables().stream().filter(t -> live.table(t.name()).isEmpty())
                .map(SchemaDiffer::nameConstraints).toList();
        List<Table> dropped = live.tables().stream().filter(t -> target.table(t.name()).isEmpty()).toList();
        List<AddForeignKey> laterKeys = new ArrayList<>();

        for (EnumType e : target.enumTypes()) {
            if (live.enumType(e.name()).isEmpty()) {
                ops.add(new CreateEnumType(e));
            }
        }
        for (Sequence s : target.sequences()) {
            if (live.sequence(s.name()).isEmpty()) {
                ops.add(new CreateSequence(s));
            }
        }
        TableOrder.Result createOrder = TableOrder.sort(created);
        for (Table t : createOrder.tables()) {
            ops.add(new CreateTable(t));
        }
        createOrder.deferred().forEach((table, fks) -> fks.forEach(fk -> laterKeys.add(new AddForeignKey(table, fk))));

        List<Table> kept = target.tables().stream().filter(t -> live.table(t.name()).isPresent()).toList();
        for (Table want : kept) {
            Table have = live.table(want.name()).orElseThrow();
            for (ForeignKey fk : have.foreignKeys()) {
                if (want.foreignKeys().stream().noneMatch(fk::sameShape)) {
                    ops.add(new DropForeignKey(have.name(), fk));
                }
            }
        }
        for (Table want : kept) {
            diffTable(nameConstraints(want), live.table(want.name()).orElseThrow(), ops);
        }
        for (Table want : kept) {
            Table named = nameConstraints(want);
            Table have = live.table(want.name()).orElseThrow();
            for (ForeignKey fk : named.foreignKeys()) {
                if (have.foreignKeys().stream().noneMatch(fk::sameShape)) {
                    ops.add(new AddForeignKey(named.name(), fk));
                }
            }
        }
        ops.addAll(laterKeys);

        TableOrder.Result dropOrder = TableOrder.sort(dropped);
        dropOrder.deferred().forEach((table, fks) -> fks.forEach(fk -> ops.add(new DropForeignKey(table, fk))));
        List<Table> reverse = new ArrayList<>(dropOrder.tables());
        java.util.Collections.reverse(reverse);
        for (Table t : reverse) {
            ops.add(new DropTable(withoutKeys(t, dropOrder.deferred().getOrDefault(t.name(), List.of()))));
        }
        for (Sequence s : live.sequences()) {
            if (target.sequence(s.name()).isEmpty()) {
                ops.add(new DropSequence(s));
            }
        }
        for (EnumType e : live.enumTypes()) {
            if (target.enumType(e.name()).isEmpty()) {
                ops.add(new DropEnumType(e));
            }
        }
        return new MigrationPlan(ops);
    }

    private void diffTable(Table want, Table have, List<MigrationOp> ops) {
        String name = want.name();
        for (Index index : have.indexes()) {
            if (want.indexes().stream().noneMatch(i -> sameIndex(i, index))) {
                ops.add(new DropIndex(name, index));
            }
        }
        for (UniqueConstraint u : have.uniqueConstraints()) {
            if (want.uniqueConstraints().stream().noneMatch(u::sameShape)) {
                ops.add(new DropUniqueConstraint(name, u));
            }
        }
        for (CheckConstraint c : have.checks()) {
            if (want.checks().stream().noneMatch(c::sameShape)) {
                ops.add(new DropCheckConstraint(name, c));
            }
        }
        for (Column column : want.columns()) {
            if (have.column(column.name()).isEmpty()) {
                ops.add(new AddColumn(name, column));
            }
        }
        for (Column column : want.columns()) {
            have.column(column.name()).ifPresent(existing -> {
                Column from = keyAware(have, existing);
                Column to = keyAware(want, column);
                if (!sameColumn(to, from)) {
                    ops.add(new AlterColumn(name, from, to));
                }
            });
        }
        for (Column column : have.columns()) {
            if (want.column(column.name()).isEmpty()) {
                ops.add(new DropColumn(name, column));
            }
        }
        for (UniqueConstraint u : want.uniqueConstraints()) {
            if (have.uniqueConstraints().stream().noneMatch(u::sameShape)) {
                ops.add(new AddUniqueConstraint(name, u));
            }
        }
        for (CheckConstraint c : want.checks()) {
            if (have.checks().stream().noneMatch(c::sameShape)) {
                ops.add(new AddCheckConstraint(name, c));
            }
        }
        for (Index index : want.indexes()) {
            if (have.indexes().stream().noneMatch(i -> sameIndex(index, i))) {
                ops.add(new CreateIndex(name, index));
            }
        }
        if (options.comments() && !want.comment().equals(have.comment())) {
            ops.add(new AlterTableComment(name, have.comment(), want.comment()));
        }
    }

    private boolean sameIndex(Index want, Index have) {
        return options.indexMethods() ? want.sameShape(have) : want.withMethod("").sameShape(have.withMethod(""));
    }

    /** Primary-key columns are NOT NULL whatever a catalog or mapping says about them. */
    private static Column keyAware(Table table, Column column) {
        return table.primaryKey().contains(column.name()) ? column.withNullable(false) : column;
    }

    private boolean sameColumn(Column want, Column have) {
        if (want.nullable() != have.nullable() || want.identity() != have.identity()
                || !want.defaultValue().equals(have.defaultValue())) {
            return false;
        }
        if (options.comments() && !want.comment().equals(have.comment())) {
            return false;
        }
        if (want.type().equals(have.type())) {
            return true;
        }
        return options.identityIsIntegerAlias() && want.identity()
                && want.type().kind().isIntegral() && have.type().kind().isIntegral();
    }

    /** Gives every unnamed unique, foreign key and (outside CREATE TABLE) check a deterministic name. */
    static Table nameConstraints(Table t) {
        return t.withUniqueConstraints(t.uniqueConstraints().stream()
                        .map(u -> u.name().isPresent() ? u : u.withName(ConstraintNames.unique(t.name(), u.columns())))
                        .toList())
                .withForeignKeys(t.foreignKeys().stream()
                        .map(f -> f.name().isPresent() ? f : f.withName(ConstraintNames.foreignKey(t.name(), f.columns())))
                        .toList())
                .withChecks(nameChecks(t));
    }

    /** {@code ck_<table>_<column>} when the check starts with one of the table's columns and that name is free. */
    private static List<CheckConstraint> nameChecks(Table t) {
        List<CheckConstraint> named = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        t.checks().forEach(c -> c.name().ifPresent(used::add));
        for (CheckConstraint c : t.checks()) {
            if (c.name().isPresent()) {
                named.add(c);
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\(*\\s*\"?([A-Za-z_][A-Za-z0-9_]*)").matcher(c.expression());
            String name = m.find() && t.column(m.group(1)).isPresent()
                    ? ConstraintNames.fit("ck_" + t.name() + "_" + m.group(1)) : null;
            if (name == null || !used.add(name)) {
                name = ConstraintNames.check(t.name(), c.expression());
                used.add(name);
            }
            named.add(c.withName(name));
        }
        return named;
    }

    private static Table withoutKeys(Table t, List<ForeignKey> removed) {
        return t.withForeignKeys(t.foreignKeys().stream().filter(f -> !removed.contains(f)).toList());
    }
}
