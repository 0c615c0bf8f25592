package dev.retort.spring;

import dev.retort.app.Results;
import dev.retort.app.Retort;
import dev.retort.error.RetortException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the application's {@link DataSource} when the context starts, before anything that uses the database
 * (the JPA {@code EntityManagerFactory}, {@code JdbcTemplate}: Spring Boot's database-initialisation ordering, through
 * {@link RetortDatabaseInitializerDetector}). In validate-only mode it changes nothing and stops start-up unless the
 * database is at the target.
 */
public class RetortMigrationInitializer implements InitializingBean {
    private static final Log LOG = LogFactory.getLog(RetortMigrationInitializer.class);

    private final DataSource dataSource;
    private final RetortProperties properties;
    private final ClassLoader classLoader;

    public RetortMigrationInitializer(DataSource dataSource, RetortProperties properties, ClassLoader classLoader) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.classLoader = classLoader;
    }

    @Override
    public void afterPropertiesSet() {
        String packageName = properties.getMigrationsPackage();
        if (packageName == null || packageName.isBlank()) {
            throw new RetortStartupException("Retort has no migrations to apply: retort.migrations-package is not set.",
                    "Set retort.migrations-package to the package the migration classes are compiled into (the"
                            + " migrations_package they were generated with, e.g. com.acme.db.migrations), or set"
                            + " retort.enabled=false to start without Retort.", null);
        }
        Retort retort;
        try {
            retort = Retort.builder().dataSource(dataSource).migrationsPackage(packageName, classLoader)
                    .versionTable(properties.getVersionTable()).build();
            if (properties.isValidateOnly()) {
                validate(retort);
            } else {
                migrate(retort);
            }
        } catch (RetortException e) {
            throw new RetortStartupException("Retort could not " + (properties.isValidateOnly() ? "validate" : "migrate")
                    + " the database: " + e.getMessage(), "Fix what the message names and start again;"
                    + " retort.enabled=false starts the application without Retort.", e);
        }
    }

    private void migrate(Retort retort) {
        long start = System.nanoTime();
        Results.Migrated migrated = retort.upgrade(properties.getTarget(), line -> LOG.info("Retort: " + line.strip()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        String at = migrated.heads().isEmpty() ? "<base>" : String.join(", ", migrated.heads());
        if (migrated.applied().isEmpty()) {
            LOG.info("Retort: the database is at " + at + "; nothing to apply (" + millis + " ms)");
        } else {
            int n = migrated.applied().size();
            LOG.info("Retort: applied " + n + (n == 1 ? " migration" : " migrations") + " in " + millis
                    + " ms; the database is at " + at);
        }
    }

    private void validate(Retort retort) {
        Results.Current current = retort.current(true);
        Set<String> at = ids(current.revisions());
        Set<String> wanted = ids(retort.show(properties.getTarget()));
        StringBuilder problems = new StringBuilder();
        if (!at.equals(wanted)) {
            problems.append("the database is at ").append(at.isEmpty() ? "<base> (no revision)" : String.join(", ", at))
                    .append(", but the application's migrations are at ").append(String.join(", ", wanted))
                    .append(" (retort.target=").append(properties.getTarget()).append(")");
        }
        if (!current.edited().isEmpty()) {
            problems.append(problems.length() == 0 ? "" : "; and ").append("applied migrations were edited since they"
                    + " were applied: ").append(current.edited().stream().map(Results.RevisionInfo::id)
                    .collect(Collectors.joining(", ")));
        }
        if (problems.length() > 0) {
            throw new RetortStartupException("Retort (validate-only) found the database out of date: " + problems + ".",
                    "Apply the migrations before starting the application (`retort upgrade head`, or start once"
                            + " without retort.validate-only), or deploy the application whose migrations match"
                            + " the database.", null);
        }
        LOG.info("Retort: the database is at " + String.join(", ", at) + ", as the application expects");
    }

    private static Set<String> ids(List<Results.RevisionInfo> revisions) {
        return revisions.stream().map(Results.RevisionInfo::id).collect(Collectors.toCollection(TreeSet::new));
    }
}
