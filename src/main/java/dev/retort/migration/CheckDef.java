package dev.retort.migration;

import dev.retort.model.CheckConstraint;
import java.util.Objects;

/**
 * A CHECK constraint: {@code check("ck_alerts_severity", "severity in ('LOW','HIGH')")}.
 *
 * @param check the model constraint it stands for
 */
public record CheckDef(CheckConstraint check) implements TableElement {
    public CheckDef {
        Objects.requireNonNull(check, "check");
    }
}
