package dev.retort.sample.fleet;

import dev.retort.annotations.IndexOptions;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** Who did what, when. */
@Entity
@Table(name = "audit_logs", indexes = {
        @Index(name = "ix_audit_logs_created_at", columnList = "createdAt"),
        @Index(name = "ix_audit_logs_updated_at", columnList = "updatedAt"),
        @Index(name = "ix_audit_logs_deleted_at", columnList = "deletedAt"),
        @Index(name = "ix_audit_logs_action", columnList = "action"),
        @Index(name = "ix_audit_logs_metadata", columnList = "metadata")})
@IndexOptions(index = "ix_audit_logs_metadata", using = "gin")
public class AuditLog extends Timestamped {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "org_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private User actor;

    @Column(nullable = false, length = 100)
    private String action;

    @JdbcTypeCode(SqlTypes.JSON)
    private String metadata;
}
