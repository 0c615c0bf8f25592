package dev.retort.sample.fleet;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** One item of a task's checklist. */
@Entity
@Table(name = "task_checklists", indexes = {
        @Index(name = "ix_task_checklists_created_at", columnList = "createdAt"),
        @Index(name = "ix_task_checklists_updated_at", columnList = "updatedAt"),
        @Index(name = "ix_task_checklists_deleted_at", columnList = "deletedAt")})
public class TaskChecklist extends Timestamped {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Task task;

    @Column(nullable = false, length = 500)
    private String item;

    @Column(nullable = false)
    private boolean done;

    @Column(nullable = false)
    private int position;
}
