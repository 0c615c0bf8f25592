package dev.retort.app;

import dev.retort.annotations.Internal;
import dev.retort.annotations.PublicApi;
import dev.retort.config.DatabaseUrls;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.SqlDialect;
import dev.retort.diff.RenameDecider;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.SchemaModel;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Retort's façade: one method per verb, each a straight call chain over scan, introspect, diff, render and run.
 *
 * <pre>{@code
 * RetortConfig config = ConfigLoader.load(ConfigOverrides.none(), System.getenv(), Path.of("."));
 * Retort retort = new Retort(config);
 * retort.upgrade("head", System.out::println);
 * }</pre>
 */
@PublicApi
public final class Retort {
    private final RetortConfig config;
    private final Project project;
    private final Migrator migrator;
    private final Generator generator;
    private final HistoryReader history;

    @Internal
    public Retort(RetortConfig config) {
        this(config, Clock.systemUTC(), Retort::randomRevisionId);
    }

    @Internal
    public Retort(RetortConfig config, Clock clock, Supplier<String> revisionIds) {
        this(new Project(config), clock, revisionIds);
    }

    private Retort(Project project, Clock clock, Supplier<String> revisionIds) {
        this(project, new Generator(project, Objects.requireNonNull(clock), Objects.requireNonNull(revisionIds)));
    }

    private Retort(Project project, Generator generator) {
        this.config = project.config();
        this.project = project;
        this.migrator = new Migrator(project);
        this.generator = generator;
        this.history = new HistoryReader(project);
    }

    /**
     * This Retort, except that {@code autogenerate} (also offline, and {@code revision} with autogenerate) asks
     * {@code decider} about each rename candidate instead of following {@code detect_renames}; renames a
     * {@linkplain RenameDecider#confirms() confirming} decider accepts are marked confirmed in the migration.
     * The decider is asked while the entities are compared, before anything is written.
     *
     * <pre>{@code
     * Retort asking = retort.withRenameDecider(candidate -> candidate.kind() == RenameCandidate.Kind.COLUMN);
     * asking.autogenerate("rename columns, recreate tables");
     * }</pre>
     */
    @Internal
    public Retort withRenameDecider(RenameDecider decider) {
        return new Retort(project, generator.withRenames(decider));
    }

    /**
     * This Retort, except that the next revision it writes gets the id {@code id} instead of a random one, as
     * Alembic's {@code --rev-id}: letters, digits and {@code _} ({@link dev.retort.migration.RevisionId}).
     */
    public Retort withRevisionId(String id) {
        if (!dev.retort.migration.RevisionId.isValid(id)) {
            throw new RetortException(ErrorCode.USAGE, "'" + id + "' is not a revision id: an id is "
                    + dev.retort.migration.RevisionId.RULE + "; choose another --rev-id, or leave it out for a"
                    + " random one");
        }
        return new Retort(project, generator.withRevisionId(id));
    }

    /**
     * Configures Retort from code, for an application that migrates its database at start-up or a test that
     * fails the build on drift.
     *
     * <pre>{@code
     * Retort retort = Retort.builder()
     *         .dataSource(dataSource)
     *         .migrationsPackage("com.acme.db.migrations")   // compiled with the application
     *         .build();
     * retort.upgrade("head");
     * }</pre>
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Applies migrations up to {@code target}, quietly; see {@link #upgrade(String, Consumer)}. */
    public Results.Migrated upgrade(String target) {
        return upgrade(target, line -> { });
    }

    /** Reverts migrations down to {@code target}, quietly. */
    public Results.Migrated downgrade(String target) {
        return downgrade(target, line -> { });
    }

    @Internal
    public RetortConfig config() {
        return config;
    }

    /**
     * Where this Retort's commands spent their time so far, one {@code phase N ms} line per phase (scan (ClassGraph),
     * metamodel (Hibernate), migrations (load, compile), introspection, replay, diff, render), as {@code --verbose}
     * prints them.
     */
    public List<String> timings() {
        return project.timings.lines();
    }

