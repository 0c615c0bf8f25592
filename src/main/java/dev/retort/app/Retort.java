package dev.retort.app;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.Capabilities;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.SqlDialect;
import dev.retort.diff.DiffOptions;
import dev.retort.diff.SchemaDiffer;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.introspect.CatalogReader;
import dev.retort.introspect.CatalogReaders;
import dev.retort.model.SchemaModel;
import dev.retort.ops.MigrationPlan;
import dev.retort.render.MigrationHeader;
import dev.retort.render.MigrationRenderer;
import dev.retort.render.RenderedMigration;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.Step;
import dev.retort.runtime.JdbcSink;
import dev.retort.runtime.MigrationRunner;
import dev.retort.runtime.VersionTable;
import dev.retort.scan.EntityScanner;
import dev.retort.scan.ScanRequest;
import dev.retort.script.MigrationCompiler;
import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Retort's façade: one method per verb, each a straight call chain over scan, introspect, diff, render and run.
 *
 * <pre>{@code
 * RetortConfig config = ConfigLoader.load(ConfigOverrides.none(), System.getenv(), Path.of("."));
 * Retort retort = new Retort(config);
 * retort.upgrade("head", System.out::println);
 * }</pre>
 */
public final class Retort {
    private final RetortConfig config;
    private final Clock clock;
    private final Supplier<String> revisionIds;

    public Retort(RetortConfig config) {
        this(config, Clock.systemUTC(), Retort::randomRevisionId);
    }

    public Retort(RetortConfig config, Clock clock, Supplier<String> revisionIds) {
        this.config = Objects.requireNonNull(config);
        this.clock = Objects.requireNonNull(clock);
        this.revisionIds = Objects.requireNonNull(revisionIds);
    }

    public RetortConfig config() {
        return config;
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
        SqlDialect dialect = dialect();
        ScriptDirectory scripts = scripts();
        Optional<String> head = scripts.graph().singleHead();
        SchemaModel target = entities(dialect);
        SchemaModel live;
        try (Connection connection = connect(dialect)) {
            List<String> current = versionTable(dialect).heads(connection);
            if (!current.equals(head.map(List::of).orElse(List.of()))) {
                throw new RetortException(ErrorCode.NOT_UP_TO_DATE, "Target database is not up to date: it is at "
                        + describe(current) + " but the migrations' head is " + head.orElse("<base>")
                        + ". Run `retort upgrade head` first, then autogenerate again");
            }
            live = reader(dialect, schemasOf(target, scripts)).read(connection, this::isApplicationTable);
        } catch (SQLException e) {
            throw databaseError(e);
        }
        MigrationPlan plan = new SchemaDiffer(diffOptions(dialect)).diff(target, live);
        if (plan.isEmpty()) {
            return new Results.Generated(Optional.empty(), Optional.empty(), List.of());
        }
        return write(message, head, plan);
    }

    /** An empty migration for hand-written changes, or {@link #autogenerate} when asked. */
    public Results.Generated revision(String message, boolean autogenerate) {
        if (autogenerate) {
            return autogenerate(message);
        }
        ScriptDirectory scripts = scripts();
        return write(message, scripts.graph().singleHead(), new MigrationPlan(List.of()));
    }

    public Results.Migrated upgrade(String target, Consumer<String> progress) {
        return migrate(target, true, progress);
    }

    public Results.Migrated downgrade(String target, Consumer<String> progress) {
        return migrate(target, false, progress);
    }

