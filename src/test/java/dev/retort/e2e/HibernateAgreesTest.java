package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.testing.JavaSources;
import dev.retort.testing.Projects;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After `upgrade head`, Hibernate's own schema validation accepts the database for the same entities. */
class HibernateAgreesTest {
    @TempDir
    Path dir;

    @Test
    void hibernateValidatesTheMigratedSchema() throws Exception {
        Path classes = JavaSources.sampleEntities(dir.resolve("classes"));
        RetortConfig config = Projects.sqlite(dir, classes, "dev.retort.sample.vessels", Projects.SNAKE_CASE);
        Retort retort = Projects.retort(config);
        retort.autogenerate("initial schema");
        retort.upgrade("head", line -> { });

        validate(classes, config.url().orElseThrow());

        // and the check is real: a missing column makes Hibernate refuse
        try (Connection c = DriverManager.getConnection(config.url().orElseThrow()); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE alerts DROP COLUMN acknowledged");
        }
        assertThatThrownBy(() -> validate(classes, config.url().orElseThrow()))
                .hasMessageContaining("acknowledged");
    }

    private static void validate(Path classes, String url) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                HibernateAgreesTest.class.getClassLoader())) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                Configuration cfg = new Configuration();
                try (ScanResult scan = new ClassGraph().overrideClassLoaders(loader).ignoreParentClassLoaders()
                        .enableAnnotationInfo().acceptPackages("dev.retort.sample.vessels").scan()) {
                    List<Class<?>> entities = scan.getClassesWithAnnotation("jakarta.persistence.Entity").loadClasses();
                    assertThat(entities).hasSize(3);
                    entities.forEach(cfg::addAnnotatedClass);
                }
                cfg.setProperty("hibernate.connection.url", url);
                cfg.setProperty("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
                cfg.setProperty("hibernate.hbm2ddl.auto", "validate");
                cfg.setProperty("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
                try (SessionFactory sf = cfg.buildSessionFactory()) {
                    assertThat(sf.isOpen()).isTrue();
                }
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }
}
