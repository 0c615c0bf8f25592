package dev.retort.dialect.postgres;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Identifiers;
import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.Index;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.DropIndex;
import dev.retort.ops.OpVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The statements for an {@link AlterEnumType}, in one of two ways.
 *
 * <p><b>Labels only added.</b> One {@code ALTER TYPE … ADD VALUE 'x' BEFORE|AFTER 'y'} per new label, which
 * rewrites no table (https://www.postgresql.org/docs/current/sql-altertype.html). Since PostgreSQL 12 it may run
 * inside the migration's transaction; Retort needs 12 anyway (the catalog reader reads
 * {@code pg_attribute.attgenerated}), and Hibernate 7.4 assumes 14. PostgreSQL does not let the same transaction
 * <em>use</em> a label added this way ("unsafe use of new value … New enum values must be committed before they
 * can be used"), so a default, check or insert that needs the new label belongs in a later migration.
 *
 * <p><b>Labels removed or reordered.</b> PostgreSQL can neither drop an enum label nor move one, so the type is
 * rebuilt: the old type is renamed out of the way, the new one created under the name, every column of the type
 * (or of an array of it) in the schema before the op is converted through text, and the old type is dropped. A
 * column's default is dropped before its conversion and set again after it, in the same ALTER TABLE (the pattern of
 * {@link PostgresColumnChange}). Checks and partial or expression indexes that mention a converted column are
 * dropped first and created again afterwards, because PostgreSQL would re-parse them with literals typed as the old
 * type and find no operator between the two types; plain indexes and unique constraints it converts by itself.
 * A row holding a removed label makes the conversion fail ({@code invalid input value for enum}), which rolls the
 * migration back. Other objects that use the type (views, functions, domains, another table's foreign key to a
 * converted column) are not in the model: DROP TYPE then fails and names them.
 */
final class PostgresEnumChange {

    /** Prefix of the name the old type takes while the columns move to the new one. */
    static final String OLD_PREFIX = "_retort_old_";

    private final PostgresTableSql sql;
    private final OpVisitor<List<String>> statements;
    private final SchemaModel before;
    private final AlterEnumType op;

    /**
     * @param sql spells types against the schema before the op, whose columns of the type are converted
     * @param statements the dialect's statements for the constituent ops (drop and re-create a check, …)
     */
    PostgresEnumChange(PostgresTableSql sql, OpVisitor<List<String>> statements, AlterEnumType op) {
        this.sql = sql;
        this.statements = statements;
        this.before = sql.schemaBefore();
        this.op = op;
    }

    List<String> statements() {
        return op.onlyAddsLabels() ? addValues() : rebuild();
    }

    /** Each new label in its place: before the first old label, or after its predecessor (old or just added). */
    private List<String> addValues() {
        List<String> from = op.from().values();
        List<String> to = op.to().values();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < to.size(); i++) {
            String label = to.get(i);
            if (from.contains(label)) {
                continue;
            }
            String position = i > 0 ? " AFTER " + PostgresTableSql.literal(to.get(i - 1))
                    : from.isEmpty() ? "" : " BEFORE " + PostgresTableSql.literal(from.get(0));
            out.add("ALTER TYPE " + PostgresTableSql.table(op.name()) + " ADD VALUE " + PostgresTableSql.literal(label) + position);
        }
        return out;
    }

    private List<String> rebuild() {
        // the stored name, and the name it is set aside under spelled for the model so it is quoted as stored
        String local = dev.retort.model.Identifiers.foldedLower(PostgresNames.localName(op.name()));
        String oldLocal = dev.retort.model.Identifiers.ofFoldedDatabase(
                OLD_PREFIX + Identifiers.truncated(local, PostgresNames.MAX_IDENTIFIER_BYTES - OLD_PREFIX.length()));
        String oldName = PostgresNames.schemaOf(op.name()).map(s -> s + "." + oldLocal).orElse(oldLocal);
        List<String> out = new ArrayList<>();
        out.add("ALTER TYPE " + PostgresTableSql.table(op.name()) + " RENAME TO " + PostgresNames.quote(oldLocal));
        out.addAll(new CreateEnumType(op.to()).accept(statements));
        for (Table table : before.tables()) {
            out.addAll(convert(table));
        }
        out.addAll(new DropEnumType(new EnumType(oldName, op.from().values())).accept(statements));
        return out;
    }

    /** Moves the table's columns of the type to the new type; nothing when it has none. */
    private List<String> convert(Table table) {
        List<String> clauses = new ArrayList<>();
        List<Pattern> mentions = new ArrayList<>();
        for (Column column : table.columns()) {
            PostgresTypes.enumUse(column.type(), before).filter(use -> use.type().name().equals(op.name()))
                    .ifPresent(use -> {
                        String name = PostgresTableSql.q(column.name());
                        String alter = "ALTER COLUMN " + name + " ";
                        column.defaultValue().ifPresent(d -> clauses.add(alter + "DROP DEFAULT"));
                        clauses.add(alter + "TYPE " + sql.type(column.type()) + " USING " + name + "::text"
                                + use.arraySuffix() + "::" + sql.type(column.type()));
                        column.defaultValue().ifPresent(d -> clauses.add(alter + "SET DEFAULT "
                                + PostgresTableSql.defaultClause(d)));
                        mentions.add(mention(column.name()));
                    });
        }
        if (clauses.isEmpty()) {
            return List.of();
        }
        List<CheckConstraint> checks = table.checks().stream()
                .filter(c -> mentionsAny(c.expression(), mentions)).toList();
        List<Index> indexes = table.indexes().stream().filter(i -> reparsed(i, table, mentions)).toList();
        List<String> out = new ArrayList<>();
        checks.forEach(c -> out.addAll(new DropCheckConstraint(table.name(), c).accept(statements)));
        indexes.forEach(i -> out.addAll(new DropIndex(table.name(), i).accept(statements)));
        out.add("ALTER TABLE " + PostgresTableSql.table(table.name()) + " " + String.join(", ", clauses));
        checks.forEach(c -> out.addAll(new AddCheckConstraint(table.name(), c).accept(statements)));
        indexes.forEach(i -> out.addAll(new CreateIndex(table.name(), i).accept(statements)));
        return out;
    }

    /** An index whose predicate or expression keys mention a converted column (plain keys convert by themselves). */
    private static boolean reparsed(Index index, Table table, List<Pattern> mentions) {
        if (index.where().filter(w -> mentionsAny(w, mentions)).isPresent()) {
            return true;
        }
        return index.columns().stream().anyMatch(k -> table.column(k).isEmpty() && mentionsAny(k, mentions));
    }

    /** The column's name as a word of an expression, quoted or not; a false match only costs a re-create. */
    private static Pattern mention(String column) {
        return Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(column.toLowerCase(Locale.ROOT)) + "\"?(?![\\w$])");
    }

    private static boolean mentionsAny(String expression, List<Pattern> mentions) {
        String lower = expression.toLowerCase(Locale.ROOT);
        return mentions.stream().anyMatch(p -> p.matcher(lower).find());
    }
}
