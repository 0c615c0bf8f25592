package dev.retort.render;

import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.UniqueConstraint;
import dev.retort.model.ReferentialAction;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterPrimaryKey;
import dev.retort.ops.AlterTableComment;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.MigrationPlan;
import dev.retort.ops.OpVisitor;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.ops.Risk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.retort.text.Text;

/**
 * Explains each op in words: the CLI summary line, the phrase for the class Javadoc, review notes for risky
 * steps and the to-do left in {@code downgrade()} for ops Retort cannot invert. Never fails; unnamed
 * constraints are described as such. A rename is "detected" unless the plan says somebody confirmed it.
 */
final class OpDescriber implements OpVisitor<OpDescription> {
    private static final int SQL_PREVIEW = 60;

    private final boolean confirmed;
    /** Describing a step of {@code downgrade()}, the inverse of one of the plan's ops. */
    private final boolean undo;

    private OpDescriber(boolean confirmed, boolean undo) {
        this.confirmed = confirmed;
        this.undo = undo;
    }

    /** {@code op}, one of {@code plan}'s ops, described as the plan has it (a rename detected or confirmed). */
    static OpDescription describe(MigrationOp op, MigrationPlan plan) {
        return op.accept(new OpDescriber(plan.isConfirmed(op), false));
    }

    /**
     * {@code inverse}, the inverse of one of a plan's ops, described as a step of {@code downgrade()}: the same
     * risks (a dropped table loses its rows either way), the method that restores what it removes named as
     * {@code upgrade()}, no rename guess (undoing a rename is no guess), and a note on everything it puts back
     * that rows written since the upgrade may violate.
     */
    static OpDescription describeUndo(MigrationOp inverse) {
        return inverse.accept(new OpDescriber(true, true));
    }

    /** The method that puts back what a step removes: the other body. */
    private String restorer() {
        return undo ? "upgrade()" : "downgrade()";
    }

    /** The note on a step of {@code downgrade()} that puts back a constraint the upgrade removed. */
    private List<String> restoresNote(String what, String violation) {
        return undo ? List.of("restores " + what + ": fails if rows written since the upgrade " + violation
                + "; fix those rows first") : List.of();
    }

    /** {@code line} with the op's risks after it, e.g. {@code - column users.pw (data loss)}. */
    private static String marked(String line, MigrationOp op) {
        List<Risk> risks = op.risks();
        return risks.isEmpty() ? line
                : line + " (" + String.join(", ", risks.stream().map(Risk::label).toList()) + ")";
    }

    private static String name(Optional<String> name) {
        return name.orElse("(unnamed)");
    }

    private static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    private static String rows(int n) {
        return n == 1 ? "1 row" : n + " rows";
    }

    @Override
    public OpDescription visitCreateTable(CreateTable op) {
        return OpDescription.of("+ table " + op.table(), "creates table " + op.table());
    }

    @Override
    public OpDescription visitDropTable(DropTable op) {
        return OpDescription.of(marked("- table " + op.table(), op), "drops table " + op.table() + " and all its rows")
                .withReviewNotes(List.of("drops table " + op.table() + " and all its rows;"
                        + " " + restorer() + " recreates it empty"));
    }

    @Override
    public OpDescription visitRenameTable(RenameTable op) {
        return OpDescription.of("~ table " + op.table() + " -> " + op.to() + renameSuffix(),
                        "renames table " + op.table() + " to " + op.to())
                .withReviewNotes(undo ? List.of() : List.of(renameNote(op.table(), op.to(), "dropTable/createTable")));
    }

    @Override
    public OpDescription visitAddColumn(AddColumn op) {
        Column c = op.column();
        String where = op.table() + "." + c.name();
        if (op.risks().contains(Risk.NOT_NULL_WITHOUT_DEFAULT)) {
            return OpDescription.of(marked("+ column " + where, op), "adds column " + where)
                    .withReviewNotes(List.of("adds NOT NULL column " + where + " without a default: fails if "
                    + op.table() + " has rows; add it nullable, backfill it, then make it NOT NULL"));
        }
        return OpDescription.of("+ column " + where, "adds column " + where);
    }

