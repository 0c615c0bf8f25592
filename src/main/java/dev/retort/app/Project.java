package dev.retort.app;

import dev.retort.config.RetortConfig;
import dev.retort.config.TableFilter;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.SqlDialect;
import dev.retort.diff.DiffOptions;
import dev.retort.diff.RenameDecider;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.introspect.CatalogReader;
import dev.retort.introspect.CatalogReaders;
import dev.retort.model.SchemaModel;
import dev.retort.runtime.HistoryReplay;
import dev.retort.runtime.VersionTable;
import dev.retort.scan.EntityScanner;
import dev.retort.scan.MigrationClassFinder;
import dev.retort.scan.ScanRequest;
import dev.retort.scan.Scanned;
import dev.retort.script.MigrationCompiler;
import dev.retort.script.ScriptDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What every verb needs of the project: its configuration, the dialect its URL names, connections, the
 * migrations directory, the catalog reader and the entities. One per {@link Retort}; holds no open resources.
 */
final class Project {
    /** Where this project's commands spent their time, phase by phase. */
    final Timings timings = new Timings();

    private final RetortConfig config;
    private final Optional<DataSource> dataSource;
    private final Optional<String> migrationsPackage;
    private final ClassLoader applicationLoader;
    private final List<String> notices = new java.util.ArrayList<>();
    /** Whether a missing class path is asked of Maven (the command line does, an embedding application does not). */
    private final boolean askMaven;
    /** The Maven project's class path, once asked for; null before. */
    private List<Path> mavenClasspath;

    /** A project as the command line runs it: without a configured class path, a Maven project's is used. */
    Project(RetortConfig config) {
        this(config, Optional.empty(), Optional.empty(), Project.class.getClassLoader(), true);
    }

    /**
     * A project as an application embeds it.
     *
     * @param dataSource where connections come from instead of the URL (which may then be empty)
     * @param migrationsPackage where compiled migration classes are, instead of the migrations directory
     * @param applicationLoader the loader that sees those classes
     */
    Project(RetortConfig config, Optional<DataSource> dataSource, Optional<String> migrationsPackage,
            ClassLoader applicationLoader) {
        // an embedding application names its class path; Maven is asked only for the command line
        this(config, dataSource, migrationsPackage, applicationLoader, false);
    }

    private Project(RetortConfig config, Optional<DataSource> dataSource, Optional<String> migrationsPackage,
                    ClassLoader applicationLoader, boolean askMaven) {
        this.askMaven = askMaven;
        this.config = Objects.requireNonNull(config);
        this.dataSource = Objects.requireNonNull(dataSource);
        this.migrationsPackage = Objects.requireNonNull(migrationsPackage);
        this.applicationLoader = Objects.requireNonNull(applicationLoader);
    }

    RetortConfig config() {
        return config;
    }

    /** What this project's commands told the user about where their settings came from, each once. */
    List<String> notices() {
        return List.copyOf(notices);
    }

    void notice(String line) {
        if (!notices.contains(line)) {
            notices.add(line);
        }
    }

    /**
     * Where the entity classes are: the configured class path, else that of the Maven project in the project
     * directory ({@link MavenClasspath}), else none.
     */
    List<Path> entityClasspath() {
        if (!config.classpath().isEmpty() || !askMaven) {
            return config.classpath();
        }
        if (mavenClasspath == null) {
            mavenClasspath = MavenClasspath.of(config.projectDir()).map(resolved -> {
                notice(resolved.notice());
                return resolved.classpath();
            }).orElse(List.of());
        }
        return mavenClasspath;
    }

    /** A table {@code autogenerate} and {@code check} compare: not the version table, and let through by the filter. */
    boolean isManaged(String table) {
        return isApplicationTable(table) && config.tables().manages(table);
    }

    /** Neither Retort's version and checksum tables nor another tool's bookkeeping table ({@link TableFilter#OTHER_TOOLS}). */
    boolean isApplicationTable(String table) {
        return !table.equalsIgnoreCase(config.versionTable())
                && !table.equalsIgnoreCase(dev.retort.runtime.ChecksumTable.nameFor(config.versionTable()))
                && !TableFilter.isOtherToolsTable(table);
    }

    SqlDialect dialect() {
        if (config.url().isEmpty() && dataSource.isPresent()) {
            try (Connection c = dataSource.get().getConnection()) {
                return CatalogReaders.dialectOf(c);
            } catch (SQLException e) {
                throw databaseError(e);
            }
        }
        String url = config.url().orElseThrow(() -> new RetortException(ErrorCode.CONFIG, "No database URL is"
                + " configured; pass --url jdbc:sqlite:app.db, set DATABASE_URL, or set `url` in retort.properties"));
        return Dialects.forJdbcUrl(url);
    }

