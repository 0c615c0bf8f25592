package dev.retort.sample.vessels;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The key of an alert cooldown: one per vessel and rule. */
@Embeddable
public class AlertCooldownId implements Serializable {
    private Long mmsi;

    @Column(length = 50)
    private String ruleType;

    @Override
    public boolean equals(Object o) {
        return o instanceof AlertCooldownId other && Objects.equals(mmsi, other.mmsi)
                && Objects.equals(ruleType, other.ruleType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mmsi, ruleType);
    }
}
