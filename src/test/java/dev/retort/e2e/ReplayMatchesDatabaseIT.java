package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.SchemaModel;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * {@link ReplayMatchesDatabaseCases} on a real PostgreSQL server, and what only PostgreSQL holds: GIN and partial
 * indexes, arrays, JSONB, checks, ON DELETE actions, and a second revision that alters types, defaults, an index
 * method and a foreign key.
 */
class ReplayMatchesDatabaseIT extends ReplayMatchesDatabaseCases {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    @Test
    void fleetSample() throws Exception {
        SchemaModel replayed = replaySample("dev.retort.sample.fleet");
        assertThat(replayed.tableNames()).hasSize(12);
        assertThat(replayed.table("incidents").orElseThrow().index("ix_incidents_open").orElseThrow().where()).isPresent();
    }

    @Test
    void postgresEvolution() throws Exception {
        SchemaModel replayed = evolve("dev.retort.fixtures.pgevolution.");
        assertThat(replayed.table("members").orElseThrow().index("ix_members_profile").orElseThrow().method()).isEqualTo("gin");
    }
}
