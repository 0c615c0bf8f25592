package dev.retort.sample.vessels;

/** How urgent an alert is. */
public enum AlertSeverity {
    LOW, MEDIUM, HIGH, CRITICAL
}