    @Override
    public OpDescription visitDropColumn(DropColumn op) {
        String where = op.table() + "." + op.column().name();
        return OpDescription.of(marked("- column " + where, op), "drops column " + where + " and its data")
                .withReviewNotes(List.of("drops column " + where + " and its data;"
                        + " " + restorer() + " restores the column, not its values"));
    }

    @Override
    public OpDescription visitAlterColumn(AlterColumn op) {
        Column from = op.from();
        Column to = op.to();
        String where = op.table() + "." + op.column();
        String line = "~ column " + where + ": " + from.describe() + " -> " + to.describe();
        if (op.onlyComment()) {
            return OpDescription.of(line, commentPhrase(from.comment(), to.comment(), "column " + where));
        }
        List<Risk> risks = op.risks();
        if (risks.isEmpty()) {
            return OpDescription.of(line, "alters column " + where);
        }
        List<String> notes = new ArrayList<>();
        if (risks.contains(Risk.NARROWING)) {
            notes.add("narrows " + where + " from " + from.type() + " to " + to.type()
                    + ": fails or truncates where existing values do not fit; check the data first");
        }
        if (risks.contains(Risk.NOT_NULL_ADDED)) {
            notes.add("makes " + where + " NOT NULL: fails if any row holds NULL; backfill first"
                    + " (nullable -> backfill -> NOT NULL), e.g. with op.execute(\"UPDATE " + op.table()
                    + " SET " + op.column() + " = ... WHERE " + op.column() + " IS NULL\") above this line");
        }
        return OpDescription.of(marked(line, op), "narrows column " + where).withReviewNotes(notes);
    }

    @Override
    public OpDescription visitRenameColumn(RenameColumn op) {
        String from = op.table() + "." + op.from();
        String to = op.table() + "." + op.to();
        return OpDescription.of("~ column " + from + " -> " + to + renameSuffix(),
                        "renames column " + from + " to " + op.to())
                .withReviewNotes(undo ? List.of() : List.of(renameNote(from, to, "dropColumn/addColumn")));
    }

    private String renameSuffix() {
        return confirmed ? " (confirmed rename)" : " (detected rename)";
    }

    /**
     * The differ only renames when it found one lost and one new twin; unless somebody confirmed it, the author
     * knows which it was.
     */
    private String renameNote(String from, String to, String instead) {
        if (confirmed) {
            return "confirmed as a rename: " + from + " -> " + to;
        }
        return "detected as a rename: " + from + " -> " + to + "; if this is a drop and an add, replace it with "
                + instead;
    }

    private static String index(Index i, String table) {
        return (i.unique() ? "unique index " : "index ") + i.name() + " on " + table;
    }

    @Override
    public OpDescription visitCreateIndex(CreateIndex op) {
        String what = index(op.index(), op.table());
        return OpDescription.of("+ " + what + " " + columns(op.index().columns()), "creates " + what);
    }

    @Override
    public OpDescription visitDropIndex(DropIndex op) {
        String what = index(op.index(), op.table());
        return OpDescription.of("- " + what + " " + columns(op.index().columns()), "drops " + what);
    }

    private static String unique(UniqueConstraint u, String table) {
        return "unique " + name(u.name()) + " on " + table + " " + columns(u.columns());
    }

    @Override
    public OpDescription visitAddUniqueConstraint(AddUniqueConstraint op) {
        return OpDescription.of("+ " + unique(op.constraint(), op.table()),
                        "adds unique constraint " + name(op.constraint().name()) + " on " + op.table())
                .withReviewNotes(restoresNote("unique constraint " + name(op.constraint().name()) + " on "
                        + op.table(), "hold duplicates " + columns(op.constraint().columns())));
    }

    @Override
    public OpDescription visitDropUniqueConstraint(DropUniqueConstraint op) {
        String name = name(op.constraint().name());
        return OpDescription.of(marked("- " + unique(op.constraint(), op.table()), op),
                        "drops unique constraint " + name + " on " + op.table())
                .withReviewNotes(List.of("drops unique constraint " + name + " on " + op.table()
                        + ": duplicates become possible, and " + restorer() + " fails once any exist"));
    }

    private static String foreignKey(ForeignKey f, String table) {
        return "foreign key " + name(f.name()) + " on " + table + " " + columns(f.columns()) + " -> "
                + f.referencedTable() + " " + columns(f.referencedColumns())
                + f.actionClauses();
    }

