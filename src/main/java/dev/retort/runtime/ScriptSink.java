package dev.retort.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes statements as an SQL script ({@code --sql}), each ending in a semicolon; the statements that perform ops
 * after a comment line naming each op.
 */
public final class ScriptSink implements StatementSink {
    private final Appendable out;

    public ScriptSink(Appendable out) {
        this.out = out;
    }

    private void write(String text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int execute(String sql) {
        write(sql.strip() + ";\n");
        return -1;
    }

    /** The statements, after a comment line per op they perform ({@link OpStatements#opLines}, never two lines). */
    @Override
    public void execute(OpStatements statements) {
        if (statements.statements().isEmpty()) {
            return;
        }
        statements.opLines().forEach(line -> write("-- " + line + "\n"));
        statements.statements().forEach(this::execute);
    }

    @Override
    public void begin() {
        write("BEGIN;\n");
    }

    @Override
    public void commit() {
        write("COMMIT;\n\n");
    }

    @Override
    public void rollback() {
    }

    @Override
    public void comment(String text) {
        text.lines().forEach(l -> write("-- " + l + "\n"));
    }
}
