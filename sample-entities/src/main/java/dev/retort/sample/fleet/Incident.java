package dev.retort.sample.fleet;

import dev.retort.annotations.IndexOptions;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** An incident being handled. */
@Entity
@Table(name = "incidents", indexes = {
        @Index(name = "ix_incidents_created_at", columnList = "createdAt"),
        @Index(name = "ix_incidents_updated_at", columnList = "updatedAt"),
        @Index(name = "ix_incidents_deleted_at", columnList = "deletedAt"),
        @Index(name = "ix_incidents_org_id_status", columnList = "org_id, status"),
        @Index(name = "ix_incidents_open", columnList = "status"),
        @Index(name = "ix_incidents_location", columnList = "location"),
        @Index(name = "ix_incidents_tags", columnList = "tags")})
@IndexOptions(index = "ix_incidents_location", using = "gin")
@IndexOptions(index = "ix_incidents_tags", using = "gin")
@IndexOptions(index = "ix_incidents_open", where = "deleted_at IS NULL")
public class Incident extends Timestamped {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "org_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Organization organization;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private short priority;

    @JdbcTypeCode(SqlTypes.JSON)
    private String location;

    private String[] tags;
}
