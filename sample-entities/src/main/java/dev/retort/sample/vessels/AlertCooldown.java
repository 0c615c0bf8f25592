package dev.retort.sample.vessels;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** When a rule last alerted for a vessel, so the same alert is not raised again too soon. */
@Entity
@Table(name = "alert_cooldowns", indexes = @Index(name = "ix_alert_cooldowns_last_alert_timestamp",
        columnList = "lastAlertTimestamp"))
public class AlertCooldown {
    @EmbeddedId
    private AlertCooldownId id;

    @Column(nullable = false)
    private LocalDateTime lastAlertTimestamp;
}
