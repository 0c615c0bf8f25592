package dev.retort.runtime;

import dev.retort.text.Text;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.OpText;
import java.util.List;
import java.util.Objects;

/**
 * The statements that perform some ops of a migration, and those ops: one op, or a run of ops the dialect joins into
 * one set of statements (SQLite's table rebuild for several changes to a table). A sink names the ops: in the error
 * of a statement that fails, and in a comment line before the statements of a script.
 *
 * @param statements the SQL, in order
 * @param ops the ops they perform, in order; never empty
 */
public record OpStatements(List<String> statements, List<MigrationOp> ops) {
    /** How long an op's line may be in a message or a comment before it is cut. */
    static final int OP_LINE_LENGTH = 120;

    public OpStatements {
        statements = List.copyOf(statements);
        ops = List.copyOf(ops);
        if (ops.isEmpty()) {
            throw new IllegalArgumentException("statements without an op are bookkeeping: run them one by one");
        }
    }

    /** The statements of one op. */
    public static OpStatements of(MigrationOp op, List<String> statements) {
        return new OpStatements(statements, List.of(Objects.requireNonNull(op)));
    }

    /** Each op's {@linkplain #line line}. */
    public List<String> opLines() {
        return ops.stream().map(OpStatements::line).toList();
    }

    /**
     * The {@link OpText} line of {@code op} on one line: white space, line breaks included, collapsed to one space,
     * and cut with "..." when long. Safe in an SQL comment, which a line break would end, making the rest of an op's
     * text (raw SQL, a check's expression) live SQL.
     */
    public static String line(MigrationOp op) {
        return Text.abbreviate(OpText.of(op), OP_LINE_LENGTH);
    }
}
