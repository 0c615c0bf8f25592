package dev.retort.sample.fleet;

import dev.retort.annotations.IndexOptions;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** One radio transmission with its transcript and the entities recognised in it. */
@Entity
@Table(name = "transmissions", indexes = {
        @Index(name = "ix_transmissions_created_at", columnList = "createdAt"),
        @Index(name = "ix_transmissions_updated_at", columnList = "updatedAt"),
        @Index(name = "ix_transmissions_deleted_at", columnList = "deletedAt"),
        @Index(name = "ix_transmissions_channel_id_started_at", columnList = "channel_id, startedAt"),
        @Index(name = "ix_transmissions_entities", columnList = "entities")})
@IndexOptions(index = "ix_transmissions_entities", using = "gin")
public class Transmission extends Timestamped {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "channel_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private RadioChannel channel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sender_id")
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private User sender;

    @Column(nullable = false)
    private OffsetDateTime startedAt;

    private OffsetDateTime endedAt;

    @Column(columnDefinition = "text")
    private String transcript;

    @JdbcTypeCode(SqlTypes.JSON)
    private String entities;
}