    /** The dialect's comparison rules, without rename detection: a drift report states what differs, unguessed. */
    static DiffOptions diffOptions(SqlDialect dialect) {
        var can = dialect.capabilities();
        return new DiffOptions(can.identityIsIntegerAlias(), can.indexMethods(), can.comments(),
                RenameDecider.REJECT_ALL, can.storedAs(), can.sequenceSettings(), can.names(), can.valueListLength());
    }

    /** The rules for writing a migration: the dialect's, with {@code renames} deciding each rename candidate. */
    DiffOptions generateOptions(SqlDialect dialect, RenameDecider renames) {
        return diffOptions(dialect).withRenames(renames);
    }

    /** Renames as the configuration has them: detected, unless {@code detect_renames=false}. */
    RenameDecider configuredRenames() {
        return config.detectRenames() ? RenameDecider.ACCEPT_ALL : RenameDecider.REJECT_ALL;
    }

    /** {@code file} relative to the project directory when it lies inside it, as users typed it; else absolute. */
    Path shownPath(Path file) {
        Path project = config.projectDir().toAbsolutePath().normalize();
        Path source = file.toAbsolutePath().normalize();
        return source.startsWith(project) ? project.relativize(source) : source;
    }

    /** One revision as the history commands show it. */
    Results.RevisionInfo revisionInfo(ScriptDirectory scripts, String id, boolean isCurrent, Results.Checksum checksum) {
        dev.retort.script.MigrationScript s = scripts.require(id);
        return new Results.RevisionInfo(id, s.node().parents(), scripts.graph().childrenOf(id), s.node().branchLabels(),
                s.message(), s.created(), shownPath(s.source()), isCurrent, checksum);
    }

    VersionTable versionTable(SqlDialect dialect) {
        return new VersionTable(dialect, config.versionTable());
    }

    static CatalogReader reader(SqlDialect dialect, Set<String> schemas) {
        return CatalogReaders.forDialect(dialect, schemas);
    }

    /**
     * The schemas besides the default one that the entities or the migrations name (tables {@code schema.table}),
     * so that reading the database sees them; everything else in the database is left alone.
     */
    static Set<String> schemasOf(SchemaModel model, ScriptDirectory scripts) {
        Set<String> schemas = new java.util.TreeSet<>();
        model.tables().forEach(t -> addSchema(schemas, t.name()));
        if (scripts != null) {
            // a body that fails is reported when it runs
            HistoryReplay.forEachUpgrade(scripts, id -> true, true,
                    (script, ops) -> ops.forEach(o -> o.onTable().ifPresent(table -> addSchema(schemas, table))));
        }
        return schemas;
    }

    private static void addSchema(Set<String> schemas, String table) {
        dev.retort.model.QualifiedName.parse(table).schema().ifPresent(schemas::add);
    }

    ScriptDirectory scripts() {
        return timings.time("migrations (load, compile)", this::loadScripts);
    }

    private ScriptDirectory loadScripts() {
        if (migrationsPackage.isPresent()) {
            return ScriptDirectory.of(MigrationClassFinder.find(migrationsPackage.get(), applicationLoader),
                    Path.of("classpath:" + migrationsPackage.get()));
        }
        if (config.migrationsDirIsPackageFolder() && !java.nio.file.Files.exists(config.migrationsDir())) {
            return ScriptDirectory.of(List.of(), config.migrationsDir());
        }
        return ScriptDirectory.load(config.migrationsDir(), new MigrationCompiler(compileCache()));
    }

    /**
     * Migrations in an application's source folder keep their compiled classes out of it: in the build's output
     * ({@code target/retort/migrations-cache}) in a Maven project, else in {@code .retort-cache} beside the config.
     */
    private Optional<Path> compileCache() {
        if (!config.migrationsDirIsPackageFolder()) {
            return Optional.empty();
        }
        Path project = config.projectDir();
        return Optional.of(java.nio.file.Files.exists(project.resolve("pom.xml"))
                ? project.resolve("target/retort/migrations-cache") : project.resolve(".retort-cache"));
    }

    SchemaModel entities(SqlDialect dialect) {
        return scan(dialect).model();
    }

    /** The entities' schema for {@code dialect}, and which Hibernate release derived it. */
    Scanned scan(SqlDialect dialect) {
        List<Path> classpath = entityClasspath();
        if (classpath.isEmpty()) {
            throw new RetortException(ErrorCode.CONFIG, "No entity classpath is configured; pass --classpath"
                    + " target/classes (or set `classpath` in retort.properties) pointing at your compiled @Entity classes");
        }
        config.applicationSettings().ifPresent(s -> notice("Using " + s));
        long started = System.nanoTime();
        Scanned scanned = new EntityScanner().read(new ScanRequest(classpath, config.entityPackages(),
                dialect.hibernateDialect(), java.util.function.UnaryOperator.identity(), config.hibernateProperties()));
        timings.add("scan (ClassGraph)", scanned.findNanos());
        timings.add("metamodel (Hibernate)", System.nanoTime() - started - scanned.findNanos());
        // tables left out by include/exclude_tables are someone else's: an entity may map or reference them,
        // but Retort neither creates nor drops them
        SchemaModel model = scanned.model();
        return new Scanned(model.withTables(model.tables().stream().filter(t -> isManaged(t.name())).toList()),
                scanned.hibernateVersion(), scanned.hibernateOrigin(), scanned.findNanos());
    }

