package dev.retort.maven;

import java.io.Writer;
import java.util.function.Consumer;

/** A writer that hands each complete line to {@code sink} (Maven's log), and the unfinished rest on flush at the end. */
final class LineWriter extends Writer {
    private final StringBuilder line = new StringBuilder();
    private final Consumer<String> sink;

    LineWriter(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    private void emit() {
        sink.accept(line.toString());
        line.setLength(0);
    }

    @Override
    public void flush() {
        // a line is handed on when it ends: a progress line waits for the time that completes it
    }

    /** Hands on what is left of an unfinished line. */
    @Override
    public synchronized void close() {
        if (line.length() > 0) {
            emit();
        }
    }
}
