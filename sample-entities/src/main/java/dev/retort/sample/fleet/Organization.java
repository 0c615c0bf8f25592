package dev.retort.sample.fleet;

import dev.retort.annotations.IndexOptions;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.type.SqlTypes;

/** A customer organisation; everything else belongs to one. */
@Entity
@Table(name = "organizations", indexes = {
        @Index(name = "ix_organizations_created_at", columnList = "createdAt"),
        @Index(name = "ix_organizations_updated_at", columnList = "updatedAt"),
        @Index(name = "ix_organizations_deleted_at", columnList = "deletedAt"),
        @Index(name = "ix_organizations_metadata", columnList = "metadata")})
@IndexOptions(index = "ix_organizations_metadata", using = "gin")
public class Organization extends Timestamped {
    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, unique = true, length = 100)
    private String slug;

    @JdbcTypeCode(SqlTypes.JSON)
    private String metadata;
}
