package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.fixtures.autoid.Ticket;
import dev.retort.testing.Projects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AUTO ids on SQLite: Hibernate keeps the next value in a one-row table. The migration creates it with its
 * seed row, so the application can insert right after `upgrade head`.
 */
class AutoIdSequenceTest {
    @TempDir
    Path dir;

    @Test
    void hibernateCanInsertAfterUpgrade() throws Exception {
        RetortConfig config = Projects.sqlite(dir, Path.of("target/test-classes").toAbsolutePath(),
                "dev.retort.fixtures.autoid", Map.of());
        Retort retort = Projects.retort(config);
        var generated = retort.autogenerate("tickets");
        assertThat(Files.readString(generated.file().orElseThrow())).contains("op.createSequence(sequence(\"tickets_SEQ\"");
        retort.upgrade("head", line -> { });
        assertThat(retort.autogenerate("again").hasChanges()).isFalse();
        assertThat(retort.databaseModel().sequences()).extracting(s -> s.name()).containsExactly("tickets_SEQ");

        Configuration cfg = new Configuration().addAnnotatedClass(Ticket.class);
        cfg.setProperty("hibernate.connection.url", config.url().orElseThrow());
        cfg.setProperty("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
        cfg.setProperty("hibernate.hbm2ddl.auto", "validate");
        try (SessionFactory sf = cfg.buildSessionFactory()) {
            sf.inTransaction(session -> {
                Ticket a = new Ticket();
                a.title = "first";
                Ticket b = new Ticket();
                b.title = "second";
                session.persist(a);
                session.persist(b);
            });
            Long count = sf.fromSession(s -> s.createQuery("select count(t) from Ticket t", Long.class).getSingleResult());
            assertThat(count).isEqualTo(2);
        }
        retort.downgrade("base", line -> { });
        // what is left is Hibernate's own HTE_tickets helper table for bulk mutations, not Retort's
        assertThat(retort.databaseModel().tableNames()).doesNotContain("tickets");
        assertThat(retort.databaseModel().sequences()).isEmpty();
    }
}
