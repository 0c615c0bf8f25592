package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.maven.MavenBuilds.Run;
import dev.retort.testing.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin in real Maven builds of a copy of {@code sample-entities}, driven by {@code docs/maven-plugin.md}: the
 * POM gets the plugin block the page shows, and the page's commands run as written. Maven reads the plugin and Retort
 * from the repository the build staged (target/it-repo), and everything else from the local repository.
 */
class MavenPluginIT {
    private static final Path ROOT = MavenBuilds.ROOT;
    private static final String DOC = "maven-plugin.md";

    @TempDir
    Path work;

    private Path app;
    private MavenBuilds maven;

    @BeforeEach
    void sampleProjectWithThePlugin() throws IOException {
        app = work.resolve("app");
        // the sample as a user checks it out: no build output, database or migrations
        MavenBuilds.copy(ROOT.resolve("sample-entities"), app,
                rel -> rel.startsWith("target") || rel.endsWith(".db") || rel.startsWith("migrations/"));
        String pom = Files.readString(app.resolve("pom.xml"));
        pom = pom.replace("    <plugins>\n", "    <plugins>\n" + MavenBuilds.block(DOC, "xml").indent(6));
        Files.writeString(app.resolve("pom.xml"), pom);
        // the page's `mvn`, with the sample's own tests (which need its database set up their way) left out
        maven = new MavenBuilds(work, "-Dretort.jar=" + ROOT.resolve("target/retort.jar") + " -DskipTests");
    }

    @Test
    void theDocumentedLoopRunsAndVerifyFailsOnDrift() throws Exception {
        assertThat(MavenBuilds.block(DOC, "xml"))
                .contains("<version>" + System.getProperty("retort.version") + "</version>");
        List<String> steps = MavenBuilds.blocks(DOC, "sh");
        assertThat(steps).hasSize(4);

        Run first = sh(steps.get(0), Map.of());
        assertThat(first.code()).as(first.output()).isZero();
        assertThat(first.output()).contains("retort-maven-plugin:0.1.0-SNAPSHOT:autogenerate")
                .contains("+ table alerts").contains("retort-maven-plugin:0.1.0-SNAPSHOT:check (default)")
                .contains("No drift: the entities and the database agree").contains("BUILD SUCCESS");
        String head = onlyMigration().getFileName().toString();
        assertThat(first.output()).containsPattern("\\[INFO\\] [0-9a-f]{12} \\(head\\)");
        assertThat(app.resolve("vessels.db")).exists();

        addAcknowledgedBy();
        Run drift = sh(steps.get(1), Map.of());
        assertThat(drift.code()).as(drift.output()).isNotZero();
        assertThat(drift.output()).contains("Schema drift: 1 difference between the entities and the database")
                .contains("alerts.acknowledged_by").contains("BUILD FAILURE")
                .contains("The entities and the database differ (listed above)")
                .doesNotContain("\tat dev.retort.").doesNotContain("Caused by");

        Run fixed = sh(steps.get(2), Map.of());
        assertThat(fixed.code()).as(fixed.output()).isZero();
        assertThat(fixed.output()).contains("No drift").contains("BUILD SUCCESS");
        assertThat(migrations()).hasSize(2).anyMatch(p -> p.getFileName().toString().contains("alert_acknowledged_by"))
                .anyMatch(p -> p.getFileName().toString().equals(head));

        Run review = sh(steps.get(3), Map.of());
        assertThat(review.code()).as(review.output()).isZero();
        String sql = Files.readString(app.resolve("target/retort/upgrade.sql"));
        assertThat(sql).contains("CREATE TABLE \"alerts\"").contains("ADD COLUMN \"acknowledged_by\"");
        assertThat(review.output()).contains("alert acknowledged by").contains("initial schema");
    }

