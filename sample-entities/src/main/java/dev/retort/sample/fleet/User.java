package dev.retort.sample.fleet;

import dev.retort.annotations.IndexOptions;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** A dispatcher, responder or administrator. */
@Entity
@Table(name = "users", indexes = {
        @Index(name = "ix_users_created_at", columnList = "createdAt"),
        @Index(name = "ix_users_updated_at", columnList = "updatedAt"),
        @Index(name = "ix_users_deleted_at", columnList = "deletedAt"),
        @Index(name = "ix_users_org_id_status", columnList = "org_id, status"),
        @Index(name = "ix_users_status", columnList = "status"),
        @Index(name = "ix_users_roles", columnList = "roles")})
@IndexOptions(index = "ix_users_roles", using = "gin")
public class User extends Timestamped {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "org_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Organization organization;

    @Column(nullable = false, unique = true, length = 320)
    private String email;

    @Column(length = 200)
    private String displayName;

    private String[] roles;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;
}
