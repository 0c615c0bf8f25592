package dev.retort.cli;

import dev.retort.app.Retort;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import picocli.CommandLine.Option;

/** How autogenerate and {@code revision --autogenerate} treat rename candidates: as configured, never, or asked. */
final class RenameOptions {
    @Option(names = "--no-renames", description = "Render a lost column or table with an identical new one as a drop"
            + " and an add, not as a rename (as config detect_renames=false does).")
    boolean noRenames;

    @Option(names = "--interactive", description = "Ask on the terminal whether each lost column or table with an"
            + " identical new one is a rename (y) or a drop and an add (N, the default); accepted renames are"
            + " marked confirmed. Needs a terminal; overrides detect_renames.")
    boolean interactive;

    /**
     * The Retort to generate with. For {@code --interactive}, fails before any work when the options contradict
     * each other or there is no terminal to ask on.
     */
    Retort retort(RetortCli root) {
        if (!interactive) {
            return noRenames ? new Retort(root.config().withDetectRenames(false)) : root.retort();
        }
        if (noRenames) {
            throw new RetortException(ErrorCode.USAGE, "--interactive asks about each rename and --no-renames rules"
                    + " every rename out; pass one of them, not both");
        }
        Prompter prompter = root.console().orElseThrow(() -> new RetortException(ErrorCode.USAGE, "--interactive"
                + " asks on a terminal whether each lost column or table with an identical new one is a rename, but"
                + " standard input is not a terminal (a pipe, a file or CI), so nobody can answer; nothing was"
                + " written. Run the command in a terminal, leave out --interactive to have renames detected and"
                + " flagged with // REVIEW: notes in the migration, or pass --no-renames to get drops and adds"));
        return root.retort().withRenameDecider(new RenamePrompt(prompter));
    }
}