    @Test
    void theUrlComesFromTheEnvironmentOrDotEnvAndTheSameMigrationsApplyOnPostgres() throws Exception {
        Run generated = sh("mvn -q compile retort:autogenerate -Dretort.message=\"initial schema\"", Map.of());
        assertThat(generated.code()).as(generated.output()).isZero();

        // .env beside retort.properties names another SQLite file; the environment beats .env
        Files.writeString(app.resolve(".env"), "DATABASE_URL=sqlite:///./from-dotenv.db\n");
        Run dotEnv = sh("mvn -q retort:upgrade", Map.of());
        assertThat(dotEnv.code()).as(dotEnv.output()).isZero();
        assertThat(app.resolve("from-dotenv.db")).exists();
        Run current = sh("mvn retort:current", Map.of());
        assertThat(current.output()).containsPattern("\\[INFO\\] [0-9a-f]{12} \\(head\\)");
        Run fromEnvironment = sh("mvn retort:current", Map.of("DATABASE_URL", "sqlite:///./vessels.db"));
        assertThat(fromEnvironment.output()).doesNotContainPattern("[0-9a-f]{12} \\(head\\)");

        PostgresServer.Database pg = PostgresServer.newDatabase();
        String url = pg.url() + "?user=" + pg.user() + "&password=" + pg.password();
        Run upgrade = sh("mvn retort:upgrade", Map.of("DATABASE_URL", url));
        assertThat(upgrade.code()).as(upgrade.output()).isZero();
        assertThat(upgrade.output()).doesNotContain("password=" + pg.password());
        Run check = sh("mvn verify", Map.of("DATABASE_URL", url));
        assertThat(check.code()).as(check.output()).isZero();
        assertThat(check.output()).contains("No drift: the entities and the database agree");
        try (Connection c = pg.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM alerts")) {
            assertThat(rs.next()).isTrue();
        }

        // <url> in the plugin's configuration beats both; a bad one fails the build with Retort's message only
        Run bad = sh("mvn retort:current -Dretort.url=jdbc:oracle:thin:@db:1521/app", Map.of("DATABASE_URL", url));
        assertThat(bad.code()).isNotZero();
        assertThat(bad.output()).contains("[ERROR]").contains("oracle")
                .doesNotContain("at dev.retort.");
    }

    @Test
    void inGitHubActionsDriftIsAnAnnotationAndCheckNeedsCompiledClasses() throws Exception {
        Run uncompiled = sh("mvn retort:check", Map.of());
        assertThat(uncompiled.code()).isNotZero();
        assertThat(uncompiled.output()).contains("which does not exist yet. Compile first: `mvn compile retort:check`");

        Run generated = sh("mvn -q compile retort:autogenerate -Dretort.message=\"initial schema\" retort:upgrade",
                Map.of());
        assertThat(generated.code()).as(generated.output()).isZero();
        addAcknowledgedBy();
        Run annotated = sh("mvn compile retort:check", Map.of("GITHUB_ACTIONS", "true"));
        assertThat(annotated.code()).isNotZero();
        // a workflow command starts its line: no [INFO] before it
        assertThat(annotated.output().lines().filter(l -> l.startsWith("::error ")).toList())
                .singleElement().asString().startsWith("::error title=Schema drift::").contains("acknowledged_by");

        Run warned = sh("mvn compile retort:check -Dretort.failOnDrift=false", Map.of());
        assertThat(warned.code()).as(warned.output()).isZero();
        assertThat(warned.output()).contains("[WARNING] The entities and the database differ");
    }

    // ---------------------------------------------------------------- helpers

    private void addAcknowledgedBy() throws IOException {
        Path alert = app.resolve("src/main/java/dev/retort/sample/vessels/Alert.java");
        String source = Files.readString(alert);
        int end = source.lastIndexOf('}');
        Files.writeString(alert, source.substring(0, end) + "\n    private String acknowledgedBy;\n}\n");
    }

    private Path onlyMigration() throws IOException {
        List<Path> all = migrations();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private List<Path> migrations() throws IOException {
        try (Stream<Path> files = Files.list(app.resolve("migrations"))) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private Run sh(String script, Map<String, String> env) throws Exception {
        return maven.sh(app, script, env);
    }
}
