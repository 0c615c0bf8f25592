package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.model.SchemaModel;
import dev.retort.testing.MigrationBodies;
import dev.retort.testing.Models;
import dev.retort.testing.Projects;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link EvolutionCases} on PostgreSQL, and v1 → v2 of a schema only PostgreSQL holds ({@code fixtures.pgevolution}):
 * type, nullability, default, index method and ON DELETE changes, and back.
 */
class PostgresEvolutionIT extends EvolutionCases {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    @Test
    void evolvesAndRestoresTheEarlierSchemaExactly() throws Exception {
        RetortConfig v1 = upgradedToV1("dev.retort.fixtures.pgevolution.");
        SchemaModel before = Projects.retort(v1).databaseModel();
        try (Connection c = TestDatabase.connect(v1); Statement st = c.createStatement()) {
            st.execute("INSERT INTO teams (name) VALUES ('red')");
            st.execute("INSERT INTO members (team_id, bio, score, role, nickname, profile)"
                    + " VALUES (1, 'hi', 7, 'captain', 'ace', '{\"a\": 1}')");
        }

        Retort r2 = Projects.retort(Projects.withEntities(v1, "dev.retort.fixtures.pgevolution.v2"));
        Results.Generated generated = r2.autogenerate("evolve members");
        String source = Files.readString(generated.file().orElseThrow());
        assertThat(MigrationBodies.callsIn(source, "upgrade")).containsExactly(
                "op.dropForeignKey(\"members\"",
                "op.dropIndex(\"members\"",
                "op.alterColumn(\"members\"",
                "op.alterColumn(\"members\"",
                "op.alterColumn(\"members\"",
                "op.alterColumn(\"members\"",
                "op.createIndex(\"members\"",
                "op.addForeignKey(\"members\"");
        assertThat(source).contains(".using(\"gin\")", ".onDelete(CASCADE)", "defaultValue(\"'player'\")");

        upgradeConverges(r2);
        try (Connection c = TestDatabase.connect(v1); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT am.amname FROM pg_class i JOIN pg_am am ON am.oid = i.relam"
                     + " WHERE i.relname = 'ix_members_profile'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("gin");
        }
        try (Connection c = TestDatabase.connect(v1); Statement st = c.createStatement()) {
            st.execute("DELETE FROM teams WHERE name = 'red'");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM members")) {
                rs.next();
                assertThat(rs.getInt(1)).as("ON DELETE CASCADE removed the member").isZero();
            }
            st.execute("INSERT INTO teams (id, name) VALUES (1, 'red')");
            st.execute("INSERT INTO members (team_id, bio, score, nickname) VALUES (1, 'back', 3, 'ace')");
        }

        r2.downgrade("-1", line -> { });
        assertThat(Models.ignoringColumnOrder(r2.databaseModel())).isEqualTo(Models.ignoringColumnOrder(before));
        try (Connection c = TestDatabase.connect(v1); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT bio, score, role, nickname FROM members")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
            }
            assertThat(rows).containsExactly("back|3|player|ace");
        }
    }
}