    /**
     * Records {@code target} as the database's revision without running any migration, for a schema
     * created outside Retort ({@code stamp head}) or to repair the version table.
     */
    public Results.Migrated stamp(String target) {
        SqlDialect dialect = dialect();
        ScriptDirectory scripts = scripts();
        VersionTable versions = versionTable(dialect);
        try (Connection connection = connect(dialect)) {
            List<String> current = versions.heads(connection).stream().filter(scripts.graph()::contains).toList();
            List<String> targets = scripts.graph().resolveUpgradeTarget(target, current);
            JdbcSink sink = new JdbcSink(connection);
            sink.begin();
            try {
                versions.ensure(sink);
                versions.set(sink, targets);
                sink.commit();
            } catch (RuntimeException e) {
                sink.rollback();
                throw e;
            }
            return new Results.Migrated(List.of(), versions.heads(connection));
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** The revisions the database is at. */
    public Results.Current current() {
        SqlDialect dialect = dialect();
        ScriptDirectory scripts = scripts();
        List<String> heads;
        try (Connection connection = connect(dialect)) {
            heads = versionTable(dialect).heads(connection);
        } catch (SQLException e) {
            throw databaseError(e);
        }
        List<Results.RevisionInfo> infos = new ArrayList<>();
        for (String id : heads) {
            MigrationScript s = scripts.script(id).orElseThrow(() -> new RetortException(ErrorCode.REVISION,
                    "The database is at revision " + id + ", which no migration file in " + config.migrationsDir()
                            + " has; restore that migration, or record the right revision with `retort stamp REV`"));
            infos.add(info(scripts, s, true));
        }
        return new Results.Current(infos);
    }

    /** Every revision, newest first. */
    public List<Results.RevisionInfo> history() {
        ScriptDirectory scripts = scripts();
        List<Results.RevisionInfo> out = new ArrayList<>();
        for (var node : scripts.graph().topological()) {
            out.add(0, info(scripts, scripts.require(node.id()), false));
        }
        return out;
    }

    public List<Results.RevisionInfo> heads() {
        ScriptDirectory scripts = scripts();
        return scripts.graph().heads().stream().map(id -> info(scripts, scripts.require(id), false)).toList();
    }

    /** The schema the entities describe, as Retort sees it for the configured database. */
    public SchemaModel entityModel() {
        return entities(dialect());
    }

    /** The live schema, without Retort's version table. */
    public SchemaModel databaseModel() {
        SqlDialect dialect = dialect();
        Set<String> schemas = config.classpath().isEmpty() ? Set.of() : schemasOf(entities(dialect), null);
        try (Connection connection = connect(dialect)) {
            return reader(dialect, schemas).read(connection, this::isApplicationTable);
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    // ---------------------------------------------------------------- steps

    /** How often a plan is made again after another process moved the version table under it. */
    private static final int REPLANS = 5;

    private Results.Migrated migrate(String target, boolean up, Consumer<String> progress) {
        SqlDialect dialect = dialect();
        ScriptDirectory scripts = scripts();
        VersionTable versions = versionTable(dialect);
        List<String> applied = new ArrayList<>();
        try (Connection connection = connect(dialect)) {
            lock(connection, dialect);
            try {
                for (int attempt = 1; ; attempt++) {
                    try {
                        migrateOnce(connection, dialect, scripts, versions, target, up, line -> {
                            applied.add(line);
                            progress.accept(line);
                        });
                        return new Results.Migrated(applied, versions.heads(connection));
                    } catch (dev.retort.runtime.ConcurrentMigrationException e) {
                        if (attempt == REPLANS) {
                            throw e;
                        }
                    }
                }
            } finally {
                unlock(connection, dialect);
            }
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /**
     * Takes the database's migration lock where it has one (a PostgreSQL session advisory lock), so concurrent
     * {@code upgrade} runs on one database take turns; SQLite's immediate transactions serialise them instead.
     */
    private void lock(Connection connection, SqlDialect dialect) throws SQLException {
        Optional<String> sql = dialect.lockStatement(config.versionTable());
        if (sql.isPresent()) {
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute(sql.get());
            }
        }
    }

    private void unlock(Connection connection, SqlDialect dialect) throws SQLException {
        Optional<String> sql = dialect.unlockStatement(config.versionTable());
        if (sql.isPresent() && !connection.isClosed()) {
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute(sql.get());
            }
        }
    }

    /**
     * One plan and its run. The plan is made from the version table read before the first migration's
     * transaction; each migration re-reads it inside its transaction, so concurrent runners never apply a
     * migration twice (a stale plan stops, and {@link #migrate} plans again).
     */
    private void migrateOnce(Connection connection, SqlDialect dialect, ScriptDirectory scripts, VersionTable versions,
                             String target, boolean up, Consumer<String> progress) {
        RevisionGraph graph = scripts.graph();
        List<String> current = versions.heads(connection);
        for (String id : current) {
            if (!graph.contains(id)) {
                throw new RetortException(ErrorCode.REVISION, "The database is at revision " + id
                        + ", which no migration file in " + config.migrationsDir() + " has; restore that"
                        + " migration, or record the right revision with `retort stamp REV`");
            }
        }
        List<String> targets = graph.resolveUpgradeTarget(target, current);
        List<Step> steps = up ? graph.upgradeSteps(current, targets) : graph.downgradeSteps(current, targets);
        if (steps.isEmpty()) {
            return;
        }
        CatalogReader reader = reader(dialect, schemasOf(SchemaModel.EMPTY, scripts));
        SchemaModel start = reader.read(connection, this::isApplicationTable);
        new MigrationRunner(dialect, versions, new JdbcSink(connection)).run(scripts, steps, start,
                () -> reader.read(connection, this::isApplicationTable), () -> versions.heads(connection), progress);
    }

    private Results.Generated write(String message, Optional<String> head, MigrationPlan plan) {
        if (message == null || message.isBlank()) {
            throw new RetortException(ErrorCode.USAGE, "A migration needs a message; pass -m \"what it does\"");
        }
        Path dir = config.migrationsDir();
        if (!Files.isDirectory(dir)) {
            throw new RetortException(ErrorCode.CONFIG, "Migrations directory " + dir + " does not exist;"
                    + " create it with `retort init`");
        }
        LocalDateTime created = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.SECONDS);
        String id = revisionIds.get();
        MigrationHeader header = new MigrationHeader(id, head.map(List::of).orElse(List.of()), created, message.strip(), List.of());
        MigrationRenderer renderer = new MigrationRenderer();
        RenderedMigration rendered = renderer.render(header, plan);
        Path file = dir.resolve(rendered.fileName());
        try {
            Files.writeString(file, rendered.source(), StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new RetortException(ErrorCode.CONFIG, "Migration file " + file + " already exists; wait a second"
                    + " or use a different message");
        } catch (IOException e) {
            throw new RetortException(ErrorCode.CONFIG, "Cannot write " + file + ": " + e.getMessage());
        }
        return new Results.Generated(Optional.of(file), Optional.of(id), renderer.summaryLines(plan));
    }

    private Results.RevisionInfo info(ScriptDirectory scripts, MigrationScript s, boolean isCurrent) {
        return new Results.RevisionInfo(s.id(), s.node().parents(), s.message(), s.created(), s.source(),
                scripts.graph().childrenOf(s.id()).isEmpty(), isCurrent);
    }

    private static String describe(List<String> heads) {
        return heads.isEmpty() ? "<base>" : String.join(", ", heads);
    }

    private boolean isApplicationTable(String table) {
        return !table.equalsIgnoreCase(config.versionTable());
    }

    private SqlDialect dialect() {
        String url = config.url().orElseThrow(() -> new RetortException(ErrorCode.CONFIG, "No database URL is"
                + " configured; pass --url jdbc:sqlite:app.db, set DATABASE_URL, or set `url` in retort.properties"));
        return Dialects.forJdbcUrl(url);
    }

    private static DiffOptions diffOptions(SqlDialect dialect) {
        Capabilities can = dialect.capabilities();
        return new DiffOptions(can.identityIsIntegerAlias(), can.indexMethods(), can.comments());
    }

    private VersionTable versionTable(SqlDialect dialect) {
        return new VersionTable(dialect, config.versionTable());
    }

    private static CatalogReader reader(SqlDialect dialect, Set<String> schemas) {
        return CatalogReaders.forDialect(dialect, schemas);
    }

    /**
     * The schemas besides the default one that the entities or the migrations name (tables {@code schema.table}),
     * so that reading the database sees them; everything else in the database is left alone.
     */
    private static Set<String> schemasOf(SchemaModel model, ScriptDirectory scripts) {
        Set<String> schemas = new java.util.TreeSet<>();
        model.tables().forEach(t -> addSchema(schemas, t.name()));
        if (scripts != null) {
            for (var node : scripts.graph().topological()) {
                dev.retort.migration.Operations op = dev.retort.migration.Operations.recorder();
                try {
                    scripts.require(node.id()).migration().upgrade(op);
                } catch (RuntimeException e) {
                    continue; // a body that fails is reported when it runs
                }
                op.recorded().forEach(o -> addSchema(schemas, o.table()));
            }
        }
        return schemas;
    }

    private static void addSchema(Set<String> schemas, String table) {
        int dot = table.indexOf('.');
        if (dot > 0) {
            schemas.add(table.substring(0, dot));
        }
    }

    private ScriptDirectory scripts() {
        return ScriptDirectory.load(config.migrationsDir(), new MigrationCompiler());
    }

    private SchemaModel entities(SqlDialect dialect) {
        if (config.classpath().isEmpty()) {
            throw new RetortException(ErrorCode.CONFIG, "No entity classpath is configured; pass --classpath"
                    + " target/classes (or set `classpath` in retort.properties) pointing at your compiled @Entity classes");
        }
        return new EntityScanner().scan(new ScanRequest(config.classpath(), config.entityPackages(),
                dialect.hibernateDialect(), dialect::fold, config.hibernateProperties()));
    }

    private Connection connect(SqlDialect dialect) {
        String url = config.url().orElseThrow();
        Properties props = new Properties();
        props.putAll(dialect.connectionProperties());
        config.user().ifPresent(u -> props.setProperty("user", u));
        config.password().ifPresent(p -> props.setProperty("password", p));
        if (url.startsWith("jdbc:sqlite:")) {
            Path file = sqliteFile(url);
            if (file != null && file.getParent() != null && !Files.isDirectory(file.getParent())) {
                throw new RetortException(ErrorCode.CONFIG, "The directory of the SQLite database " + file
                        + " does not exist; create it or fix the URL");
            }
        }
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new RetortException(ErrorCode.DATABASE, "Cannot connect to " + config.displayUrl() + ": "
                    + redactedMessage(e) + "; check the URL, that the server runs, and the credentials", e);
        }
    }

    private static Path sqliteFile(String url) {
        String rest = url.substring("jdbc:sqlite:".length());
        if (rest.isEmpty() || rest.startsWith(":") || rest.startsWith("file:")) {
            return null;
        }
        int q = rest.indexOf('?');
        return Path.of(q >= 0 ? rest.substring(0, q) : rest);
    }

    private RetortException databaseError(SQLException e) {
        return new RetortException(ErrorCode.DATABASE, "Database error on " + config.displayUrl() + ": "
                + redactedMessage(e), e);
    }

    private String redactedMessage(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return config.password().filter(p -> !p.isEmpty()).map(p -> m.replace(p, "***")).orElse(m);
    }
}
