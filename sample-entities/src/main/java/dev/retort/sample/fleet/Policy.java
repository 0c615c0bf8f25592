package dev.retort.sample.fleet;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** A named, versioned set of dispatch rules; one name per organisation. */
@Entity
@Table(name = "policies",
        uniqueConstraints = @UniqueConstraint(name = "uq_policies_org_id_name", columnNames = {"org_id", "name"}),
        indexes = {
                @Index(name = "ix_policies_created_at", columnList = "createdAt"),
                @Index(name = "ix_policies_updated_at", columnList = "updatedAt"),
                @Index(name = "ix_policies_deleted_at", columnList = "deletedAt")})
public class Policy extends Timestamped {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "org_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Organization organization;

    @Column(nullable = false, length = 100)
    private String name;

    @JdbcTypeCode(SqlTypes.JSON)
    private String rules;

    @Column(nullable = false)
    private int version;
}
