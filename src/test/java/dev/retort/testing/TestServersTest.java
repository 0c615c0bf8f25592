package dev.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The server URLs a developer may put in RETORT_TEST_PG_URL or RETORT_TEST_MARIADB_URL. */
class TestServersTest {

    @Test
    void jdbcUrlsWithCredentialsAsParameters() {
        assertThat(TestServers.fromUrl("jdbc:postgresql://db:5433/app?user=u&password=p", "postgresql",
                "postgres|postgresql", "postgres", 5432, "V"))
                .isEqualTo(new TestServers.Endpoint("postgresql", "db", 5433, "u", "p", "V"));
        assertThat(TestServers.fromUrl("jdbc:mariadb://db/app?password=p", "mariadb", "mariadb|mysql", "root", 3306,
                "V")).isEqualTo(new TestServers.Endpoint("mariadb", "db", 3306, "root", "p", "V"));
    }

    @Test
    void libraryUrlsWithCredentialsBeforeTheHost() {
        assertThat(TestServers.fromUrl("postgresql+psycopg://u:p@db/app", "postgresql", "postgres|postgresql",
                "postgres", 5432, "V")).isEqualTo(new TestServers.Endpoint("postgresql", "db", 5432, "u", "p", "V"));
        assertThat(TestServers.fromUrl("postgres://u@db:1/app", "postgresql", "postgres|postgresql", "postgres",
                5432, "V")).isEqualTo(new TestServers.Endpoint("postgresql", "db", 1, "u", "", "V"));
        assertThat(TestServers.fromUrl("mysql+pymysql://u:p@db:3307/app", "mariadb", "mariadb|mysql", "root", 3306,
                "V")).isEqualTo(new TestServers.Endpoint("mariadb", "db", 3307, "u", "p", "V"));
        assertThat(TestServers.fromUrl("mysql+pymysql://u:p@db:3307/app", "mariadb", "mariadb|mysql", "root", 3306,
                "V").url("x")).isEqualTo("jdbc:mariadb://db:3307/x");
    }
}
