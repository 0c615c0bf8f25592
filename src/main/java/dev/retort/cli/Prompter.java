package dev.retort.cli;

import java.io.Console;
import java.util.Optional;

/** Asks the person running Retort a question and reads the answer: the terminal, or scripted answers in tests. */
@FunctionalInterface
interface Prompter {

    /**
     * Shows {@code question} (it ends where the answer is typed) and returns the line typed, or empty at end of
     * input.
     */
    Optional<String> ask(String question);

    /** The terminal, or empty when standard input is not one (a pipe, a file, CI). */
    static Optional<Prompter> console() {
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return Optional.empty();
        }
        return Optional.of(question -> {
            String line = console.readLine("%s", question);
            if (line == null) {
                console.writer().println(); // what follows starts on a line of its own
            }
            return Optional.ofNullable(line);
        });
    }

    /**
     * Up to JDK 21 a console exists only on a terminal; from JDK 22 one exists with redirected streams too, and
     * its {@code isTerminal()} (absent from the JDK 17 API Retort compiles against) tells them apart.
     */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
