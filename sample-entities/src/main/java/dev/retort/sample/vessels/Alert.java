package dev.retort.sample.vessels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** An alert raised for a vessel; deleted with the vessel. */
@Entity
@Table(name = "alerts", indexes = {
        @Index(name = "ix_alerts_mmsi", columnList = "mmsi"),
        @Index(name = "ix_alerts_timestamp", columnList = "timestamp"),
        @Index(name = "ix_alerts_type", columnList = "type"),
        @Index(name = "ix_alerts_severity", columnList = "severity"),
        @Index(name = "ix_alerts_mmsi_timestamp", columnList = "mmsi, timestamp"),
        @Index(name = "ix_alerts_type_timestamp", columnList = "type, timestamp"),
        @Index(name = "ix_alerts_severity_timestamp", columnList = "severity, timestamp")})
public class Alert {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mmsi", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private VesselLatest vessel;

    @Column(nullable = false, length = 50)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AlertSeverity severity;

    @Column(length = 1000)
    private String message;

    @Column(nullable = false)
    private LocalDateTime timestamp;

    @Column(nullable = false)
    private boolean acknowledged;
}