    /**
     * What the commands run so far said about where their settings came from, each once: the Spring Boot files
     * read, the class path Maven gave.
     */
    public List<String> notices() {
        return project.notices();
    }

    /** The release of Hibernate ORM bundled with Retort, e.g. {@code 7.4.5.Final}. */
    public static String bundledHibernateVersion() {
        return dev.retort.scan.EntityScanner.bundledHibernateVersion();
    }

    /** A fresh 12-hex-digit revision id. */
    public static String randomRevisionId() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    // ---------------------------------------------------------------- verbs

    /** Diffs the entities against the database and writes a migration, or reports no change. */
    public Results.Generated autogenerate(String message) {
        return generator.autogenerate(message);
    }

    /**
     * {@link #autogenerate} without a database: the entities are compared with the schema the migrations produce
     * ({@link #replay()}); the URL, when configured, only names the dialect (SQLite's rules otherwise).
     */
    public Results.Generated autogenerateOffline(String message) {
        return generator.autogenerateOffline(message);
    }

    /**
     * Compares the entities with the live database, writing nothing; the database need not be at head (a note
     * says so). {@link Results.Checked#inSync()} is what {@code retort check} turns into its exit status.
     *
     * <pre>{@code
     * Results.Checked checked = new Retort(config).check();
     * checked.differences().forEach(d -> System.out.println(d.message()));
     * }</pre>
     */
    public Results.Checked check() {
        return new Checker(project).check();
    }

    /**
     * {@link #check()} without a database: the entities are compared with the schema the migrations produce
     * ({@link #replay()}); the URL, when configured, only names the dialect (SQLite's rules otherwise).
     */
    public Results.Checked checkOffline() {
        return new Checker(project).checkOffline();
    }

    /** An empty migration for hand-written changes, or {@link #autogenerate} when asked. */
    public Results.Generated revision(String message, boolean autogenerate) {
        return generator.revision(message, autogenerate, RevisionOptions.DEFAULT);
    }

    /**
     * A new migration placed in the graph as {@code options} says: after a chosen head ({@code --head}), from
     * any revision ({@code --splice}), as a new base ({@code --head base}), with branch labels.
     */
    @Internal
    public Results.Generated revision(String message, boolean autogenerate, RevisionOptions options) {
        return generator.revision(message, autogenerate, options);
    }

    /**
     * An empty merge revision joining heads: {@code revisions} are heads (ids, prefixes, labels,
     * {@code LABEL@head}) or {@code heads} for all of them; at least two.
     */
    public Results.Generated merge(List<String> revisions, String message, List<String> branchLabels) {
        return generator.merge(revisions, message, branchLabels);
    }

    /**
     * Applies migrations up to {@code target}, one line per migration to {@code progress}. Refuses, changing nothing,
     * when an applied migration was edited after it was applied (its checksum changed); see
     * {@link #upgrade(String, boolean, Consumer)}.
     */
    public Results.Migrated upgrade(String target, Consumer<String> progress) {
        return migrator.migrate(target, true, false, progress);
    }

    /**
     * As {@link #upgrade(String, Consumer)}; with {@code allowEdited}, an applied migration edited since it was
     * applied is accepted: its new checksum is recorded, and the upgrade goes on ({@code upgrade --allow-edited}).
     */
    public Results.Migrated upgrade(String target, boolean allowEdited, Consumer<String> progress) {
        return migrator.migrate(target, true, allowEdited, progress);
    }

    public Results.Migrated downgrade(String target, Consumer<String> progress) {
        return migrator.migrate(target, false, false, progress);
    }

    /**
     * The SQL that {@code upgrade} would run, without touching a database (the URL only names the dialect).
     *
     * @param range {@code TARGET} (from base) or {@code START:TARGET}
     */
    public String upgradeSql(String range) {
        return new OfflineScript(project).script(range, true);
    }