    @Override
    public OpDescription visitAddForeignKey(AddForeignKey op) {
        return OpDescription.of("+ " + foreignKey(op.foreignKey(), op.table()),
                        "adds foreign key " + name(op.foreignKey().name()) + " on " + op.table())
                .withReviewNotes(restoresNote("foreign key " + name(op.foreignKey().name()) + " on " + op.table(),
                        "point at rows missing from " + op.foreignKey().referencedTable()));
    }

    @Override
    public OpDescription visitDropForeignKey(DropForeignKey op) {
        ForeignKey fk = op.foreignKey();
        String line = "- " + foreignKey(fk, op.table());
        String phrase = "drops foreign key " + name(fk.name()) + " on " + op.table();
        if (!op.risks().contains(Risk.ON_UPDATE_LOST)) {
            return OpDescription.of(line, phrase);
        }
        // entities cannot declare ON UPDATE, so a live one goes unless a hand-written step keeps it
        return OpDescription.of(marked(line, op), phrase).withReviewNotes(List.of(phrase
                + " and with it ON UPDATE " + fk.onUpdate().sql() + ": a key changed in " + fk.referencedTable()
                + " is no longer carried over to " + op.table() + "; if the application relies on it, add"
                + " .onUpdate(" + fk.onUpdate().name() + ") to the key added back"));
    }

    @Override
    public OpDescription visitAddCheckConstraint(AddCheckConstraint op) {
        String name = name(op.check().name());
        return OpDescription.of("+ check " + name + " on " + op.table() + ": "
                        + Text.abbreviate(op.check().expression(), SQL_PREVIEW),
                        "adds check constraint " + name + " on " + op.table())
                .withReviewNotes(restoresNote("check constraint " + name + " on " + op.table(), "violate "
                        + Text.abbreviate(op.check().expression(), SQL_PREVIEW)));
    }

    @Override
    public OpDescription visitDropCheckConstraint(DropCheckConstraint op) {
        String name = name(op.check().name());
        return OpDescription.of("- check " + name + " on " + op.table(),
                "drops check constraint " + name + " on " + op.table());
    }

    @Override
    public OpDescription visitCreateSequence(dev.retort.ops.CreateSequence op) {
        return OpDescription.of("+ sequence " + op.sequence().name(), "creates sequence " + op.sequence().name());
    }

    @Override
    public OpDescription visitDropSequence(dev.retort.ops.DropSequence op) {
        return OpDescription.of("- sequence " + op.sequence().name(), "drops sequence " + op.sequence().name());
    }

    @Override
    public OpDescription visitAlterSequence(dev.retort.ops.AlterSequence op) {
        List<String> changes = new ArrayList<>();
        if (op.from().start() != op.to().start()) {
            changes.add("start " + op.from().start() + " -> " + op.to().start());
        }
        if (op.from().increment() != op.to().increment()) {
            changes.add("increment " + op.from().increment() + " -> " + op.to().increment());
        }
        String line = "~ sequence " + op.name() + ": " + String.join(", ", changes);
        if (!op.risks().contains(Risk.INCREMENT_CHANGED)) {
            return OpDescription.of(line, "changes sequence " + op.name());
        }
        return OpDescription.of(marked(line, op), "changes sequence " + op.name()).withReviewNotes(List.of(
                "changes the increment of sequence " + op.name() + " from "
                + op.from().increment() + " to " + op.to().increment() + ": Hibernate takes each value as the end of"
                + " a block of allocationSize ids, so an application whose allocationSize is larger than the increment"
                + " hands out duplicate ids; apply this before an application with a larger allocationSize starts, or,"
                + " when the increment shrinks, once no application with the old allocationSize runs"));
    }

    @Override
    public OpDescription visitCreateEnumType(dev.retort.ops.CreateEnumType op) {
        return OpDescription.of("+ enum type " + op.enumType().name(), "creates enum type " + op.enumType().name());
    }

    @Override
    public OpDescription visitDropEnumType(dev.retort.ops.DropEnumType op) {
        return OpDescription.of("- enum type " + op.enumType().name(), "drops enum type " + op.enumType().name());
    }

