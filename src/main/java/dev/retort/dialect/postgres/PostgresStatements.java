package dev.retort.dialect.postgres;

import dev.retort.dialect.SequenceSql;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.EnumType;
import dev.retort.model.Table;
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
import java.util.stream.Collectors;

/**
 * The statements for one op. PostgreSQL alters tables in place
 * (https://www.postgresql.org/docs/current/sql-altertable.html), so every op is one or a few statements and none
 * needs the table's prior shape; the schema before the op supplies the spelling of enum types, whether a renamed
 * table's key has its default name, and the columns an enum type's rebuild converts.
 */
final class PostgresStatements implements OpVisitor<List<String>> {

    private final PostgresTableSql sql;

    PostgresStatements(PostgresTableSql sql) {
        this.sql = sql;
    }

    private static String q(String identifier) {
        return PostgresTableSql.q(identifier);
    }

    private static String table(String name) {
        return PostgresTableSql.table(name);
    }

    private static String alterTable(String name) {
        return "ALTER TABLE " + table(name) + " ";
    }

    @Override
    public List<String> visitCreateTable(CreateTable op) {
        Table t = op.definition();
        List<String> out = new ArrayList<>();
        // a table in another schema brings its schema along (kept on drop: other objects may live there)
        PostgresNames.schemaOf(t.name()).ifPresent(schema -> out.add("CREATE SCHEMA IF NOT EXISTS "
                + PostgresNames.quote(schema)));
        out.add(sql.createTable(t));
        out.addAll(comments(t));
        t.indexes().forEach(i -> out.add(sql.createIndex(t.name(), i, t.columnNames())));
        return out;
    }

    /** CREATE TABLE has no comment clause: the table's and the columns' comments are separate statements. */
    private static List<String> comments(Table t) {
        List<String> out = new ArrayList<>();
        t.comment().ifPresent(c -> out.add(PostgresTableSql.commentOnTable(t.name(), t.comment())));
        t.columns().stream().filter(c -> c.comment().isPresent())
                .forEach(c -> out.add(PostgresTableSql.commentOnColumn(t.name(), c.name(), c.comment())));
        return out;
    }

    /** Indexes and constraints go with the table. */
    @Override
    public List<String> visitDropTable(DropTable op) {
        return List.of("DROP TABLE " + table(op.table()));
    }

    /**
     * RENAME TO takes an unqualified name and keeps the schema; a move to another schema is SET SCHEMA
     * (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-SET-SCHEMA).
     */
    @Override
    public List<String> visitRenameTable(RenameTable op) {
        Optional<String> fromSchema = PostgresNames.schemaOf(op.table());
        Optional<String> toSchema = PostgresNames.schemaOf(op.to());
        String fromName = PostgresNames.localName(op.table());
        String toName = PostgresNames.localName(op.to());
        List<String> out = new ArrayList<>();
        String current = op.table();
        if (toSchema.isPresent() && !toSchema.equals(fromSchema)) {
            out.add(alterTable(current) + "SET SCHEMA " + q(toSchema.get()));
            current = toSchema.get() + "." + fromName;
        }
        if (!fromName.equals(toName)) {
            out.add(alterTable(current) + "RENAME TO " + q(toName));
            // PostgreSQL keeps the key's name; a default-named key follows the table, so that it keeps the
            // default name the model (and any later migration that drops it) expects
            boolean defaultNamedKey = sql.tableBefore(op.table())
                    .filter(t -> !t.primaryKey().isEmpty() && t.primaryKeyName().isEmpty()).isPresent();
            if (defaultNamedKey) {
                out.add(alterTable(op.to()) + "RENAME CONSTRAINT " + q(PostgresDialect.defaultPrimaryKeyName(fromName))
                        + " TO " + q(PostgresDialect.defaultPrimaryKeyName(toName)));
            }
        }
        return out;
    }

    @Override
    public List<String> visitAddColumn(AddColumn op) {
        List<String> out = new ArrayList<>();
        out.add(alterTable(op.table()) + "ADD COLUMN " + sql.columnDefinition(op.table(), op.column()));
        if (op.column().comment().isPresent()) {
            out.add(PostgresTableSql.commentOnColumn(op.table(), op.column().name(), op.column().comment()));
        }
        return out;
    }

    @Override
    public List<String> visitDropColumn(DropColumn op) {
        return List.of(alterTable(op.table()) + "DROP COLUMN " + q(op.column().name()));
    }

    @Override
    public List<String> visitAlterColumn(AlterColumn op) {
        List<String> out = new ArrayList<>(new PostgresColumnChange(sql, op).statements());
        if (!op.from().comment().equals(op.to().comment())) {
            out.add(PostgresTableSql.commentOnColumn(op.table(), op.column(), op.to().comment()));
        }
        return out;
    }

    @Override
    public List<String> visitAlterTableComment(AlterTableComment op) {
        return List.of(PostgresTableSql.commentOnTable(op.table(), op.to()));
    }

