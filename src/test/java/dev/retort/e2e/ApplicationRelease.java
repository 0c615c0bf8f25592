package dev.retort.e2e;

import dev.retort.config.RetortConfig;
import dev.retort.testing.HibernateRelease;
import dev.retort.testing.HibernateValidation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Another Hibernate release than Retort's bundled one on the entity class path, next to the corpus classes (with its
 * community dialects and Spring Boot's naming strategies), as {@code mvn dependency:build-classpath} lists it for an
 * application on that release; and that release's own {@code create} and {@code validate}, which judge.
 */
final class ApplicationRelease implements HibernateJudge.Judge {
    /** What Spring Boot 3 applications run. */
    static final ApplicationRelease SIX_SIX = new ApplicationRelease(HibernateRelease.HIBERNATE_6_6);
    /** What Spring Boot 4.0 applications run. */
    static final ApplicationRelease SEVEN_TWO = new ApplicationRelease(HibernateRelease.HIBERNATE_7_2);

    final HibernateRelease release;

    private ApplicationRelease(Path jars) {
        this.release = new HibernateRelease(jars);
    }

    @Override
    public List<Path> entityClasspath() throws IOException {
        return release.applicationClasspath(HibernateJudge.CLASSES);
    }

    @Override
    public String version() throws Exception {
        return release.version();
    }

    @Override
    public void create(String entityPackage, RetortConfig config, Map<String, String> hibernate) throws Exception {
        release.create(HibernateJudge.CLASSES, entityPackage, jdbcUrl(config), config.user().orElse(null),
                config.password().orElse(null), HibernateValidation.dialectOf(config), hibernate);
    }

    @Override
    public void validate(String entityPackage, RetortConfig config, Map<String, String> hibernate) throws Exception {
        release.validate(HibernateJudge.CLASSES, entityPackage, jdbcUrl(config), config.user().orElse(null),
                config.password().orElse(null), HibernateValidation.dialectOf(config), hibernate);
    }

    private static String jdbcUrl(RetortConfig config) {
        String url = config.url().orElseThrow();
        return url.startsWith("jdbc:") ? url : "jdbc:" + url;
    }
}
