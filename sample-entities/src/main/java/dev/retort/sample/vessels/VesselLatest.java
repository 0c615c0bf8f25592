package dev.retort.sample.vessels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The latest known position of each vessel, keyed by its MMSI. */
@Entity
@Table(name = "vessels_latest", indexes = {
        @Index(name = "ix_vessels_latest_timestamp", columnList = "timestamp"),
        @Index(name = "ix_vessels_latest_last_alert_severity", columnList = "lastAlertSeverity")})
public class VesselLatest {
    @Id
    private Long mmsi;

    @Column(length = 128)
    private String name;

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    private Double speedOverGround;

    private Double courseOverGround;

    @Column(nullable = false)
    private LocalDateTime timestamp;

    @Column(length = 20)
    private String lastAlertSeverity;
}