    /** The SQL that {@code downgrade} would run from {@code START} to {@code TARGET} ({@code range = START:TARGET}). */
    public String downgradeSql(String range) {
        return new OfflineScript(project).script(range, false);
    }

    /**
     * Records {@code target} as the database's revision without running any migration, for a schema
     * created outside Retort ({@code stamp head}) or to repair the version table.
     */
    public Results.Migrated stamp(String target) {
        return migrator.stamp(target);
    }

    /** The revisions the database is at (their checksums not compared; see {@link #current(boolean)}). */
    public Results.Current current() {
        return history.current(false);
    }

    /**
     * The revisions the database is at; with {@code checksums}, each one's checksum state and the applied migrations
     * edited since they were applied ({@code current --verbose}).
     */
    public Results.Current current(boolean checksums) {
        return history.current(checksums);
    }

    /** Every revision, newest first. */
    public List<Results.RevisionInfo> history() {
        return history.history(null, false);
    }

    /**
     * The revisions of a range, newest first: {@code START:END}, {@code -N:} (the N newest), {@code REV:},
     * {@code :REV}, {@code base:head}, {@code current:}; {@code null} for all. {@code indicateCurrent} reads the
     * database to mark the revisions it is at (so does a range naming {@code current}).
     */
    public List<Results.RevisionInfo> history(String range, boolean indicateCurrent) {
        return history.history(range, indicateCurrent);
    }

    public List<Results.RevisionInfo> heads() {
        return history.heads();
    }

    /** The branch points, newest first, each with the revisions that revise it. */
    public List<Results.Branch> branches() {
        return history.branches();
    }

    /** What revision {@code revisionId}'s upgrade does, one line per operation ({@code + table users}). */
    public List<String> changes(String revisionId) {
        return history.changes(revisionId);
    }

    /** The revision(s) {@code spec} names (an id, a prefix, a label, head, heads, LABEL@head, REV-N). */
    public List<Results.RevisionInfo> show(String spec) {
        return history.show(spec);
    }

    /**
     * A Mermaid ER diagram ({@code erDiagram}) of the schema at revision {@code spec} (its migrations replayed, no
     * database), to paste into a pull request; raw SQL is left out, and a {@code %%} comment line says so.
     */
    public String erDiagram(String spec) {
        List<String> notes = new java.util.ArrayList<>();
        SchemaModel schema = history.schemaAt(spec, notes);
        String diagram = dev.retort.render.MermaidErDiagram.render(schema);
        int afterHeader = diagram.indexOf('\n') + 1;
        StringBuilder b = new StringBuilder(diagram.substring(0, afterHeader));
        notes.forEach(n -> b.append("    %% note: ").append(n.replace('\n', ' ')).append('\n'));
        return b.append(diagram.substring(afterHeader)).toString();
    }

    /** The schema the entities describe, as Retort sees it for the configured database. */
    public SchemaModel entityModel() {
        return project.entities(project.dialect());
    }

    /** The live schema, without Retort's version table. */
    public SchemaModel databaseModel() {
        SqlDialect dialect = project.dialect();
        Set<String> schemas = project.entityClasspath().isEmpty() ? Set.of() : project.schemasOf(project.entities(dialect), null);
        try (Connection connection = project.connect(dialect)) {
            return project.reader(dialect, schemas).read(connection, project::isManaged);
        } catch (SQLException e) {
            throw project.databaseError(e);
        }
    }

    /**
     * The schema {@code upgrade head} produces, computed from the migrations alone by replaying their ops on an
     * empty model; no database is opened. Its notes name the revisions whose raw SQL could not be replayed.
     */
    @Internal
    public Replayer.Replay replay() {
        return Replayer.replay(project.scripts());
    }