    /**
     * Drops the key by its name (PostgreSQL's default {@code <table>_pkey} unless the model knows another) and adds
     * the new one in the same statement, so the table is never without its key between two statements.
     */
    @Override
    public List<String> visitAlterPrimaryKey(AlterPrimaryKey op) {
        List<String> actions = new ArrayList<>();
        if (!op.from().isEmpty()) {
            String name = op.fromName().orElseGet(() -> PostgresDialect.defaultPrimaryKeyName(op.table()));
            actions.add("DROP CONSTRAINT " + q(name));
        }
        if (!op.to().isEmpty()) {
            actions.add("ADD " + PostgresTableSql.primaryKey(op.to(), op.toName()));
        }
        return actions.isEmpty() ? List.of() : List.of(alterTable(op.table()) + String.join(", ", actions));
    }

    @Override
    public List<String> visitRenameColumn(RenameColumn op) {
        return List.of(alterTable(op.table()) + "RENAME COLUMN " + q(op.from()) + " TO " + q(op.to()));
    }

    @Override
    public List<String> visitCreateIndex(CreateIndex op) {
        return List.of(sql.createIndex(op.table(), op.index()));
    }

    /** An index lives in its table's schema, so a table's schema qualifies the index name. */
    @Override
    public List<String> visitDropIndex(DropIndex op) {
        String name = PostgresNames.schemaOf(op.table()).map(s -> q(s) + ".").orElse("") + q(op.index().name());
        return List.of("DROP INDEX " + name);
    }

    @Override
    public List<String> visitAddUniqueConstraint(AddUniqueConstraint op) {
        return List.of(alterTable(op.table()) + "ADD " + sql.unique(op.constraint()));
    }

    @Override
    public List<String> visitDropUniqueConstraint(DropUniqueConstraint op) {
        return List.of(dropConstraint(op.table(), op.constraint().name(),
                "unique constraint on " + op.constraint().columns()));
    }

    @Override
    public List<String> visitAddForeignKey(AddForeignKey op) {
        return List.of(alterTable(op.table()) + "ADD " + sql.foreignKey(op.foreignKey()));
    }

    @Override
    public List<String> visitDropForeignKey(DropForeignKey op) {
        return List.of(dropConstraint(op.table(), op.foreignKey().name(), "foreign key " + op.foreignKey().columns()
                + " -> " + op.foreignKey().referencedTable() + op.foreignKey().referencedColumns()));
    }

    @Override
    public List<String> visitAddCheckConstraint(AddCheckConstraint op) {
        return List.of(alterTable(op.table()) + "ADD " + sql.check(op.check()));
    }

    @Override
    public List<String> visitDropCheckConstraint(DropCheckConstraint op) {
        return List.of(dropConstraint(op.table(), op.check().name(), "check (" + op.check().expression() + ")"));
    }

    /** DROP CONSTRAINT needs the constraint's name; an op without one cannot say which constraint to drop. */
    private static String dropConstraint(String tableName, Optional<String> name, String what) {
        if (name.isEmpty()) {
            throw new RetortException(ErrorCode.UNSUPPORTED, "cannot drop the unnamed " + what + " of table "
                    + tableName + " on PostgreSQL: the constraint needs a name; give it the name the database"
                    + " reports (psql \\d " + tableName + ") or name it in the mapping");
        }
        return alterTable(tableName) + "DROP CONSTRAINT " + q(name.get());
    }

    /** See {@link SequenceSql}. */
    @Override
    public List<String> visitCreateSequence(CreateSequence op) {
        return List.of(SequenceSql.create(table(op.sequence().name()), op.sequence()));
    }

    /** See {@link SequenceSql#alter} (https://www.postgresql.org/docs/current/sql-altersequence.html). */
    @Override
    public List<String> visitAlterSequence(AlterSequence op) {
        return List.of(SequenceSql.alter(table(op.to().name()), op.from(), op.to()));
    }

    @Override
    public List<String> visitDropSequence(DropSequence op) {
        return List.of("DROP SEQUENCE " + table(op.sequence().name()));
    }

    /** https://www.postgresql.org/docs/current/sql-createtype.html#SQL-CREATETYPE-ENUM */
    @Override
    public List<String> visitCreateEnumType(CreateEnumType op) {
        EnumType e = op.enumType();
        String labels = e.values().stream().map(PostgresTableSql::literal)
                .collect(Collectors.joining(", "));
        return List.of("CREATE TYPE " + table(e.name()) + " AS ENUM (" + labels + ")");
    }

    @Override
    public List<String> visitDropEnumType(DropEnumType op) {
        return List.of("DROP TYPE " + table(op.enumType().name()));
    }

    /** See {@link PostgresEnumChange}. */
    @Override
    public List<String> visitAlterEnumType(AlterEnumType op) {
        return new PostgresEnumChange(sql, this, op).statements();
    }

    @Override
    public List<String> visitExecuteSql(ExecuteSql op) {
        return List.of(op.sql());
    }

    @Override
    public List<String> visitBulkInsert(BulkInsert op) {
        List<String> out = new ArrayList<>(op.rows().size());
        for (Map<String, Object> row : op.rows()) {
            if (row.isEmpty()) {
                out.add("INSERT INTO " + table(op.table()) + " DEFAULT VALUES");
                continue;
            }
            List<String> values = new ArrayList<>(row.size());
            row.forEach((column, value) -> values.add(sql.valueLiteral(op.table(), column, value)));
            out.add("INSERT INTO " + table(op.table()) + " (" + PostgresTableSql.columnList(List.copyOf(row.keySet()))
                    + ") VALUES (" + String.join(", ", values) + ")");
        }
        return out;
    }
}
