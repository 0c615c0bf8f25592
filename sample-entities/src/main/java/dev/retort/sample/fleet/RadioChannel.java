package dev.retort.sample.fleet;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** A radio channel an organisation listens on. */
@Entity
@Table(name = "radio_channels", indexes = {
        @Index(name = "ix_radio_channels_created_at", columnList = "createdAt"),
        @Index(name = "ix_radio_channels_updated_at", columnList = "updatedAt"),
        @Index(name = "ix_radio_channels_deleted_at", columnList = "deletedAt"),
        @Index(name = "ix_radio_channels_type", columnList = "type")})
public class RadioChannel extends Timestamped {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "org_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Organization organization;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(precision = 9, scale = 4)
    private BigDecimal frequencyMhz;

    @Column(nullable = false, length = 30)
    private String type;
}