    @Override
    public OpDescription visitAlterEnumType(dev.retort.ops.AlterEnumType op) {
        String type = "enum type " + op.name();
        String line = "~ " + type + " labels: " + labels(op.from().values()) + " -> " + labels(op.to().values());
        List<String> added = op.addedLabels();
        List<String> removed = op.removedLabels();
        String phrase = removed.isEmpty() && added.isEmpty() ? "reorders the labels of " + type
                : removed.isEmpty() ? "adds " + labelWord(added) + " to " + type
                : added.isEmpty() ? "removes " + labelWord(removed) + " from " + type
                : "changes the labels of " + type + " (adds " + labelWord(added) + ", removes " + labelWord(removed) + ")";
        if (!op.risks().contains(Risk.LABELS_REMOVED)) {
            return OpDescription.of(line, phrase);
        }
        return OpDescription.of(marked(line, op), phrase).withReviewNotes(List.of("removes " + labelWord(removed)
                + " from " + type + ": fails while any row"
                + " holds " + (removed.size() == 1 ? "it" : "one") + ", so update those rows first (op.execute(\"UPDATE"
                + " ...\") above this line); " + restorer() + " brings the " + (removed.size() == 1 ? "label" : "labels")
                + " back, not the values"));
    }

    private static String labels(List<String> values) {
        return "(" + quotedLabels(values) + ")";
    }

    /** {@code label 'A'} or {@code labels 'A', 'B'}. */
    private static String labelWord(List<String> values) {
        return (values.size() == 1 ? "label " : "labels ") + quotedLabels(values);
    }

    private static String quotedLabels(List<String> values) {
        return String.join(", ", values.stream().map(v -> "'" + v + "'").toList());
    }

    @Override
    public OpDescription visitAlterTableComment(AlterTableComment op) {
        String line = "~ table " + op.table() + " comment: " + quoted(op.from()) + " -> " + quoted(op.to());
        return OpDescription.of(line, commentPhrase(op.from(), op.to(), "table " + op.table()));
    }

    @Override
    public OpDescription visitAlterPrimaryKey(AlterPrimaryKey op) {
        String line = "~ table " + op.table() + " primary key: " + keyText(op.from()) + " -> " + keyText(op.to());
        if (op.risks().isEmpty()) {
            return OpDescription.of(line, "adds primary key " + keyText(op.to()) + " to " + op.table());
        }
        if (op.risks().contains(Risk.PRIMARY_KEY_DROPPED)) {
            return OpDescription.of(marked(line, op), "drops the primary key of " + op.table())
                    .withReviewNotes(List.of("drops the primary key " + keyText(op.from()) + " of " + op.table()
                            + ": duplicate keys become possible, and " + restorer() + " fails once any exist"));
        }
        return OpDescription.of(marked(line, op), "changes the primary key of " + op.table())
                .withReviewNotes(List.of("changes the primary key of " + op.table() + " from " + keyText(op.from())
                        + " to " + keyText(op.to()) + ": fails if the new key columns hold duplicates or NULLs,"
                        + " and foreign keys that reference the old key must change with it"));
    }

    private static String keyText(List<String> columns) {
        return columns.isEmpty() ? "(none)" : "(" + String.join(", ", columns) + ")";
    }

    private static String commentPhrase(Optional<String> from, Optional<String> to, String what) {
        return to.isEmpty() ? "removes the comment of " + what
                : from.isEmpty() ? "comments " + what
                : "changes the comment of " + what;
    }

    private static String quoted(Optional<String> comment) {
        return comment.map(c -> "'" + Text.abbreviate(c, SQL_PREVIEW) + "'").orElse("(none)");
    }

    @Override
    public OpDescription visitExecuteSql(ExecuteSql op) {
        String preview = Text.abbreviate(op.sql(), SQL_PREVIEW);
        return new OpDescription("* sql: " + preview, "runs hand-written SQL", List.of(),
                Optional.of("undo op.execute(\"" + preview + "\") here by hand;"
                        + " Retort cannot reverse raw SQL"));
    }

    @Override
    public OpDescription visitBulkInsert(BulkInsert op) {
        String rows = rows(op.rows().size());
        return new OpDescription("* insert " + rows + " into " + op.table(),
                "inserts " + rows + " into " + op.table(), List.of(),
                Optional.of("remove the " + rows + " that upgrade() inserts into " + op.table()
                        + ", e.g. op.execute(\"DELETE FROM " + op.table() + " WHERE ...\")"));
    }
}
