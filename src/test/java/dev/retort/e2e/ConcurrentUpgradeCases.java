package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runners on one database at once apply every migration exactly once: they take a lock (a SQLite immediate
 * transaction, a PostgreSQL advisory lock, MariaDB's {@code GET_LOCK}) and re-read the version table under it. Each
 * database runs it in a subclass ({@link ConcurrentUpgradeTest}, {@link ConcurrentUpgradeIT},
 * {@link MariaDbConcurrentUpgradeIT}).
 */
abstract class ConcurrentUpgradeCases {
    @TempDir
    Path dir;

    /** The database the cases run on. */
    abstract TestDatabase database();

    /**
     * What a runner says before it runs a migration: nothing, unless the database has something to warn about
     * (MariaDB: it cannot roll back DDL).
     */
    List<String> upgradeNotes() {
        return List.of();
    }

    @Test
    void twoRunnersApplyEachMigrationOnce() throws Exception {
        RetortConfig config = database().project(dir, dir, "none", Map.of());
        String parent = "";
        for (int i = 1; i <= 6; i++) {
            String id = String.format("%012d", i);
            Files.writeString(config.migrationsDir().resolve("M" + i + ".java"), "import static dev.retort.migration.Schema.*;\n"
                    + "import dev.retort.migration.*;\n"
                    + "@Revision(id = \"" + id + "\", revises = {" + (parent.isEmpty() ? "" : "\"" + parent + "\"") + "},"
                    + " message = \"step " + i + "\")\n"
                    + "public final class M" + i + " implements Migration {\n"
                    + "    public void upgrade(Operations op) {\n"
                    + "        op.createTable(\"t" + i + "\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));\n"
                    + "        op.execute(\"INSERT INTO applied (step) VALUES (" + i + ")\");\n"
                    + "    }\n"
                    + "    public void downgrade(Operations op) {\n"
                    + "        op.dropTable(\"t" + i + "\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));\n"
                    + "    }\n}\n");
            parent = id;
        }
        try (Connection c = TestDatabase.connect(config); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE applied (step integer)");
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> runs = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            Retort retort = new Retort(config);
            runs.add(pool.submit(() -> {
                start.await();
                return retort.upgrade("head", lines::add);
            }));
        }
        start.countDown();
        for (Future<?> f : runs) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        try (Connection c = TestDatabase.connect(config); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT step, count(*) FROM applied GROUP BY step ORDER BY step")) {
            List<String> counts = new ArrayList<>();
            while (rs.next()) {
                counts.add(rs.getInt(1) + ":" + rs.getInt(2));
            }
            assertThat(counts).containsExactly("1:1", "2:1", "3:1", "4:1", "5:1", "6:1");
        }
        // each migration ran once; a runner that had to wait says so once, on PostgreSQL and MariaDB
        List<String> notes = upgradeNotes();
        assertThat(lines).filteredOn(l -> l.startsWith("Running upgrade")).hasSize(6);
        assertThat(lines).filteredOn(l -> !l.startsWith("Running upgrade") && !notes.contains(l))
                .allMatch(l -> l.startsWith("Waiting for another runner")).hasSizeLessThanOrEqualTo(1);
        assertThat(lines).containsAll(notes);
        assertThat(new Retort(config).current().revisions()).extracting(r -> r.id()).containsExactly("000000000006");
    }
}
