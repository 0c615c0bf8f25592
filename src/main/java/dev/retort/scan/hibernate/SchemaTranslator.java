package dev.retort.scan.hibernate;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.CheckConstraint;
import dev.retort.model.ColumnType;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identifiers;
import dev.retort.model.Index;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PrimaryKey;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;

/**
 * Copies Hibernate's relational model ({@code metadata.getDatabase().getNamespaces()}) into Retort's
 * {@link SchemaModel}. Nothing here decides how an entity maps; it only reads what Hibernate decided.
 *
 * <p>Rules, and what Hibernate 7.4 was found to do:
 * <ul>
 *   <li><b>Tables.</b> Only physical tables: the abstract union table of a {@code TABLE_PER_CLASS} root,
 *       {@code @Subselect} entities and views are skipped. Columns keep Hibernate's order, which is its column
 *       ordering strategy's (primary key first, then roughly by attribute name), not declaration order.</li>
 *   <li><b>Sequences.</b> On a dialect without sequences (SQLite) {@code GenerationType.AUTO}/{@code SEQUENCE}
 *       ids are backed by a table that the boot metamodel already holds as an ordinary physical table
 *       ({@code Ticket_SEQ} with one nullable {@code next_val bigint} column and no primary key; Hibernate's own
 *       DDL then inserts the seed row). Such a table (mapped by no entity or collection) becomes a
 *       {@link Sequence} with the start and increment of the generator Hibernate creates for it, which the SQLite
 *       dialect creates as that table plus its seed row, and PostgreSQL as a real sequence. On PostgreSQL the boot metamodel
 *       holds real sequences ({@code Namespace.getSequences()}): an {@code AUTO} or plain {@code SEQUENCE} id
 *       gets {@code <table>_SEQ} (start 1, increment 50; the base is the entity's table name, not its entity
 *       name, and the sequence stays in the default schema even when the table does not), a
 *       {@code @SequenceGenerator} its own name, schema, initial value and allocation size. They become
 *       {@link Sequence}s, named like tables; a sequence shared by several generators appears once.</li>
 *   <li><b>Enum types.</b> A {@code NAMED_ENUM}/{@code NAMED_ORDINAL_ENUM} column becomes a PostgreSQL enum type;
 *       see {@link NamedEnumTypes}.</li>
 *   <li><b>Names.</b> A quoted Hibernate identifier keeps its text; an unquoted one is folded the way the target
 *       database folds it. A table or sequence in a schema other than the database's default
 *       ({@link TargetDatabase}) is named {@code schema.name}, each part folded or quoted on its own, and foreign
 *       keys refer to it by that name; in the default schema ({@code @Table(schema = "public")} on PostgreSQL)
 *       the schema is left out. Schemas are refused where the database has none to offer (SQLite), and catalogs
 *       everywhere. Index names are never qualified: an index lives in its table's schema. Constraint names are
 *       kept only when the user chose them: unique keys say so ({@code UniqueKey.isNameExplicit()}); for foreign
 *       keys and indexes, a name the implicit naming strategy produced ({@link ImplicitNameRecorder}) counts as
 *       not chosen. Unnamed indexes get {@link IndexNamer}'s readable name.</li>
 *   <li><b>Unique constraints and unique indexes.</b> Hibernate 7 turns {@code @Index(unique = true)} into a
 *       unique key, exactly like a {@code @UniqueConstraint} (its own DDL then adds a constraint), but the entity
 *       asked for an index: {@link ImplicitNameRecorder#isUniqueIndex} tells the two apart, and such a key becomes
 *       a unique {@link Index} (named by {@link IndexNamer} when the {@code @Index} has no name), any other a
 *       {@link UniqueConstraint}. {@code @Column(unique = true)} is not a unique key at boot time (Hibernate adds
 *       it only while writing DDL, unnamed); it is added here, unnamed. Unique constraints over the same columns
 *       are reported once, preferring a chosen name.</li>
 *   <li><b>Checks.</b> Hibernate 7 attaches to each {@code @Enumerated} column (and to a single-table
 *       discriminator) an unnamed check from the type's {@code getCheckCondition}, e.g.
 *       {@code status in ('NEW','ACTIVE')} or {@code color between 0 and 1}, and to a {@code SINGLE_TABLE} root
 *       one table check per subclass with non-null attributes ({@code kind <> 'car' or (seats is not null)}).
 *       A column's unnamed checks are joined as {@code (a) and (b)}, exactly as Hibernate's DDL writes them.</li>
 *   <li><b>Comments.</b> {@code @Comment} on an entity class (or JPA's {@code @Table(comment = ...)}) is its
 *       table's comment, on an attribute (or {@code @Column(comment = ...)}) its column's, kept verbatim; the
 *       boot model holds them whatever the dialect, and the differ decides whether they are compared.</li>
 *   <li><b>Foreign keys.</b> {@code ConstraintMode.NO_CONSTRAINT} and keys to non-physical tables are skipped;
 *       no referenced columns means the referenced table's primary key; {@code @OnDelete} gives ON DELETE.</li>
 * </ul>
 */
