package dev.retort.sample.fleet;

import dev.retort.annotations.IndexOptions;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** A vehicle or piece of equipment. */
@Entity
@Table(name = "assets", indexes = {
        @Index(name = "ix_assets_created_at", columnList = "createdAt"),
        @Index(name = "ix_assets_updated_at", columnList = "updatedAt"),
        @Index(name = "ix_assets_deleted_at", columnList = "deletedAt"),
        @Index(name = "ix_assets_org_id_status", columnList = "org_id, status"),
        @Index(name = "ix_assets_type", columnList = "type"),
        @Index(name = "ix_assets_location", columnList = "location")})
@IndexOptions(index = "ix_assets_location", using = "gin")
public class Asset extends Timestamped {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "org_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Organization organization;

    @Column(nullable = false, length = 30)
    private String type;

    @Column(nullable = false, length = 50)
    private String callSign;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    private String location;
}
