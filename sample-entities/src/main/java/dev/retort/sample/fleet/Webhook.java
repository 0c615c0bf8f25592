package dev.retort.sample.fleet;

import dev.retort.annotations.IndexOptions;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** An outgoing webhook subscribed to some events. */
@Entity
@Table(name = "webhooks", indexes = {
        @Index(name = "ix_webhooks_created_at", columnList = "createdAt"),
        @Index(name = "ix_webhooks_updated_at", columnList = "updatedAt"),
        @Index(name = "ix_webhooks_deleted_at", columnList = "deletedAt"),
        @Index(name = "ix_webhooks_events", columnList = "events")})
@IndexOptions(index = "ix_webhooks_events", using = "gin")
public class Webhook extends Timestamped {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "org_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Organization organization;

    @Column(nullable = false, length = 2000)
    private String url;

    private String[] events;

    @Column(length = 200)
    private String secret;

    @Column(nullable = false)
    private boolean active;
}
