package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.Table;
import dev.retort.testing.Sql;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RoundTripCases} on a real PostgreSQL server, and the fleet sample, whose GIN and partial indexes, JSONB
 * and arrays only PostgreSQL holds.
 */
class PostgresRoundTripIT extends RoundTripCases {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    /** Tables of the public schema but the version tables, sequences and enum types. */
    @Override
    List<String> objectsLeft(Connection c) throws SQLException {
        List<String> left = new ArrayList<>();
        left.addAll(Sql.rows(c, "SELECT 'table ' || tablename FROM pg_tables WHERE schemaname = 'public'"
                + " AND tablename NOT IN ('retort_version', 'retort_version_checksums')"));
        left.addAll(Sql.rows(c, "SELECT 'sequence ' || sequencename FROM pg_sequences WHERE schemaname = 'public'"));
        left.addAll(Sql.rows(c, "SELECT 'type ' || typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                + " WHERE n.nspname = 'public' AND t.typtype = 'e'"));
        return left;
    }

    @Test
    void fleetSample() throws Exception {
        Upgraded u = upgrade("dev.retort.sample.fleet");
        assertThat(u.live().tableNames()).hasSize(12);
        Table incidents = u.live().table("incidents").orElseThrow();
        assertThat(incidents.index("ix_incidents_location").orElseThrow().method()).isEqualTo("gin");
        assertThat(incidents.index("ix_incidents_tags").orElseThrow().method()).isEqualTo("gin");
        assertThat(incidents.index("ix_incidents_open").orElseThrow().where().map(String::toLowerCase))
                .contains("deleted_at is null");
        assertThat(u.live().table("users").orElseThrow().index("ix_users_roles").orElseThrow().method()).isEqualTo("gin");
        assertThat(u.source()).contains(".using(\"gin\")", "jsonb()", "array(varchar(255))", ".identity()");
        downgradeToBase(u);
    }
}
