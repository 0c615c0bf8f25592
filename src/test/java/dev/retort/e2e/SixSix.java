package dev.retort.e2e;

import dev.retort.config.RetortConfig;
import dev.retort.testing.HibernateRelease;
import dev.retort.testing.HibernateValidation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Hibernate 6.6, what Spring Boot 3 applications run, on the entity class path next to the corpus classes (with its
 * community dialects and Spring Boot's naming strategies), as {@code mvn dependency:build-classpath} lists it for
 * such an application; and that release's own {@code create} and {@code validate}.
 */
final class SixSix implements HibernateJudge.Judge {
    static final SixSix JUDGE = new SixSix();
    static final HibernateRelease RELEASE = new HibernateRelease(HibernateRelease.HIBERNATE_6_6);

    private SixSix() {
    }

    @Override
    public List<Path> entityClasspath() throws IOException {
        return RELEASE.applicationClasspath(HibernateJudge.CLASSES);
    }

    @Override
    public String version() throws Exception {
        return RELEASE.version();
    }

    @Override
    public void create(String entityPackage, RetortConfig config, Map<String, String> hibernate) throws Exception {
        RELEASE.create(HibernateJudge.CLASSES, entityPackage, jdbcUrl(config), config.user().orElse(null),
                config.password().orElse(null), HibernateValidation.dialectOf(config), hibernate);
    }

    @Override
    public void validate(String entityPackage, RetortConfig config, Map<String, String> hibernate) throws Exception {
        RELEASE.validate(HibernateJudge.CLASSES, entityPackage, jdbcUrl(config), config.user().orElse(null),
                config.password().orElse(null), HibernateValidation.dialectOf(config), hibernate);
    }

    private static String jdbcUrl(RetortConfig config) {
        String url = config.url().orElseThrow();
        return url.startsWith("jdbc:") ? url : "jdbc:" + url;
    }
}
