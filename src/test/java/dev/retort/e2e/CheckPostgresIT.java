package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.RetortCli;
import dev.retort.config.RetortConfig;
import dev.retort.testing.JavaSources;
import dev.retort.testing.Projects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code retort check} on a real PostgreSQL server with the fleet sample (JSONB, arrays, GIN and partial
 * indexes, checks, ON DELETE actions): no false drift after {@code upgrade head}, online or offline, and the
 * differences a hand-made change causes, in words (among them an ON UPDATE the entities cannot declare).
 */
class CheckPostgresIT {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RetortCli.commandLine(Map.of(), dir);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void fleetSample() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig config = Projects.postgres(dir, classes, "dev.retort.sample.fleet", Projects.SNAKE_CASE);
        Files.writeString(dir.resolve("retort.properties"), "url=" + config.url().orElseThrow() + "\nuser="
                + config.user().orElseThrow() + "\npassword=" + config.password().orElseThrow() + "\nclasspath=classes\n"
                + "entities=dev.retort.sample.fleet\nhibernate.physical_naming_strategy="
                + "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy\n");
        assertThat(run("autogenerate", "-m", "fleet").code()).isZero();
        assertThat(run("upgrade", "head").code()).isZero();

        Run online = run("check");
        assertThat(online.code()).as(online.out() + online.err()).isZero();
        Run offline = run("check", "--offline", "--format", "github");
        assertThat(offline.code()).as(offline.out() + offline.err()).isZero();
        assertThat(offline.out()).isEqualTo("::notice::No drift: the entities and the migrations (replayed offline) agree\n");

        try (Connection c = DriverManager.getConnection(config.url().orElseThrow(), config.user().orElseThrow(),
                config.password().orElseThrow()); Statement st = c.createStatement()) {
            st.execute("DROP TABLE audit_logs");
            st.execute("ALTER TABLE assets DROP CONSTRAINT fk_assets_org_id");
            st.execute("ALTER TABLE assets ADD CONSTRAINT fk_assets_org_id FOREIGN KEY (org_id) REFERENCES organizations (id)");
            st.execute("ALTER TABLE crews DROP CONSTRAINT fk_crews_org_id");
            st.execute("ALTER TABLE crews ADD CONSTRAINT fk_crews_org_id FOREIGN KEY (org_id) REFERENCES organizations (id)"
                    + " ON DELETE CASCADE ON UPDATE CASCADE");
            st.execute("DROP INDEX ix_users_roles");
            st.execute("CREATE INDEX ix_users_roles ON users (roles)");
            st.execute("ALTER TABLE users ALTER COLUMN email TYPE varchar(255), ALTER COLUMN email DROP NOT NULL");
        }

        Run drift = run("check");
        assertThat(drift.code()).as(drift.err()).isEqualTo(1);
        assertThat(drift.out().lines().toList()).containsExactly(
                "Schema drift: 5 differences between the entities and the database",
                "  table audit_logs: in the entities, not in the database",
                "  foreign key fk_assets_org_id on assets: entity says ON DELETE CASCADE, database has NO ACTION",
                "  foreign key fk_crews_org_id on crews: entity says ON UPDATE NO ACTION, database has CASCADE",
                "  index ix_users_roles on users: entity says (roles) using gin, database has (roles)",
                "  column users.email: entity says varchar(320) NOT NULL, database has varchar(255) NULL",
                "Write a migration for them with `retort autogenerate -m \"MESSAGE\"`, review it, then run `retort upgrade head`.");
        assertThat(drift.out() + drift.err()).doesNotContain(config.password().orElseThrow());

        Run json = run("check", "--format", "json");
        assertThat(json.code()).isEqualTo(1);
        assertThat(json.out()).contains("\"dialect\": \"postgresql\"", "\"kind\": \"foreign_key_differs\"",
                "\"kind\": \"index_differs\"", "\"aspects\": [\"type\", \"nullable\"]");

        // the database drifted, the migrations did not
        assertThat(run("check", "--offline").code()).isZero();
        List<String> github = run("check", "--format", "github").out().lines().toList();
        assertThat(github).filteredOn(l -> l.startsWith("::error title=Schema drift::")).hasSize(5);
    }
}
