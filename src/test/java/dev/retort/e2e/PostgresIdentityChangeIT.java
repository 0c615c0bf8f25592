package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.model.SchemaModel;
import dev.retort.testing.Models;
import dev.retort.testing.Projects;
import dev.retort.testing.Sql;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * {@link IdentityChangeOnRows} on PostgreSQL, and the two ways a database made by hand generates ids without an
 * identity column, through the same loop: a {@code bigserial} key, and a key whose default is {@code nextval} of
 * a sequence it does not own. Their entities are those of the scenarios {@code x24_identity_removed} and
 * {@code x23_identity_added_to_key}.
 */
class PostgresIdentityChangeIT extends IdentityChangeOnRows {
    private static final String ASSIGNED = SCENARIOS + "x24_identity_removed.after";
    private static final String IDENTITY = SCENARIOS + "x23_identity_added_to_key.after";

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    @Test
    void aSerialKeyBecomesAssignedKeepingItsRowsAndLeavingNoSequenceBehind() throws Exception {
        RetortConfig config = project(dir, ASSIGNED);
        try (Connection c = TestDatabase.connect(config)) {
            Sql.exec(c, "CREATE TABLE t (id bigserial PRIMARY KEY, code varchar(20))",
                    "INSERT INTO t (code) VALUES ('a'), ('b'), ('c')");
            Retort retort = Projects.retort(config);
            SchemaModel before = retort.databaseModel();
            Results.Generated generated = retort.autogenerate("assigned ids");
            assertThat(generated.changes()).containsExactly("~ column t.id: bigint NOT NULL IDENTITY -> bigint NOT NULL");

            retort.upgrade("head", line -> { });
            assertThat(Projects.retort(config).autogenerate("again").changes()).as("convergence").isEmpty();
            assertThat(Sql.rows(c, "SELECT sequencename FROM pg_sequences")).as("the serial's sequence is gone").isEmpty();
            assertThat(Sql.rows(c, "SELECT column_default FROM information_schema.columns WHERE column_name = 'id'"))
                    .containsExactly("null");
            Sql.exec(c, "INSERT INTO t (id, code) VALUES (10, 'd')");
            assertThat(Sql.rows(c, "SELECT id, code FROM t ORDER BY id")).containsExactly("1|a", "2|b", "3|c", "10|d");
            assertThatThrownBy(() -> Sql.exec(c, "INSERT INTO t (code) VALUES ('e')")).hasMessageContaining("null value");

            // the downgrade makes it an identity, which reads the same as the serial it was
            Projects.retort(config).downgrade("-1", line -> { });
            assertThat(Models.ignoringColumnOrder(retort.databaseModel())).isEqualTo(Models.ignoringColumnOrder(before));
            Sql.exec(c, "INSERT INTO t (code) VALUES ('e')");
            assertThat(Sql.rows(c, "SELECT id FROM t WHERE code = 'e'")).containsExactly("11");
        }
    }

    @Test
    void aKeyDefaultingToItsOwnSequenceBecomesIdentityAndTheSequenceIsDroppedAfterTheDefault()
            throws Exception {
        RetortConfig config = project(dir, IDENTITY);
        try (Connection c = TestDatabase.connect(config)) {
            Sql.exec(c, "CREATE SEQUENCE t_seq",
                    "CREATE TABLE t (id bigint DEFAULT nextval('t_seq') PRIMARY KEY, code varchar(20))",
                    "INSERT INTO t (code) VALUES ('a'), ('b'), ('c')");
            Retort retort = Projects.retort(config);
            SchemaModel before = retort.databaseModel();
            Results.Generated generated = retort.autogenerate("identity");
            assertThat(generated.changes()).containsExactly(
                    "~ column t.id: bigint NOT NULL DEFAULT nextval('t_seq'::regclass) -> bigint NOT NULL IDENTITY",
                    "- sequence t_seq");

            retort.upgrade("head", line -> { });
            assertThat(Projects.retort(config).autogenerate("again").changes()).as("convergence").isEmpty();
            Sql.exec(c, "INSERT INTO t (code) VALUES ('d')");
            assertThat(Sql.rows(c, "SELECT id, code FROM t ORDER BY id")).containsExactly("1|a", "2|b", "3|c", "4|d");
            assertThat(Sql.rows(c, "SELECT sequencename FROM pg_sequences")).as("only the identity's own sequence")
                    .containsExactly("t_id_seq");

            // the sequence comes back before the default that uses it
            Projects.retort(config).downgrade("-1", line -> { });
            assertThat(Models.ignoringColumnOrder(retort.databaseModel())).isEqualTo(Models.ignoringColumnOrder(before));
            assertThat(Sql.rows(c, "SELECT id, code FROM t ORDER BY id")).containsExactly("1|a", "2|b", "3|c", "4|d");
        }
    }
}
