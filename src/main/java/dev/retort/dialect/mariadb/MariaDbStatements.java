package dev.retort.dialect.mariadb;

import dev.retort.dialect.SequenceSql;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.Column;
import dev.retort.model.Table;
import dev.retort.model.ValueList;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.AlterPrimaryKey;
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
import dev.retort.ops.OpVisitor;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statements for one op, with MariaDB's ALTER TABLE (https://mariadb.com/kb/en/alter-table/). Every statement
 * commits on its own (MariaDB has no transactional DDL); the schema before the op supplies the table's columns
 * (which index keys are columns) and its indexes (whether a foreign key's index is the server's own).
 */
final class MariaDbStatements implements OpVisitor<List<String>> {

    private final MariaDbSql sql;

    MariaDbStatements(MariaDbSql sql) {
        this.sql = sql;
    }

    private static String q(String identifier) {
        return MariaDbSql.q(identifier);
    }

    private static String alterTable(String name) {
        return "ALTER TABLE " + q(name) + " ";
    }

    /** Engine and character set are the server's defaults. */
    @Override
    public List<String> visitCreateTable(CreateTable op) {
        Table t = op.definition();
        List<String> out = new ArrayList<>();
        out.add(sql.createTable(t));
        t.indexes().forEach(i -> out.add(sql.createIndex(t.name(), i, t.columnNames())));
        return out;
    }

    @Override
    public List<String> visitDropTable(DropTable op) {
        return List.of("DROP TABLE " + q(op.table()));
    }

    @Override
    public List<String> visitRenameTable(RenameTable op) {
        return List.of("RENAME TABLE " + q(op.table()) + " TO " + q(op.to()));
    }

    @Override
    public List<String> visitAddColumn(AddColumn op) {
        return List.of(alterTable(op.table()) + "ADD COLUMN " + sql.columnDefinition(op.table(), op.column()));
    }

    @Override
    public List<String> visitDropColumn(DropColumn op) {
        return List.of(alterTable(op.table()) + "DROP COLUMN " + q(op.column().name()));
    }

    /**
     * {@code MODIFY COLUMN} with the column's whole new definition: MariaDB has no clause that changes only the
     * type or only the nullability, and whatever the definition leaves out (default, {@code AUTO_INCREMENT},
     * comment) is dropped, so the definition carries all of it.
     */
    @Override
    public List<String> visitAlterColumn(AlterColumn op) {
        return List.of(alterTable(op.table()) + "MODIFY COLUMN " + sql.columnDefinition(op.table(), op.to()));
    }

    /** {@code COMMENT = ''} removes a table's comment. */
    @Override
    public List<String> visitAlterTableComment(AlterTableComment op) {
        return List.of(alterTable(op.table()) + "COMMENT = " + MariaDbSql.literal(op.to().orElse("")));
    }

    /** The key is always called {@code PRIMARY}; dropping and adding it is one statement. */
    @Override
    public List<String> visitAlterPrimaryKey(AlterPrimaryKey op) {
        List<String> actions = new ArrayList<>();
        if (!op.from().isEmpty()) {
            actions.add("DROP PRIMARY KEY");
        }
        if (!op.to().isEmpty()) {
            actions.add("ADD " + MariaDbSql.primaryKey(op.to()));
        }
        return actions.isEmpty() ? List.of() : List.of(alterTable(op.table()) + String.join(", ", actions));
    }

    /** MariaDB 10.5 and later. */
    @Override
    public List<String> visitRenameColumn(RenameColumn op) {
        return List.of(alterTable(op.table()) + "RENAME COLUMN " + q(op.from()) + " TO " + q(op.to()));
    }

    @Override
    public List<String> visitCreateIndex(CreateIndex op) {
        return List.of(sql.createIndex(op.table(), op.index()));
    }

    @Override
    public List<String> visitDropIndex(DropIndex op) {
        return List.of("DROP INDEX " + q(op.index().name()) + " ON " + q(op.table()));
    }

    @Override
    public List<String> visitAddUniqueConstraint(AddUniqueConstraint op) {
        return List.of(alterTable(op.table()) + "ADD " + sql.unique(op.constraint()));
    }

    /** A unique constraint is a unique index on MariaDB, dropped as one. */
    @Override
    public List<String> visitDropUniqueConstraint(DropUniqueConstraint op) {
        String name = named(op.table(), op.constraint().name(), "unique constraint on " + op.constraint().columns());
        return List.of(alterTable(op.table()) + "DROP INDEX " + q(name));
    }

    @Override
    public List<String> visitAddForeignKey(AddForeignKey op) {
        return List.of(alterTable(op.table()) + "ADD " + sql.foreignKey(op.foreignKey()));
    }

