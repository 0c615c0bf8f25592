package dev.retort.sample.fleet;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** A task of an incident, assigned to a user. */
@Entity
@Table(name = "tasks", indexes = {
        @Index(name = "ix_tasks_created_at", columnList = "createdAt"),
        @Index(name = "ix_tasks_updated_at", columnList = "updatedAt"),
        @Index(name = "ix_tasks_deleted_at", columnList = "deletedAt"),
        @Index(name = "ix_tasks_assignee_id_status", columnList = "assignee_id, status"),
        @Index(name = "ix_tasks_type", columnList = "type")})
public class Task extends Timestamped {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "incident_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Incident incident;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private User assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false, length = 30)
    private String type;

    private OffsetDateTime dueAt;
}
