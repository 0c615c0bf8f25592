package dev.retort.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link RetortStartupException} into Spring Boot's failure report: the description and the action. */
public class RetortFailureAnalyzer extends AbstractFailureAnalyzer<RetortStartupException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RetortStartupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
