package dev.retort.diff;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.Sequence;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.DropSequence;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identifiers;
import dev.retort.model.Index;
import dev.retort.model.NameMatching;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.ColumnChange;
import dev.retort.ops.AlterPrimaryKey;
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
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Compares the schema the entities want ({@code target}) with the schema the database has ({@code live})
 * and returns the ops that turn one into the other, in an order every database accepts:
 * <ol>
 *   <li>new enum types, enum types that only gain labels, new sequences and sequences whose start or increment
 *       changed;</li>
 *   <li>new tables, parents before children; tables whose foreign keys form a cycle are created without the
 *       keys between them ({@link TableOrder});</li>
 *   <li>foreign keys that go away or change, dropped before anything they depend on;</li>
 *   <li>per existing table, by name: drop stale indexes, uniques and checks; add and alter columns; change the
 *       primary key (so a key can move to a new column and away from one about to go); alter the columns that
 *       left the key; rename and drop columns; add uniques and checks; create indexes; change the table's
 *       comment;</li>
 *   <li>new foreign keys on existing tables, then the keys between new tables of a cycle;</li>
 *   <li>tables that go away: the keys between those of a cycle first, then the tables, children before
 *       parents (the reverse of creating them);</li>
 *   <li>enum types that lose or reorder labels;</li>
 *   <li>sequences and enum types that go away.</li>
 * </ol>
 *
 * <p>An enum type that only gains labels changes first, so that new tables and columns (and their defaults) find
 * the labels they use. One that loses or reorders labels changes last (one op per type, a rebuild that converts
 * every column of the type): by then the columns that stop using it, or stop defaulting to a label that goes, have
 * been altered or dropped, and tables that go away no longer need converting, so fewer rows can hold a removed
 * label. This is also where a downgrade puts the inverse of an added label, since it reverses the plan. A change
 * that both adds and removes labels is one rebuild and comes last too, so no table or column can default to a
 * label added in the same plan; adding that label first would not help on PostgreSQL, which lets a label added by
 * {@code ALTER TYPE … ADD VALUE} be used only once the migration's transaction has committed. Such a default
 * belongs in a later migration.
 *
 * <p>A table that goes away while exactly one table with the same columns and primary key appears is a rename
 * candidate, and so is, within a table, a column that goes away while exactly one column of the same definition
 * appears. {@link DiffOptions#renames()} decides each candidate, asked once: table candidates first, in the live
 * schema's order, then column candidates, table by table in the entities' order. A renamed table is renamed
 * after step 3 and then diffed like an existing table; a renamed column is renamed where it would have been
 * dropped; a rejected candidate stays a drop and an add, and the other candidates are unaffected. When several
 * candidates match, nothing is guessed or asked: the ops stay drops and adds. Renames a
 * {@linkplain RenameDecider#confirms() confirming} decider accepted are {@link MigrationPlan#confirmed()}.
 *
 * <p>Pure: no dialect, no JDBC. Keys, constraints and indexes are matched by shape, not by name, since
 * Hibernate's implicit names are hashes; constraints the entities left unnamed get readable names
 * ({@link ConstraintNames}) so they can be dropped later. The live schema's constraints are taken as the database
 * keeps them: one SQLite stores without a name (an inline {@code REFERENCES}, {@code UNIQUE} or {@code CHECK})
 * stays unnamed in the ops that drop it, so that their inverse restores it unnamed; SQLite drops it by shape.
 */
public final class SchemaDiffer {
    private final DiffOptions options;

    public SchemaDiffer(DiffOptions options) {
        this.options = Objects.requireNonNull(options);
    }

    public MigrationPlan diff(SchemaModel entities, SchemaModel databaseModel) {
        SchemaModel target = withoutViews(entities, databaseModel, options.names());
        SchemaModel spelled = options.names() == NameMatching.EXACT
                ? databaseModel : NameCase.inEntitySpelling(databaseModel, target, options.names());
        SchemaModel live = withoutSequenceDefaults(spelled, target);
        List<MigrationOp> ops = new ArrayList<>();
        List<Table> appearing = target.tables().stream().filter(t -> live.table(t.name()).isEmpty()).toList();
        List<Table> vanishing = live.tables().stream().filter(t -> target.table(t.name()).isEmpty()).toList();
        Map<String, String> renamedTables = options.detectRenames() ? tableRenames(appearing, vanishing) : Map.of();
        Map<String, String> renamedFrom = new LinkedHashMap<>();
        renamedTables.forEach((from, to) -> renamedFrom.put(to, from));
        List<AddForeignKey> laterKeys = new ArrayList<>();
        List<Table> created = new ArrayList<>();
        for (Table t : appearing) {
            if (renamedFrom.containsKey(t.name())) {
                continue;
            }
            // a key to a renamed table can only be added once the rename has run
            Table named = nameConstraints(t);
            List<ForeignKey> toRenamed = named.foreignKeys().stream()
                    .filter(fk -> renamedFrom.containsKey(fk.referencedTable())).toList();
            toRenamed.forEach(fk -> laterKeys.add(new AddForeignKey(named.name(), fk)));
            created.add(withoutKeys(named, toRenamed));
        }
        List<Table> dropped = vanishing.stream().filter(t -> !renamedTables.containsKey(t.name())).toList();

        List<AlterEnumType> enumRebuilds = new ArrayList<>();
        for (EnumType e : target.enumTypes()) {
            Optional<EnumType> have = live.enumType(e.name());
            if (have.isEmpty()) {
                ops.add(new CreateEnumType(e));
            } else if (!have.get().values().equals(e.values())) {
                AlterEnumType change = new AlterEnumType(have.get(), e);
                if (change.onlyAddsLabels()) {
                    ops.add(change);
                } else {
                    enumRebuilds.add(change);
                }
            }
        }
        for (Sequence s : target.sequences()) {
            Optional<Sequence> have = live.sequence(s.name());
            if (have.isEmpty()) {
                ops.add(new CreateSequence(s));
            } else if (options.sequenceSettings() && !have.get().equals(s)) {
                ops.add(new AlterSequence(have.get(), s));
            }
        }
        TableOrder.Result createOrder = TableOrder.sort(created);
        for (Table t : createOrder.tables()) {
            ops.add(new CreateTable(t));
        }
        createOrder.deferred().forEach((table, fks) -> fks.forEach(fk -> laterKeys.add(new AddForeignKey(table, fk))));

        // pairs of (wanted, existing) tables; a renamed table pairs with its old self
        Map<Table, Table> kept = new LinkedHashMap<>();
        for (Table want : target.tables()) {
            live.table(want.name())
                    .or(() -> Optional.ofNullable(renamedFrom.get(want.name())).flatMap(live::table))
                    .ifPresent(have -> kept.put(want, have));
        }
        kept.forEach((want, have) -> {
            for (ForeignKey fk : have.foreignKeys()) {
                if (want.foreignKeys().stream().noneMatch(fk::sameShape)) {
                    ops.add(new DropForeignKey(have.name(), fk));
                }
            }
        });
        renamedTables.forEach((from, to) -> ops.add(new RenameTable(from, to)));
        kept.forEach((want, have) -> diffTable(nameConstraints(want), have, ops));
        kept.forEach((want, have) -> {
            Table named = nameConstraints(want);
            for (ForeignKey fk : named.foreignKeys()) {
                if (have.foreignKeys().stream().noneMatch(fk::sameShape)) {
                    ops.add(new AddForeignKey(named.name(), fk));
                }
            }
        });
        ops.addAll(laterKeys);

        // the reverse of creating them: the keys within cycles, then the tables, children first
        TableOrder.Result dropOrder = TableOrder.sort(dropped);
        List<MigrationOp> cycleKeys = new ArrayList<>();
        dropOrder.deferred().forEach((table, fks) -> fks.forEach(fk -> cycleKeys.add(new DropForeignKey(table, fk))));
        java.util.Collections.reverse(cycleKeys);
        ops.addAll(cycleKeys);
        List<Table> reverse = new ArrayList<>(dropOrder.tables());
        java.util.Collections.reverse(reverse);
        for (Table t : reverse) {
            ops.add(new DropTable(withoutKeys(t, dropOrder.deferred().getOrDefault(t.name(), List.of()))));
        }
        ops.addAll(enumRebuilds);
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
        boolean confirmed = options.renames().confirms();
        return new MigrationPlan(ops, ops.stream()
                .filter(op -> confirmed && (op instanceof RenameTable || op instanceof RenameColumn)).toList());
    }

    /**
     * {@code target} without the tables that are views in the database, and without foreign keys to them: an
     * entity mapped to a view reads it, and there is nothing to create or alter (a database cannot reference a
     * view from a foreign key either).
     */
    static SchemaModel withoutViews(SchemaModel target, SchemaModel live) {
        return withoutViews(target, live, NameMatching.EXACT);
    }

    /** As above, a view matching an entity table's name by the database's rules ({@link NameMatching#key}). */
    static SchemaModel withoutViews(SchemaModel target, SchemaModel live, NameMatching names) {
        java.util.Set<String> views = new java.util.HashSet<>();
        live.views().forEach(v -> views.add(names.key(v)));
        java.util.function.Predicate<String> isView = name -> views.contains(names.key(name));
        if (views.isEmpty() || target.tables().stream().noneMatch(t -> isView.test(t.name()))) {
            return target;
        }
        return target.withTables(target.tables().stream().filter(t -> !isView.test(t.name()))
                .map(t -> t.withForeignKeys(t.foreignKeys().stream()
                        .filter(fk -> !isView.test(fk.referencedTable())).toList()))
                .toList());
    }

    /** {@code nextval('seq')}, with or without the {@code ::regclass} cast PostgreSQL prints. */
    private static final Pattern NEXTVAL = Pattern.compile(
            "(?i)nextval\\s*\\(\\s*'((?:[^']|'')+)'\\s*(?:::\\s*regclass\\s*)?\\)");

    /**
     * {@code live} without the defaults that only draw the next value of a sequence the entities declare, on
     * columns for which the entities declare no default. A database made by Flyway, Liquibase or hand-written SQL
     * often gives an id column {@code DEFAULT nextval('x_seq')} for the sequence its {@code @SequenceGenerator}
     * names; Hibernate never uses that default, and removing it would only break other writers of the table.
     */
    static SchemaModel withoutSequenceDefaults(SchemaModel live, SchemaModel target) {
        java.util.Set<String> sequences = new java.util.HashSet<>();
        // without regard to case: the entities spell a sequence as Hibernate does (ticket_SEQ), the default as the
        // database stores it (nextval('ticket_seq'::regclass))
        target.sequences().forEach(s -> sequences.add(Identifiers.unmarked(s.name()).toLowerCase(java.util.Locale.ROOT)));
        if (sequences.isEmpty()) {
            return live;
        }
        List<Table> tables = new ArrayList<>();
        boolean changed = false;
        for (Table table : live.tables()) {
            Optional<Table> wanted = target.table(table.name());
            List<Column> columns = new ArrayList<>();
            for (Column column : table.columns()) {
                boolean noDefaultWanted = wanted.flatMap(w -> w.column(column.name()))
                        .map(c -> c.defaultValue().isEmpty()).orElse(false);
                if (noDefaultWanted && column.defaultValue().map(d -> drawsFrom(d, sequences)).orElse(false)) {
                    columns.add(column.withDefault(Optional.empty()));
                    changed = true;
                } else {
                    columns.add(column);
                }
            }
            tables.add(table.withColumns(columns));
        }
        return changed ? live.withTables(tables) : live;
    }

    private static boolean drawsFrom(String defaultValue, java.util.Set<String> sequences) {
        java.util.regex.Matcher m = NEXTVAL.matcher(defaultValue.strip());
        if (!m.matches()) {
            return false;
        }
        String name = m.group(1).replace("''", "'").replace("\"", "").toLowerCase(java.util.Locale.ROOT);
        String bare = name.substring(name.lastIndexOf('.') + 1);
        return sequences.contains(name) || sequences.contains(bare);
    }

    private void diffTable(Table want, Table have, List<MigrationOp> ops) {
        String name = want.name();
        for (Index index : have.indexes()) {
            if (want.indexes().stream().noneMatch(i -> sameIndex(i, index)) && !uniqueElsewhere(index, want)) {
                ops.add(new DropIndex(name, index));
            }
        }
        for (UniqueConstraint u : have.uniqueConstraints()) {
            if (want.uniqueConstraints().stream().noneMatch(u::sameShape) && !uniqueIndexOn(want, u.columns())) {
                ops.add(new DropUniqueConstraint(name, u));
            }
        }
        for (CheckConstraint c : have.checks()) {
            if (want.checks().stream().noneMatch(c::sameShape)) {
                ops.add(new DropCheckConstraint(name, c));
            }
        }
        Map<String, String> renamed = options.detectRenames() ? columnRenames(want, have) : Map.of();
        for (Column column : want.columns()) {
            if (have.column(column.name()).isEmpty() && !renamed.containsValue(column.name())) {
                ops.add(new AddColumn(name, column));
            }
        }
        // a column that leaves the primary key is altered once the key has moved off it: PostgreSQL refuses to
        // drop NOT NULL from a key column
        List<MigrationOp> afterKey = new ArrayList<>();
        for (Column column : want.columns()) {
            have.column(column.name()).ifPresent(existing -> {
                Column to = keyAware(want, column);
                Column from = keyAware(have, existing);
                if (to.identity() && !from.identity() && isRowidAlias(have, from)) {
                    // SQLite numbers a rowid alias itself: Hibernate's own ddl-auto writes identity ids that way
                    from = from.withIdentity(true);
                }
                Set<ColumnChange> changes = changes(from, to);
                if (listedOnBothSides(want, column.name(), have, existing.name())) {
                    changes.remove(ColumnChange.TYPE); // a native enum: its values are its type, compared as checks
                }
                if (!changes.isEmpty()) {
                    boolean leavesKey = have.primaryKey().contains(column.name())
                            && !want.primaryKey().contains(column.name());
                    (leavesKey ? afterKey : ops).add(new AlterColumn(name, from, to, changes));
                }
            });
        }
        // the key as it stands once renamed columns carry their new names
        List<String> haveKey = have.primaryKey().stream().map(c -> renamed.getOrDefault(c, c)).toList();
        boolean keyChanges = !sameKey(want.primaryKey(), haveKey);
        boolean keyNeedsRenames = have.primaryKey().stream().anyMatch(renamed::containsKey)
                || want.primaryKey().stream().anyMatch(renamed::containsValue);
        if (!keyNeedsRenames) {
            if (keyChanges) {
                ops.add(new AlterPrimaryKey(name, have.primaryKey(), want.primaryKey(), have.primaryKeyName(),
                        want.primaryKeyName()));
            }
            ops.addAll(afterKey);
        }
        // a key over renamed columns changes between the renames and the drops
        List<MigrationOp> drops = new ArrayList<>();
        for (Column column : have.columns()) {
            if (renamed.containsKey(column.name())) {
                ops.add(new RenameColumn(name, column.name(), renamed.get(column.name())));
            } else if (want.column(column.name()).isEmpty()) {
                (keyChanges && keyNeedsRenames ? drops : ops).add(new DropColumn(name, column, followedBy(have, column)));
            }
        }
        if (keyChanges && keyNeedsRenames) {
            ops.add(new AlterPrimaryKey(name, haveKey, want.primaryKey(), have.primaryKeyName(),
                    want.primaryKeyName()));
        }
        if (keyNeedsRenames) {
            ops.addAll(afterKey);
        }
        ops.addAll(drops);
        for (UniqueConstraint u : want.uniqueConstraints()) {
            if (have.uniqueConstraints().stream().noneMatch(u::sameShape) && !uniqueIndexOn(have, u.columns())) {
                ops.add(new AddUniqueConstraint(name, u));
            }
        }
        for (CheckConstraint c : want.checks()) {
            if (have.checks().stream().noneMatch(c::sameShape)) {
                ops.add(new AddCheckConstraint(name, c));
            }
        }
        for (Index index : want.indexes()) {
            if (have.indexes().stream().noneMatch(i -> sameIndex(index, i)) && !uniqueElsewhere(index, have)) {
                ops.add(new CreateIndex(name, index));
            }
        }
        if (options.comments() && !want.comment().equals(have.comment())) {
            ops.add(new AlterTableComment(name, have.comment(), want.comment()));
        }
    }

    /**
     * Old name to new name of each column of {@code have} that {@code want} lacks and that has exactly one
     * counterpart of the same definition among the columns {@code want} adds, which in turn has no other, and
     * that the decider takes for a rename.
     */
    private Map<String, String> columnRenames(Table want, Table have) {
        List<Column> gone = have.columns().stream().filter(c -> want.column(c.name()).isEmpty()).toList();
        List<Column> added = want.columns().stream().filter(c -> have.column(c.name()).isEmpty()).toList();
        Map<String, String> renames = new LinkedHashMap<>();
        for (Column old : gone) {
            List<Column> candidates = added.stream()
                    .filter(c -> sameColumn(keyAware(want, c), keyAware(have, old))).toList();
            if (candidates.size() == 1) {
                Column to = candidates.get(0);
                long rivals = gone.stream().filter(g -> sameColumn(keyAware(want, to), keyAware(have, g))).count();
                if (rivals == 1 && options.renames().isRename(new RenameCandidate(RenameCandidate.Kind.COLUMN,
                        want.name(), old.name(), to.name(), keyAware(want, to).describe()))) {
                    renames.put(old.name(), to.name());
                }
            }
        }
        return renames;
    }

    /**
     * Old name to new name of each vanishing table with exactly one appearing twin, which has no other, and
     * which the decider takes for a rename.
     */
    private Map<String, String> tableRenames(List<Table> appearing, List<Table> vanishing) {
        Map<String, String> renames = new LinkedHashMap<>();
        for (Table old : vanishing) {
            List<Table> candidates = appearing.stream().filter(t -> sameTable(t, old)).toList();
            if (candidates.size() == 1) {
                Table to = candidates.get(0);
                if (vanishing.stream().filter(v -> sameTable(to, v)).count() == 1
                        && options.renames().isRename(new RenameCandidate(RenameCandidate.Kind.TABLE, old.name(),
                                old.name(), to.name(), "columns " + String.join(", ", to.columnNames())))) {
                    renames.put(old.name(), to.name());
                }
            }
        }
        return renames;
    }

    /**
     * Whether two primary keys hold the same columns, in any order. Entities cannot order a key's columns
     * (Hibernate orders a composite key by its own rules, which also differ between its versions), so the order
     * a database was given by Flyway, Liquibase or hand-written SQL is kept rather than reported.
     */
    static boolean sameKey(List<String> want, List<String> have) {
        return want.size() == have.size() && new java.util.HashSet<>(want).equals(new java.util.HashSet<>(have));
    }

    /** Same primary key and the same columns, by name and definition; constraints and indexes may differ. */
    private boolean sameTable(Table want, Table have) {
        if (!sameKey(want.primaryKey(), have.primaryKey()) || want.columns().size() != have.columns().size()) {
            return false;
        }
        return want.columns().stream().allMatch(c -> have.column(c.name())
                .filter(h -> sameColumn(keyAware(want, c), keyAware(have, h))).isPresent());
    }

    /** The column after {@code column} in {@code table}, where the downgrade puts it back in front of. */
    private static Optional<String> followedBy(Table table, Column column) {
        List<String> names = table.columnNames();
        int at = names.indexOf(column.name());
        return at >= 0 && at + 1 < names.size() ? Optional.of(names.get(at + 1)) : Optional.empty();
    }

    /**
     * Whether {@code table} has a plain unique index over exactly {@code columns} (in any order). A unique index
     * and a unique constraint over the same columns enforce the same thing, and the database backs the constraint
     * with such an index: Hibernate's own DDL makes an {@code @Index(unique = true)} a constraint, a schema written
     * by hand often makes a {@code @UniqueConstraint} an index. Either form satisfies the other.
     */
    private static boolean uniqueIndexOn(Table table, List<String> columns) {
        return table.indexes().stream().anyMatch(i -> isPlainUnique(i) && sameKey(i.columns(), columns));
    }

    /** Whether {@code index} is a plain unique index whose columns {@code table} keeps unique by a constraint. */
    private static boolean uniqueElsewhere(Index index, Table table) {
        return isPlainUnique(index) && table.uniqueConstraints().stream().anyMatch(u -> sameKey(u.columns(), index.columns()));
    }

    private static boolean isPlainUnique(Index index) {
        return index.unique() && index.where().isEmpty() && (index.method().isEmpty() || index.method().equals("btree"))
                && index.columns().stream().noneMatch(c -> c.contains("("));
    }

    private boolean sameIndex(Index want, Index have) {
        return options.indexMethods() ? want.sameShape(have) : want.withMethod("").sameShape(have.withMethod(""));
    }

    /** Primary-key columns are NOT NULL whatever a catalog or mapping says about them. */
    private static Column keyAware(Table table, Column column) {
        return table.primaryKey().contains(column.name()) ? column.withNullable(false) : column;
    }

    /**
     * Whether {@code column} is the table's rowid alias on a database whose identity is the rowid (SQLite): the
     * table's one key column, declared {@code integer}. SQLite assigns its values on insert with or without
     * {@code AUTOINCREMENT} (https://www.sqlite.org/autoinc.html).
     */
    private boolean isRowidAlias(Table table, Column column) {
        return options.identityIsIntegerAlias() && table.primaryKey().equals(List.of(column.name()))
                && column.type().kind() == dev.retort.model.TypeKind.INTEGER;
    }

    /**
     * Whether the column is a string column limited to a list of values in both tables on a database that
     * keeps no length for such a column ({@link DiffOptions#valueListLength()}).
     */
    private boolean listedOnBothSides(Table want, String wantName, Table have, String haveName) {
        return !options.valueListLength() && dev.retort.model.ValueList.columns(want).containsKey(wantName)
                && dev.retort.model.ValueList.columns(have).containsKey(haveName);
    }

    private boolean sameColumn(Column want, Column have) {
        return changes(have, want).isEmpty();
    }

    /**
     * The aspects in which column {@code have} must change to be {@code want}, by the differ's rules: types the
     * database stores alike are the same ({@link DiffOptions#sameType}), an identity's integer width is no change
     * where every integer identity is the rowid, and comments count only where the database keeps them.
     */
    private Set<ColumnChange> changes(Column have, Column want) {
        Set<ColumnChange> changes = EnumSet.noneOf(ColumnChange.class);
        changes.addAll(ColumnChange.between(have, want));
        boolean aliasWidth = options.identityIsIntegerAlias() && want.identity()
                && want.type().kind().isIntegral() && have.type().kind().isIntegral();
        if (options.sameType(want.type(), have.type()) || aliasWidth) {
            changes.remove(ColumnChange.TYPE);
        }
        if (!options.comments()) {
            changes.remove(ColumnChange.COMMENT);
        }
        return changes;
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
