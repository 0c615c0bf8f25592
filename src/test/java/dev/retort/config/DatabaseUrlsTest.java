package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** URL forms users paste, and every place a password can sit in one. */
class DatabaseUrlsTest {
    private static final Path DIR = Path.of("/project");

    @Test
    void schemesAreReadInAnyCaseAndJdbcUrlsGiveUpTheirCredentials() {
        DatabaseUrls.Parsed upper = DatabaseUrls.parse("POSTGRESQL://app:pw@db.example:5433/shop", DIR);
        assertThat(upper.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/shop");
        assertThat(upper.user()).contains("app");
        assertThat(upper.password()).contains("pw");
        DatabaseUrls.Parsed jdbc = DatabaseUrls.parse("jdbc:postgresql://app:p%40ss@h/db", DIR);
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db");
        assertThat(jdbc.password()).contains("p@ss");
        assertThat(DatabaseUrls.parse("jdbc:postgresql://h/db?sslmode=require", DIR))
                .isEqualTo(new DatabaseUrls.Parsed("jdbc:postgresql://h/db?sslmode=require", Optional.empty(),
                        Optional.empty()));
        assertThat(DatabaseUrls.parse("JDBC:SQLITE:app.db", DIR).jdbcUrl()).isEqualTo("jdbc:sqlite:/project/app.db");
        // an @ in a parameter is not the end of credentials
        assertThat(DatabaseUrls.parse("jdbc:postgresql://h/db?user=a@b", DIR).jdbcUrl())
                .isEqualTo("jdbc:postgresql://h/db?user=a@b");
    }

    @Test
    void everySqlAlchemyDriverSuffixNamesItsDatabase() {
        for (String driver : List.of("", "+pysqlite", "+aiosqlite", "+pysqlcipher")) {
            assertThat(DatabaseUrls.parse("sqlite" + driver + ":///./app.db", DIR).jdbcUrl()).as(driver)
                    .isEqualTo("jdbc:sqlite:/project/app.db");
        }
        assertThat(DatabaseUrls.parse("sqlite+aiosqlite:////var/data/app.db", DIR).jdbcUrl())
                .isEqualTo("jdbc:sqlite:/var/data/app.db");
        for (String driver : List.of("", "+psycopg", "+psycopg2", "+psycopg2cffi", "+pg8000", "+asyncpg",
                "+pypostgresql", "+psycopg_async")) {
            DatabaseUrls.Parsed pg = DatabaseUrls.parse("postgresql" + driver + "://app:pw@db:5432/shop", DIR);
            assertThat(pg.jdbcUrl()).as(driver).isEqualTo("jdbc:postgresql://db:5432/shop");
            assertThat(pg.user()).contains("app");
            assertThat(pg.password()).contains("pw");
            assertThat(DatabaseUrls.redact("postgresql" + driver + "://app:pw@db/shop")).doesNotContain("pw");
        }
    }

    @Test
    void mariaDbAndMySqlUrlsBecomeMariaDbsJdbcUrlWithoutTheirCredentials() {
        for (String scheme : List.of("jdbc:mariadb", "mariadb", "MARIADB", "mysql", "mysql+pymysql", "mysql+mysqldb",
                "mariadb+mariadbconnector", "jdbc:mysql")) {
            DatabaseUrls.Parsed p = DatabaseUrls.parse(scheme + "://app:p%40ss@db.example:3307/shop?useSsl=true", DIR);
            assertThat(p.jdbcUrl()).as(scheme).isEqualTo("jdbc:mariadb://db.example:3307/shop?useSsl=true");
            assertThat(p.user()).as(scheme).contains("app");
            assertThat(p.password()).as(scheme).contains("p@ss");
            assertThat(DatabaseUrls.redact(scheme + "://app:s3cret@db/shop")).as(scheme).doesNotContain("s3cret");
        }
        assertThat(DatabaseUrls.parse("jdbc:mariadb://h/db", DIR))
                .isEqualTo(new DatabaseUrls.Parsed("jdbc:mariadb://h/db", Optional.empty(), Optional.empty()));
        assertThatThrownBy(() -> DatabaseUrls.parse("oracle://u:s3cret@h/db", DIR))
                .hasMessageContaining("mariadb://").hasMessageContaining("mysql://").hasMessageNotContaining("s3cret");
    }

    @Test
    void redactionFindsThePasswordInAnySchemeAndSpelling() {
        for (String url : List.of("jdbc:mysql://u:s3/c@ret@h:1/db", "MYSQL://u:s3/c@ret@h/db",
                "Postgres://u:s3/c@ret@h/db", "jdbc:postgresql://h/db?user=u&password=s3/c@ret",
                "jdbc:postgresql://h/db;PASSWORD=s3/c@ret")) {
            assertThat(DatabaseUrls.redact(url)).as(url).doesNotContain("s3/c").doesNotContain("c@ret")
                    .contains("***");
            assertThat(DatabaseUrls.passwordsIn(url)).as(url).contains("s3/c@ret");
        }
        assertThat(DatabaseUrls.redact("postgresql://u:s3cret@h/db")).isEqualTo("postgresql://u:***@h/db");
        assertThat(DatabaseUrls.redact("jdbc:postgresql://h:5432/db")).isEqualTo("jdbc:postgresql://h:5432/db");
        assertThat(DatabaseUrls.passwordsIn("postgresql://u:p%2Fw@h/db")).contains("p%2Fw", "p/w");
    }

    @Test
    void secretsLeaveTextWhereverTheyAppearAndTheRestStays() {
        String message = "FATAL: cannot connect to jdbc:postgresql://h:1/db?password=hunter2&user=u (hunter2);"
                + " see postgresql://u:other@h/db";
        assertThat(Secrets.redact(message, List.of("hunter2")))
                .isEqualTo("FATAL: cannot connect to jdbc:postgresql://h:1/db?password=***&user=u (***);"
                        + " see postgresql://u:***@h/db");
    }
}