final class SchemaTranslator {

    private final Metadata metadata;
    private final UnaryOperator<String> fold;
    private final ImplicitNameRecorder names;
    private final ColumnTypeDeriver types;
    private final TargetDatabase target;
    /** The model name of every exported table, schema-qualified where needed. */
    private final Map<org.hibernate.mapping.Table, String> tableNames = new IdentityHashMap<>();

    SchemaTranslator(Metadata metadata, UnaryOperator<String> fold, ImplicitNameRecorder names) {
        this(metadata, fold, names, java.util.Map.of());
    }

    /** @param postgresTypes see {@link ColumnTypeDeriver#ColumnTypeDeriver(Metadata, java.util.Map)} */
    SchemaTranslator(Metadata metadata, UnaryOperator<String> fold, ImplicitNameRecorder names,
                     java.util.Map<String, dev.retort.model.ColumnType> postgresTypes) {
        this.metadata = metadata;
        this.fold = fold;
        this.names = names;
        this.types = new ColumnTypeDeriver(metadata, postgresTypes);
        this.target = TargetDatabase.of(metadata.getDatabase().getDialect());
    }

    SchemaModel translate() {
        List<org.hibernate.mapping.Table> all = new ArrayList<>();
        List<org.hibernate.mapping.Table> exported = new ArrayList<>();
        Map<String, Sequence> sequences = new TreeMap<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                all.add(table);
                if (isExported(table)) {
                    tableNames.put(table, qualified(namespace.getPhysicalName(), table.getNameIdentifier(), "Table"));
                    exported.add(table);
                }
            }
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                String name = qualified(namespace.getPhysicalName(), sequence.getName().getSequenceName(), "Sequence");
                sequences.putIfAbsent(name, sequence(name, sequence));
            }
        }
        // Resolving a column's type caches Hibernate's type name in the field that otherwise holds the user's
        // columnDefinition, and TABLE_PER_CLASS tables share column objects, so read every definition first.
        Map<Column, String> definitions = new IdentityHashMap<>();
        for (org.hibernate.mapping.Table table : all) {
            for (Column column : table.getColumns()) {
                definitions.putIfAbsent(column, column.getSqlType());
            }
        }
        List<Table> tables = new ArrayList<>();
        java.util.Set<org.hibernate.mapping.Table> mapped = mappedTables();
        Map<String, Sequence> generators = null;
        for (org.hibernate.mapping.Table table : exported) {
            if (isGeneratorTable(table, mapped)) {
                // SQLite: the one-row table behind an AUTO/SEQUENCE id is a sequence, with the start and increment
                // of the generator that uses it, so that a migration made here creates the right sequence on
                // PostgreSQL; creating it on SQLite seeds the row Hibernate reads with the start
                generators = generators == null ? generatorSequences() : generators;
                String name = tableNames.get(table);
                Sequence settings = generators.get(table.getName().toLowerCase(java.util.Locale.ROOT));
                sequences.putIfAbsent(name, settings == null ? new Sequence(name, 1, 1)
                        : new Sequence(name, settings.start(), settings.increment()));
                continue;
            }
            tables.add(table(table, definitions));
        }
        List<EnumType> enumTypes = new NamedEnumTypes(metadata, fold).read(exported);
        try {
            return new SchemaModel(tables, List.copyOf(sequences.values()), enumTypes);
        } catch (IllegalArgumentException e) {
            throw new RetortException(ErrorCode.SCAN, "The entities map two tables to the same name: "
                    + e.getMessage() + ". Give one of them another @Table(name = ...).", e);
        }
    }

    /**
     * The start and increment of every entity's sequence-style id generator, as Hibernate configures it for the
     * dialect, by the lower-cased name of the sequence (or of the table that stands in for it); named after the
     * sequence, not yet qualified. A generator Hibernate cannot create here is left out.
     */
    private Map<String, Sequence> generatorSequences() {
        Map<String, Sequence> result = new TreeMap<>();
        Dialect dialect = metadata.getDatabase().getDialect();
        for (org.hibernate.mapping.PersistentClass entity : metadata.getEntityBindings()) {
            if (!(entity instanceof org.hibernate.mapping.RootClass root)) {
                continue;
            }
            try {
                if (HibernateApi.createGenerator(root.getIdentifier(), dialect, root, metadata)
                        instanceof org.hibernate.id.enhanced.SequenceStyleGenerator generator) {
                    org.hibernate.id.enhanced.DatabaseStructure structure = generator.getDatabaseStructure();
                    String name = structure.getPhysicalName().getObjectName().getText();
                    result.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT),
                            new Sequence(name, structure.getInitialValue(), structure.getIncrementSize()));
                }
            } catch (RuntimeException e) {
                // not a generator Retort needs to know about (a custom one, or one that wants a connection)
            }
        }
        return result;
    }

    /** Tables that entities and collections map; anything else Hibernate exported serves a generator. */
    private java.util.Set<org.hibernate.mapping.Table> mappedTables() {
        java.util.Set<org.hibernate.mapping.Table> mapped = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (org.hibernate.mapping.PersistentClass entity : metadata.getEntityBindings()) {
            mapped.add(entity.getTable());
            entity.getJoins().forEach(j -> mapped.add(j.getTable()));
        }
        metadata.getCollectionBindings().forEach(c -> mapped.add(c.getCollectionTable()));
        return mapped;
    }

    private static boolean isGeneratorTable(org.hibernate.mapping.Table table, java.util.Set<org.hibernate.mapping.Table> mapped) {
        return !mapped.contains(table) && table.getPrimaryKey() == null && table.getColumns().size() == 1
                && table.getColumns().iterator().next().getName().equalsIgnoreCase("next_val");
    }

    private static boolean isExported(org.hibernate.mapping.Table table) {
        return table.isPhysicalTable() && !table.isView();
    }

    private static Sequence sequence(String name, org.hibernate.boot.model.relational.Sequence sequence) {
        try {
            return new Sequence(name, sequence.getInitialValue(), sequence.getIncrementSize());
        } catch (IllegalArgumentException e) {
            throw new RetortException(ErrorCode.SCAN, "Sequence " + name + " cannot be represented: " + e.getMessage()
                    + ". Give its @SequenceGenerator an allocationSize other than 0.", e);
        }
    }

    /**
     * {@code name} as the model spells it in {@code namespace}: plain in the database's default schema, else
     * {@code schema.name}.
     *
     * @param kind "Table" or "Sequence", for messages
     */
    private String qualified(Namespace.Name namespace, Identifier name, String kind) {
        return qualified(HibernateApi.catalog(namespace), HibernateApi.schema(namespace), name, kind);
    }

    private String qualified(Identifier catalog, Identifier schema, Identifier name, String kind) {
        if (catalog != null) {
            throw new RetortException(ErrorCode.SCAN, kind + " " + name.getText() + " is mapped into catalog "
                    + catalog.getText() + ", but Retort works inside the one database its connection"
                    + " opens. Remove catalog from the entity's @Table (or from the generator's annotation).");
        }
        if (schema == null || target.isDefaultSchema(schema)) {
            return name(name);
        }
        if (!target.otherSchemas()) {
            throw new RetortException(ErrorCode.SCAN, kind + " " + name.getText() + " is mapped into schema "
                    + schema.getText() + ", but " + target.product() + " keeps every table in one schema"
                    + target.defaultSchema().map(d -> " (" + d + ")").orElse("") + ", so Retort cannot create or"
                    + " compare it there. Remove schema from the entity's @Table (or from the generator's"
                    + " annotation), or scan for PostgreSQL, where tables may live in other schemas.");
        }
        return name(schema) + "." + name(name);
    }

    /**
     * The model name of {@code table}: the name under which it is in the model, or for a table that is not
     * exported, its name qualified the same way.
     */
    String tableName(org.hibernate.mapping.Table table) {
        String known = tableNames.get(table);
        return known != null ? known : qualified(table.getCatalogIdentifier(),
                table.getSchemaIdentifier(), table.getNameIdentifier(), "Table");
    }

    /** The table's own name, without schema: what Retort's index names are made of. */
    private String bareTableName(org.hibernate.mapping.Table table) {
        return name(table.getNameIdentifier());
    }

    private Table table(org.hibernate.mapping.Table source, Map<Column, String> definitions) {
        String tableName = tableName(source);
        List<Column> pk = primaryKey(source);
        Table.Builder table = Table.builder(tableName);
        List<CheckConstraint> checks = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (Column column : source.getColumns()) {
            String columnName = columnName(column);
            ColumnType type = types.derive(source, column, definitions.get(column));
            boolean nullable = column.isNullable() && !pk.contains(column);
            Optional<String> defaultValue = dev.retort.model.DefaultExpression.normalise(column.getDefaultValue());
            table.column(new dev.retort.model.Column(columnName, type, nullable, defaultValue, column.isIdentity(),
                    Optional.ofNullable(column.getComment())));
            checks.addAll(columnChecks(column));
            types.nativeEnumValues(column, definitions.get(column))
                    .ifPresent(values -> checks.add(dev.retort.model.ValueList.check(columnName, values)));
            if (column.isUnique() && !source.isPrimaryKey(column)) {
                uniques.add(new UniqueConstraint(Optional.empty(), List.of(columnName)));
            }
        }
        table.primaryKey(pk.stream().map(this::columnName).toList());
        if (source.getComment() != null) {
            table.comment(source.getComment());
        }
        for (UniqueKey key : source.getUniqueKeys().values()) {
            if (!HibernateApi.isRedundantUniqueKey(source, key) && !names.isUniqueIndex(source.getNameIdentifier(), key.getName())) {
                Optional<String> name = key.isNameExplicit() && !names.isInvented(key.getName())
                        ? Optional.of(constraintName(key.getName())) : Optional.empty();
                uniques.add(new UniqueConstraint(name, key.getColumns().stream().map(this::columnName).toList()));
            }
        }
        distinctByColumns(uniques).forEach(table::unique);
        indexes(source, bareTableName(source)).forEach(table::index);
        foreignKeys(source).forEach(table::foreignKey);
        for (org.hibernate.mapping.CheckConstraint check : source.getChecks()) {
            checks.add(new CheckConstraint(explicitName(check.getName()), check.getConstraint()));
        }
        checks.stream()
                .sorted(Comparator.comparing(CheckConstraint::expression).thenComparing(c -> c.name().orElse("")))
                .distinct()
                .forEach(table::check);
        try {
            return table.build();
        } catch (IllegalArgumentException e) {
            throw new RetortException(ErrorCode.SCAN, "Hibernate's table " + source.getName()
                    + " cannot be represented: " + e.getMessage() + ". Check the column names of its entity.", e);
        }
    }

    private static List<Column> primaryKey(org.hibernate.mapping.Table source) {
        PrimaryKey pk = source.getPrimaryKey();
        return pk == null ? List.of() : List.copyOf(pk.getColumns());
    }

    /** The column's unnamed checks as Hibernate's DDL joins them into one, plus each named check. */
    private List<CheckConstraint> columnChecks(Column column) {
        List<String> anonymous = new ArrayList<>();
        List<CheckConstraint> result = new ArrayList<>();
        for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
            if (check.isAnonymous()) {
                anonymous.add(check.getConstraint());
            } else {
                result.add(new CheckConstraint(explicitName(check.getName()), check.getConstraint()));
            }
        }
        if (anonymous.size() == 1) {
            result.add(new CheckConstraint(Optional.empty(), anonymous.get(0)));
        } else if (anonymous.size() > 1) {
            result.add(new CheckConstraint(Optional.empty(),
                    String.join(" and ", anonymous.stream().map(a -> "(" + a + ")").toList())));
        }
        return result;
    }

    /** One unique constraint per column list, preferring a chosen name, then the smallest; sorted by columns. */
    private static List<UniqueConstraint> distinctByColumns(List<UniqueConstraint> uniques) {
        Map<List<String>, UniqueConstraint> byColumns = new LinkedHashMap<>();
        for (UniqueConstraint u : uniques) {
            byColumns.merge(u.columns(), u, SchemaTranslator::preferred);
        }
        return byColumns.values().stream()
                .sorted(Comparator.comparing((UniqueConstraint u) -> String.join(",", u.columns()))
                        .thenComparing(u -> u.name().orElse("")))
                .toList();
    }

    private static UniqueConstraint preferred(UniqueConstraint a, UniqueConstraint b) {
        if (a.name().isPresent() != b.name().isPresent()) {
            return a.name().isPresent() ? a : b;
        }
        return a.name().orElse("").compareTo(b.name().orElse("")) <= 0 ? a : b;
    }

    /**
     * The table's indexes, and its unique keys that were declared as {@code @Index(unique = true)}.
     *
     * @param tableName the table's name without schema
     */
    private List<Index> indexes(org.hibernate.mapping.Table source, String tableName) {
        Map<String, Index> byName = new TreeMap<>();
        for (UniqueKey key : source.getUniqueKeys().values()) {
            if (!HibernateApi.isRedundantUniqueKey(source, key) && names.isUniqueIndex(source.getNameIdentifier(), key.getName())) {
                List<String> columns = key.getColumns().stream().map(this::columnName).toList();
                String name = key.isNameExplicit() && !names.isInvented(key.getName())
                        ? constraintName(key.getName()) : IndexNamer.name(tableName, columns, true);
                byName.putIfAbsent(name, new Index(name, columns, true));
            }
        }
        for (org.hibernate.mapping.Index index : source.getIndexes().values()) {
            List<String> columns = new ArrayList<>();
            for (Selectable selectable : index.getSelectables()) {
                if (!(selectable instanceof Column column)) {
                    columns = null; // an expression index: the model has no place for it
                    break;
                }
                columns.add(columnName(column));
            }
            if (columns == null || columns.isEmpty()) {
                continue;
            }
            String name = names.isInvented(index.getName())
                    ? IndexNamer.name(tableName, columns, index.isUnique())
                    : constraintName(index.getName());
            byName.putIfAbsent(name, new Index(name, columns, index.isUnique()));
        }
        return List.copyOf(byName.values());
    }

    private List<ForeignKey> foreignKeys(org.hibernate.mapping.Table source) {
        List<ForeignKey> result = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey key : source.getForeignKeys().values()) {
            if (!key.isCreationEnabled() || !key.isPhysicalConstraint()) {
                continue;
            }
            org.hibernate.mapping.Table referenced = key.getReferencedTable();
            List<Column> targetColumns = key.getReferencedColumns().isEmpty()
                    ? primaryKey(referenced) : key.getReferencedColumns();
            Optional<String> name = key.getName() == null || names.isInvented(key.getName())
                    ? Optional.empty() : Optional.of(constraintName(key.getName()));
            ForeignKey fk = new ForeignKey(name, key.getColumns().stream().map(this::columnName).toList(),
                    tableName(referenced), targetColumns.stream().map(this::columnName).toList(),
                    onDelete(key.getOnDeleteAction()));
            if (result.stream().noneMatch(f -> f.sameShape(fk) && f.name().equals(fk.name()))) {
                result.add(fk);
            }
        }
        result.sort(Comparator.comparing((ForeignKey f) -> String.join(",", f.columns()))
                .thenComparing(ForeignKey::referencedTable)
                .thenComparing(f -> String.join(",", f.referencedColumns()))
                .thenComparing(f -> f.name().orElse("")));
        return result;
    }

    private static ReferentialAction onDelete(OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (action) {
            case NO_ACTION -> ReferentialAction.NO_ACTION;
            case CASCADE -> ReferentialAction.CASCADE;
            case RESTRICT -> ReferentialAction.RESTRICT;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
        };
    }

    private String name(Identifier identifier) {
        return identifier.isQuoted() ? Identifiers.keepingCase(identifier.getText()) : fold.apply(identifier.getText());
    }

    private String columnName(Column column) {
        return column.isQuoted() ? Identifiers.keepingCase(column.getName()) : fold.apply(column.getName());
    }

    private Optional<String> explicitName(String name) {
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(constraintName(name));
    }

    /**
     * A constraint or index name for the model: a quoted one keeping its case ({@link Identifiers}), an unquoted
     * one folded by the request's rule.
     */
    String constraintName(String name) {
        String n = name.strip();
        if (n.length() >= 2 && (n.startsWith("\"") && n.endsWith("\"") || n.startsWith("`") && n.endsWith("`"))) {
            return Identifiers.keepingCase(n.substring(1, n.length() - 1));
        }
        return fold.apply(n);
    }
}