    /** Settings for {@link Retort#builder()}; everything not set has the command line's default. */
    public static final class Builder {
        private Optional<String> url = Optional.empty();
        private Optional<String> user = Optional.empty();
        private Optional<String> password = Optional.empty();
        private Optional<DataSource> dataSource = Optional.empty();
        private Path migrations = Path.of("migrations");
        private Optional<String> migrationsPackage = Optional.empty();
        private ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : Retort.class.getClassLoader();
        private final List<Path> classpath = new java.util.ArrayList<>();
        private final List<String> entities = new java.util.ArrayList<>();
        private final Map<String, String> hibernate = new java.util.TreeMap<>();
        private String versionTable = RetortConfig.DEFAULT_VERSION_TABLE;
        private final List<String> includeTables = new java.util.ArrayList<>();
        private final List<String> excludeTables = new java.util.ArrayList<>();

        private Builder() {
        }

        /** A database URL in any form the command line takes (JDBC, {@code postgresql://…}, {@code sqlite:///…}). */
        public Builder url(String databaseUrl) {
            DatabaseUrls.Parsed parsed = DatabaseUrls.parse(databaseUrl, Path.of("").toAbsolutePath());
            this.url = Optional.of(parsed.jdbcUrl());
            parsed.user().ifPresent(u -> this.user = Optional.of(u));
            parsed.password().ifPresent(p -> this.password = Optional.of(p));
            return this;
        }

        public Builder credentials(String databaseUser, String databasePassword) {
            this.user = Optional.ofNullable(databaseUser);
            this.password = Optional.ofNullable(databasePassword);
            return this;
        }

        /** The application's DataSource; the dialect comes from its connections' URL. */
        public Builder dataSource(DataSource source) {
            this.dataSource = Optional.of(source);
            return this;
        }

        /** Migration sources in a directory (compiled in memory, as the command line does). */
        public Builder migrations(Path directory) {
            this.migrations = directory;
            return this;
        }

        /** Migration classes compiled into the application, found in {@code packageName} by {@code loader}. */
        public Builder migrationsPackage(String packageName, ClassLoader classLoader) {
            this.migrationsPackage = Optional.of(packageName);
            this.loader = classLoader;
            return this;
        }

        /** Migration classes compiled into the application, found in {@code packageName}. */
        public Builder migrationsPackage(String packageName) {
            this.migrationsPackage = Optional.of(packageName);
            return this;
        }

        /** Where compiled entity classes are (for {@code check} and {@code autogenerate}). */
        public Builder classpath(Path... entries) {
            classpath.addAll(List.of(entries));
            return this;
        }

        /** Packages to scan for entities. */
        public Builder entities(String... packages) {
            entities.addAll(List.of(packages));
            return this;
        }

        /** A {@code hibernate.*} setting the application uses, e.g. its physical naming strategy. */
        public Builder hibernateProperty(String key, String value) {
            hibernate.put(key, value);
            return this;
        }

        /** Only tables matching these globs are compared (see {@link dev.retort.config.TableFilter}). */
        public Builder includeTables(String... patterns) {
            includeTables.addAll(List.of(patterns));
            return this;
        }

        /** Tables matching these globs belong to something else: never created or dropped. */
        public Builder excludeTables(String... patterns) {
            excludeTables.addAll(List.of(patterns));
            return this;
        }

        public Builder versionTable(String table) {
            this.versionTable = table;
            return this;
        }

        public Retort build() {
            if (url.isEmpty() && dataSource.isEmpty()) {
                throw new RetortException(ErrorCode.CONFIG, "Retort needs a database: call url(...) or dataSource(...)");
            }
            Path project = Path.of("").toAbsolutePath();
            RetortConfig config = new RetortConfig(project, url, user, password, classpath, entities,
                    project.resolve(migrations).normalize(), versionTable, hibernate,
                    new dev.retort.config.TableFilter(includeTables, excludeTables), true);
            return new Retort(new Project(config, dataSource, migrationsPackage, loader), Clock.systemUTC(),
                    Retort::randomRevisionId);
        }
    }
}
