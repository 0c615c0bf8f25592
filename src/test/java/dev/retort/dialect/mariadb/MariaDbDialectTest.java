package dev.retort.dialect.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialects;
import dev.retort.dialect.SqlDialect;
import dev.retort.model.NameMatching;
import org.junit.jupiter.api.Test;

/** MariaDB's SQL as text: registration, quoting, the version table and the migration lock. */
class MariaDbDialectTest {
    private final SqlDialect dialect = new MariaDbDialect();

    @Test
    void mariaDbAndMySqlUrlsAndNamesSelectTheDialect() {
        assertThat(Dialects.forJdbcUrl("jdbc:mariadb://h:3306/app").name()).isEqualTo("mariadb");
        assertThat(Dialects.forJdbcUrl("jdbc:mysql://h/app").name()).isEqualTo("mariadb");
        assertThat(Dialects.forName("MariaDB").hibernateDialect()).isEqualTo("org.hibernate.dialect.MariaDBDialect");
        assertThat(Dialects.forName("mysql")).isSameAs(Dialects.forName("mariadb"));
    }

    @Test
    void namesAreInBackticksAsWrittenAndMatchedWithoutCase() {
        assertThat(dialect.quote("X_PORTAL_USER")).isEqualTo("`X_PORTAL_USER`");
        assertThat(dialect.quote("\"MixedCase\"")).isEqualTo("`MixedCase`");
        assertThat(dialect.quote("odd`name")).isEqualTo("`odd``name`");
        assertThat(dialect.capabilities().names()).isEqualTo(NameMatching.IGNORES_CASE);
        assertThat(dialect.capabilities().transactionalDdl()).isFalse();
        assertThat(dialect.capabilities().enumTypes()).isFalse();
    }

    @Test
    void versionTableAndNamedLockOfTheConnectionsDatabase() {
        assertThat(dialect.createVersionTable("retort_version")).isEqualTo(
                "CREATE TABLE IF NOT EXISTS `retort_version` (version_num varchar(32) NOT NULL PRIMARY KEY)");
        String name = "CONCAT('retort_', DATABASE(), '.', 'retort_version')";
        assertThat(dialect.tryLockStatement("retort_version"))
                .contains("SELECT COALESCE(GET_LOCK(" + name + ", 0), 0) = 1");
        assertThat(dialect.lockStatement("retort_version")).contains("SELECT GET_LOCK(" + name + ", -1)");
        assertThat(dialect.unlockStatement("retort_version")).contains("SELECT RELEASE_LOCK(" + name + ")");
        assertThat(dialect.lockHolderQuery("retort_version").orElseThrow()).contains("IS_USED_LOCK(" + name + ")");
        assertThat(dialect.literal("it's a\\b")).isEqualTo("'it''s a\\\\b'");
    }
}
