package dev.retort.sample.fleet;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** A crew working one asset. */
@Entity
@Table(name = "crews", indexes = {
        @Index(name = "ix_crews_created_at", columnList = "createdAt"),
        @Index(name = "ix_crews_updated_at", columnList = "updatedAt"),
        @Index(name = "ix_crews_deleted_at", columnList = "deletedAt")})
public class Crew extends Timestamped {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "org_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Organization organization;

    @Column(nullable = false, length = 100)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_id")
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private User lead;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "asset_id")
    private Asset asset;
}