    /**
     * {@code DROP FOREIGN KEY} by name. Where no index led with the key's columns, InnoDB made one, named as the key,
     * or as its first column for a key declared without a name, which stays when the key goes
     * (https://mariadb.com/kb/en/foreign-keys/); it is dropped with the key unless the model has an index of that
     * name (the catalog reader leaves InnoDB's indexes out of the model).
     */
    @Override
    public List<String> visitDropForeignKey(DropForeignKey op) {
        String name = named(op.table(), op.foreignKey().name(), "foreign key " + op.foreignKey().columns() + " -> "
                + op.foreignKey().referencedTable() + op.foreignKey().referencedColumns());
        StringBuilder b = new StringBuilder(alterTable(op.table()) + "DROP FOREIGN KEY " + q(name));
        for (String index : new java.util.LinkedHashSet<>(List.of(name, op.foreignKey().columns().get(0)))) {
            if (sql.tableBefore(op.table()).flatMap(t -> t.index(index)).isEmpty()) {
                b.append(", DROP INDEX IF EXISTS ").append(q(index));
            }
        }
        return List.of(b.toString());
    }

    /**
     * A check that limits a string column to a list of values ({@link ValueList}) makes the column MariaDB's native
     * {@code enum}, as Hibernate's MariaDBDialect has it; MariaDB refuses the change when a row holds another value.
     */
    @Override
    public List<String> visitAddCheckConstraint(AddCheckConstraint op) {
        Optional<Column> limited = sql.tableBefore(op.table()).flatMap(t -> ValueList.column(t, op.check()));
        if (limited.isPresent()) {
            List<String> values = ValueList.of(op.check()).orElseThrow().getValue();
            return List.of(alterTable(op.table()) + "MODIFY COLUMN "
                    + sql.columnDefinition(op.table(), limited.get(), Optional.of(values)));
        }
        return List.of(alterTable(op.table()) + "ADD " + sql.check(op.check()));
    }

    /**
     * The check of a native {@code enum} column is its type: dropping it makes the column the plain string type
     * again. A named such check may also stand as a constraint of its own (made by another tool), which goes too.
     */
    @Override
    public List<String> visitDropCheckConstraint(DropCheckConstraint op) {
        Optional<Column> limited = sql.tableBefore(op.table()).flatMap(t -> ValueList.column(t, op.check()));
        if (limited.isPresent()) {
            List<String> out = new ArrayList<>();
            out.add(alterTable(op.table()) + "MODIFY COLUMN "
                    + sql.columnDefinition(op.table(), limited.get(), Optional.empty()));
            op.check().name().ifPresent(n -> out.add(MariaDbSql.dropConstraintIfExists(op.table(), n)));
            return out;
        }
        String name = named(op.table(), op.check().name(), "check (" + op.check().expression() + ")");
        return List.of(alterTable(op.table()) + "DROP CONSTRAINT " + q(name));
    }

    /** Dropping a constraint needs its name; an op without one cannot say which constraint to drop. */
    private static String named(String table, Optional<String> name, String what) {
        return name.orElseThrow(() -> new RetortException(ErrorCode.UNSUPPORTED, "cannot drop the unnamed " + what
                + " of table " + table + " on MariaDB: the constraint needs a name; give it the name the database"
                + " reports (SHOW CREATE TABLE " + table + ") or name it in the mapping"));
    }

    /** MariaDB 10.3 and later; see {@link SequenceSql} (https://mariadb.com/kb/en/create-sequence/). */
    @Override
    public List<String> visitCreateSequence(CreateSequence op) {
        return List.of(SequenceSql.create(q(op.sequence().name()), op.sequence()));
    }

    /** See {@link SequenceSql#alter} (https://mariadb.com/kb/en/alter-sequence/). */
    @Override
    public List<String> visitAlterSequence(AlterSequence op) {
        return List.of(SequenceSql.alter(q(op.to().name()), op.from(), op.to()));
    }

    @Override
    public List<String> visitDropSequence(DropSequence op) {
        return List.of("DROP SEQUENCE " + q(op.sequence().name()));
    }

    /**
     * MariaDB has no named enum types: the op records the type for the model, as on SQLite, and runs nothing; a
     * column of it has the type its migration spelled.
     */
    @Override
    public List<String> visitCreateEnumType(CreateEnumType op) {
        return List.of();
    }

    @Override
    public List<String> visitDropEnumType(DropEnumType op) {
        return List.of();
    }

    @Override
    public List<String> visitAlterEnumType(AlterEnumType op) {
        return List.of();
    }

    @Override
    public List<String> visitExecuteSql(ExecuteSql op) {
        return List.of(op.sql());
    }

    @Override
    public List<String> visitBulkInsert(BulkInsert op) {
        List<String> out = new ArrayList<>(op.rows().size());
        for (Map<String, Object> row : op.rows()) {
            List<String> values = new ArrayList<>(row.size());
            row.forEach((column, value) -> values.add(sql.valueLiteral(op.table(), column, value)));
            out.add("INSERT INTO " + q(op.table()) + " (" + MariaDbSql.columnList(List.copyOf(row.keySet()))
                    + ") VALUES (" + String.join(", ", values) + ")");
        }
        return out;
    }
}
