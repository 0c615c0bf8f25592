package dev.retort.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A terminal that types prepared answers, one per question, and remembers the questions; then input ends. */
final class ScriptedPrompter implements Prompter {
    private final Deque<String> answers;
    final List<String> questions = new ArrayList<>();

    ScriptedPrompter(String... answers) {
        this.answers = new ArrayDeque<>(List.of(answers));
    }

    @Override
    public Optional<String> ask(String question) {
        questions.add(question);
        return Optional.ofNullable(answers.poll());
    }
}
