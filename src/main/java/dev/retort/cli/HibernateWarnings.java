package dev.retort.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hibernate's warnings about the user's mapping, collected while a command runs instead of printed as they come
 * (one real project logged 163 lines of {@code @Temporal} deprecations): afterwards, one line per kind of warning with
 * how often it came, or with {@code --verbose} every one.
 */
final class HibernateWarnings extends Handler {
    /** Kinds shown before the rest is counted. */
    private static final int KINDS = 5;
    private static final Pattern CODE = Pattern.compile("^(HHH\\d+)");

    private final List<String> messages = new ArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    /** Starts collecting what {@code logger} (and the loggers below it) warn. */
    static HibernateWarnings collect(Logger logger) {
        HibernateWarnings handler = new HibernateWarnings();
        handler.setLevel(Level.WARNING);
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
        return handler;
    }

    /** Stops collecting: {@code logger} logs as before {@link #collect} (a build runs several commands in one JVM). */
    void stop(Logger logger) {
        logger.removeHandler(this);
        logger.setUseParentHandlers(true);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (isLoggable(record)) {
            String text = formatter.formatMessage(record);
            messages.add(text == null ? "" : text.strip());
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Writes the warnings to {@code err}: each one when {@code all}, else one line per kind. */
    synchronized void report(PrintWriter err, boolean all) {
        if (all) {
            messages.forEach(m -> err.println("warning: Hibernate: " + m));
            err.flush();
            return;
        }
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (String m : messages) {
            Matcher code = CODE.matcher(m);
            kinds.computeIfAbsent(code.find() ? code.group(1) : m, k -> new ArrayList<>()).add(m);
        }
        int shown = 0;
        for (List<String> same : kinds.values()) {
            if (shown++ == KINDS) {
                break;
            }
            err.println("warning: Hibernate: " + same.get(0) + (same.size() == 1 ? ""
                    : " (and " + (same.size() - 1) + " more like it; --verbose shows each)"));
        }
        if (kinds.size() > KINDS) {
            err.println("warning: Hibernate warned " + (kinds.size() - KINDS) + " more kinds of things; --verbose shows"
                    + " them");
        }
        err.flush();
    }
}