    Connection connect(SqlDialect dialect) {
        if (dataSource.isPresent()) {
            try {
                return dataSource.get().getConnection();
            } catch (SQLException e) {
                throw new RetortException(ErrorCode.DATABASE, "Cannot get a connection from the DataSource: "
                        + redactedMessage(e) + "; check the application's database settings", e);
            }
        }
        String url = config.url().orElseThrow();
        Properties props = new Properties();
        props.putAll(dialect.connectionProperties());
        if (props.containsKey("busy_timeout")) {
            // SQLite: how long a write waits for another runner's transaction (lock_timeout)
            props.setProperty("busy_timeout", String.valueOf(Math.min(config.lockTimeout().toMillis(), Integer.MAX_VALUE)));
        }
        config.user().ifPresent(u -> props.setProperty("user", u));
        config.password().ifPresent(p -> props.setProperty("password", p));
        if (url.startsWith("jdbc:sqlite:")) {
            Path file = sqliteFile(url);
            if (file != null && file.getParent() != null && !Files.isDirectory(file.getParent())) {
                throw new RetortException(ErrorCode.CONFIG, "The directory of the SQLite database " + file
                        + " does not exist; create it or fix the URL");
            }
        }
        registerBundledDrivers();
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.DATABASE, "Cannot connect to " + config.displayUrl() + ": "
                    + redactedMessage(e) + "; check the URL, that the server runs, and the credentials", e);
        }
    }

    /**
     * Loads Retort's own JDBC drivers, which register themselves. {@link DriverManager} finds drivers once, through
     * the context class loader of its first caller, and hands a caller only drivers its own loader sees: when that
     * first caller ran with an entity class loader (a scan, or the application's Hibernate), Retort's drivers were
     * never found.
     */
    private static void registerBundledDrivers() {
        for (String driver : new String[] {"org.sqlite.JDBC", "org.postgresql.Driver"}) {
            try {
                Class.forName(driver, true, Project.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                // not bundled in this build; DriverManager reports the URL as unsupported
            }
        }
    }

    /**
     * {@code live} with the enum types a database without them in its catalog (SQLite) has: those its applied
     * migrations ({@code current} and what they revise) created, replayed; {@code live} itself where the catalog keeps
     * them, or the history cannot be replayed.
     */
    static SchemaModel withEnumTypesOfHistory(SchemaModel live, SqlDialect dialect, ScriptDirectory scripts,
                                              List<String> current) {
        if (dialect.capabilities().enumTypes() || scripts == null) {
            return live;
        }
        try {
            return live.withEnumTypes(OfflineScript.replay(scripts, scripts.graph().ancestry(current),
                    new java.util.ArrayList<>()).enumTypes());
        } catch (RuntimeException e) {
            return live;
        }
    }

    /** The configured SQLite database file when it does not exist (opening it would create it). */
    Optional<Path> missingSqliteFile() {
        return config.url().filter(u -> u.startsWith("jdbc:sqlite:")).map(Project::sqliteFile)
                .filter(f -> !Files.exists(f));
    }

    static Path sqliteFile(String url) {
        String rest = url.substring("jdbc:sqlite:".length());
        if (rest.isEmpty() || rest.startsWith(":") || rest.startsWith("file:")) {
            return null;
        }
        int q = rest.indexOf('?');
        return Path.of(q >= 0 ? rest.substring(0, q) : rest);
    }

    RetortException databaseError(SQLException e) {
        String message = redactedMessage(e);
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        String hint = lower.contains("database is locked") || lower.contains("sqlite_busy")
                ? "; another runner or program held the database's write lock for longer than lock_timeout ("
                        + config.lockTimeout().toSeconds() + " s): let it finish and run the command again, or"
                        + " raise lock_timeout in retort.properties"
                : "";
        return new RetortException(ErrorCode.DATABASE, "Database error on " + config.displayUrl() + ": "
                + message + hint, e);
    }

    /** The driver's message without the password and without a closing period (Retort's sentence goes on). */
    private String redactedMessage(SQLException e) {
        String m = String.valueOf(e.getMessage()).strip();
        while (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        String message = m;
        return config.password().filter(p -> !p.isEmpty()).map(p -> message.replace(p, "***")).orElse(message);
    }
}
