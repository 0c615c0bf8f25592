package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.testing.HibernateRelease;
import dev.retort.testing.HibernateValidation;
import dev.retort.testing.Projects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Spring Boot 3 applications run Hibernate 6.6, not the 7.x Retort bundles: the database Retort's migration makes
 * for each corpus group must pass 6.6's own {@code validate} as well as 7.x's.
 */
abstract class OtherHibernateRelease {
    static final HibernateRelease HIBERNATE_6_6 = new HibernateRelease(HibernateRelease.HIBERNATE_6_6);

    abstract RetortConfig project(Path dir, String entityPackage, Map<String, String> hibernate) throws IOException;

    void migratedSchemaPassesValidate(Path dir, String group) throws Exception {
        String entityPackage = HibernateJudge.CORPUS + group;
        Map<String, String> hibernate = HibernateJudge.properties(group);
        RetortConfig config = project(dir, entityPackage, hibernate);
        Retort retort = Projects.retort(config);
        assertThat(retort.autogenerate("initial schema").hasChanges()).isTrue();
        retort.upgrade("head", line -> { });
        String url = config.url().orElseThrow();
        HIBERNATE_6_6.validate(HibernateJudge.CLASSES, entityPackage, url.startsWith("jdbc:") ? url : "jdbc:" + url,
                config.user().orElse(null), config.password().orElse(null), HibernateValidation.dialectOf(config),
                hibernate);
    }

    /** The differences {@code check} finds on the database Hibernate 6.6's own create makes. */
    java.util.List<String> differencesFromSixSixCreate(Path dir, String group) throws Exception {
        String entityPackage = HibernateJudge.CORPUS + group;
        Map<String, String> hibernate = HibernateJudge.properties(group);
        RetortConfig config = project(dir, entityPackage, hibernate);
        String url = config.url().orElseThrow();
        HIBERNATE_6_6.create(HibernateJudge.CLASSES, entityPackage, url.startsWith("jdbc:") ? url : "jdbc:" + url,
                config.user().orElse(null), config.password().orElse(null), HibernateValidation.dialectOf(config),
                hibernate);
        return Projects.retort(config).check().differences().stream().map(dev.retort.app.Difference::message).toList();
    }
}
