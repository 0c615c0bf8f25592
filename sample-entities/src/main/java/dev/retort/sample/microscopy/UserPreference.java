package dev.retort.sample.microscopy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A user's setting in the microscopy pipeline's UI; user 0 holds the defaults. */
@Entity
@Table(name = "user_preferences",
        uniqueConstraints = @UniqueConstraint(name = "uq_user_preferences_user_id_preference_key",
                columnNames = {"user_id", "preference_key"}),
        indexes = @Index(name = "ix_user_preferences_user_id", columnList = "userId"))
public class UserPreference {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(nullable = false)
    private Long userId;

    @Column(nullable = false, length = 255)
    private String preferenceKey;

    @JdbcTypeCode(SqlTypes.JSON)
    private String preferenceValue;
}
