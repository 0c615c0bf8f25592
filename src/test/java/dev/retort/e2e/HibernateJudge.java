package dev.retort.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.app.Difference;
import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.diff.DiffOptions;
import dev.retort.diff.SchemaDiffer;
import dev.retort.model.SchemaModel;
import dev.retort.ops.MigrationOp;
import dev.retort.testing.HibernateValidation;
import dev.retort.testing.Projects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Hibernate is the judge: for each group of the mapping corpus ({@code dev.retort.fixtures.corpus.*}, mappings
 * shaped like real projects), on one database,
 * <ol>
 *   <li>Hibernate's own {@code hbm2ddl create} makes a database, and {@code check} finds no difference between it
 *       and the entities: Retort derives what Hibernate creates, and adopting a {@code ddl-auto} database is free
 *       of spurious operations. Where Hibernate's DDL for a database leaves out what its own model holds (SQLite:
 *       foreign keys and table-level uniques), {@code check} reports exactly those, and an {@code autogenerate}
 *       plus {@code upgrade} adds them;</li>
 *   <li>Retort's initial migration, applied to an empty database, passes Hibernate's {@code validate}, and the
 *       two databases hold the same schema (tables, columns, types, nullability, primary keys in column order,
 *       uniques, indexes, foreign keys, sequences), compared by Retort's differ in both directions;</li>
 *   <li>a second {@code autogenerate} finds nothing.</li>
 * </ol>
 * The judge is Retort's bundled Hibernate here; {@link HibernateSixSixJudgeTest} and {@link HibernateSixSixJudgeIT}
 * put Hibernate 6.6 on the entity class path, as a Spring Boot 3 application has it, and judge with that release.
 */
abstract class HibernateJudge {
    static final Path CLASSES = Path.of("target/test-classes").toAbsolutePath();
    static final String CORPUS = "dev.retort.fixtures.corpus.";

    /** A project on a fresh database of the kind under test, in {@code dir}. */
    abstract RetortConfig project(Path dir, String entityPackage, Map<String, String> hibernate) throws IOException;

    /**
     * Whether {@code check} may report {@code difference} on the database Hibernate created: only what Hibernate's
     * DDL for this database leaves out of its own model. None by default.
     */
    boolean hibernateLeavesOut(String difference) {
        return false;
    }

    /** A Hibernate release that judges: what the entity class path holds, and that release's schema tool. */
    interface Judge {
        /** The entity class path Retort scans. */
        List<Path> entityClasspath() throws IOException;

        /** The release, which Retort must say read the entities. */
        String version() throws Exception;

        /** The release's {@code hbm2ddl create} on the project's database. */
        void create(String entityPackage, RetortConfig config, Map<String, String> hibernate) throws Exception;

        /** The release's {@code validate} on the project's database. */
        void validate(String entityPackage, RetortConfig config, Map<String, String> hibernate) throws Exception;
    }

    /** Retort's bundled release: the corpus classes alone on the entity class path. */
    static final Judge BUNDLED = new Judge() {
        @Override
        public List<Path> entityClasspath() {
            return List.of(CLASSES);
        }

        @Override
        public String version() {
            return dev.retort.scan.EntityScanner.bundledHibernateVersion();
        }

        @Override
        public void create(String entityPackage, RetortConfig config, Map<String, String> hibernate)
                throws Exception {
            HibernateValidation.create(CLASSES, entityPackage, config, HibernateValidation.dialectOf(config), hibernate);
        }

        @Override
        public void validate(String entityPackage, RetortConfig config, Map<String, String> hibernate)
                throws Exception {
            HibernateValidation.validate(CLASSES, entityPackage, config, HibernateValidation.dialectOf(config),
                    hibernate);
        }
    };

    /** Who judges; Retort's bundled release unless a subclass says otherwise. */
    Judge judge() {
        return BUNDLED;
    }

    /** A database's schema as the two databases are compared; as read, unless this database says otherwise. */
    SchemaModel comparable(SchemaModel model) {
        return model;
    }

    void judge(Path dir, String group) throws Exception {
        String entityPackage = CORPUS + group;
        Map<String, String> hibernate = properties(group);

        RetortConfig byHibernate = Projects.withClasspath(project(Files.createDirectories(dir.resolve("hibernate")),
                entityPackage, hibernate), judge().entityClasspath());
        judge().create(entityPackage, byHibernate, hibernate);
        Retort adopted = Projects.retort(byHibernate);
        List<String> differences = adopted.check().differences().stream().map(Difference::message).toList();
        assertThat(differences.stream().filter(d -> !hibernateLeavesOut(d)).toList())
                .as("check against the database Hibernate created for " + group).isEmpty();
        if (!differences.isEmpty()) {
            assertThat(adopted.autogenerate("what Hibernate left out").changes()).hasSameSizeAs(differences);
            adopted.upgrade("head", line -> { });
            assertThat(adopted.check().differences()).isEmpty();
        }

        RetortConfig byRetort = Projects.withClasspath(project(Files.createDirectories(dir.resolve("retort")),
                entityPackage, hibernate), judge().entityClasspath());
        Retort retort = Projects.retort(byRetort);
        Results.Generated initial = retort.autogenerate("initial schema");
        assertThat(initial.hasChanges()).isTrue();
        assertThat(Files.readString(initial.file().orElseThrow()))
                .contains("Entities read with: Hibernate ORM " + judge().version());
        retort.upgrade("head", line -> { });
        judge().validate(entityPackage, byRetort, hibernate);
        assertThat(retort.autogenerate("again").changes()).as("autogenerate after upgrade for " + group).isEmpty();

        SchemaModel hibernateMade = comparable(adopted.databaseModel());
        SchemaModel retortMade = comparable(retort.databaseModel());
        var can = dev.retort.dialect.Dialects.forJdbcUrl(byRetort.url().orElseThrow()).capabilities();
        DiffOptions options = new DiffOptions(can.identityIsIntegerAlias(), true, can.comments(),
                dev.retort.diff.RenameDecider.ACCEPT_ALL, java.util.Map.of(), true, dev.retort.model.NameMatching.EXACT,
                can.valueListLength());
        assertThat(describe(new SchemaDiffer(options).diff(hibernateMade, retortMade).ops()))
                .as("what Retort's migration made, turned into what Hibernate made, for " + group).isEmpty();
        assertThat(describe(new SchemaDiffer(options).diff(retortMade, hibernateMade).ops()))
                .as("what Hibernate made, turned into what Retort's migration made, for " + group).isEmpty();
    }

    private static List<String> describe(List<MigrationOp> ops) {
        return ops.stream().map(Object::toString).collect(Collectors.toList());
    }

    /** The group's {@code hibernate.*} settings, from {@code corpus/<group>.properties}. */
    static Map<String, String> properties(String group) throws IOException {
        Properties p = new Properties();
        try (InputStream in = HibernateJudge.class.getResourceAsStream("/corpus/" + group + ".properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        Map<String, String> map = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }
}
