package dev.retort.cli;

import dev.retort.diff.RenameCandidate;
import dev.retort.diff.RenameDecider;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code --interactive}: asks about each rename candidate, e.g.
 * {@code Rename column account.fullname -> account.display_name (varchar(100) NOT NULL)? [y/N] }. {@code y} or
 * {@code yes} renames; {@code n}, {@code no} or an empty answer drops and adds (case does not matter); anything
 * else asks again. Input that ends before an answer stops the command, before anything is written.
 */
final class RenamePrompt implements RenameDecider {
    private final Prompter prompter;

    RenamePrompt(Prompter prompter) {
        this.prompter = prompter;
    }

    @Override
    public boolean isRename(RenameCandidate candidate) {
        String question = "Rename " + candidate.describe() + "? [y/N] ";
        String asked = question;
        while (true) {
            Optional<String> answer = prompter.ask(asked);
            if (answer.isEmpty()) {
                throw new RetortException(ErrorCode.USAGE, "Input ended before the question whether to rename "
                        + candidate.describe() + " was answered; nothing was written. Run the command again and"
                        + " answer y or n to each question (an empty answer means n: drop and add)");
            }
            switch (answer.get().strip().toLowerCase(Locale.ROOT)) {
                case "y", "yes" -> {
                    return true;
                }
                case "", "n", "no" -> {
                    return false;
                }
                default -> asked = "Please answer y or n. " + question;
            }
        }
    }
}
