package dev.retort.app;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.SqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.model.SchemaModel;
import dev.retort.script.MigrationScript;
import dev.retort.script.ScriptDirectory;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
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
    private final Project project;
    private final Migrator migrator;
    private final Generator generator;

    public Retort(RetortConfig config) {
        this(config, Clock.systemUTC(), Retort::randomRevisionId);
    }

    public Retort(RetortConfig config, Clock clock, Supplier<String> revisionIds) {
        this.config = Objects.requireNonNull(config);
        this.project = new Project(config);
        this.migrator = new Migrator(project);
        this.generator = new Generator(project, Objects.requireNonNull(clock), Objects.requireNonNull(revisionIds));
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
        return generator.revision(message, autogenerate);
    }

    public Results.Migrated upgrade(String target, Consumer<String> progress) {
        return migrator.migrate(target, true, progress);
    }

    public Results.Migrated downgrade(String target, Consumer<String> progress) {
        return migrator.migrate(target, false, progress);
    }

    /**
     * Records {@code target} as the database's revision without running any migration, for a schema
     * created outside Retort ({@code stamp head}) or to repair the version table.
     */
    public Results.Migrated stamp(String target) {
        return migrator.stamp(target);
    }


    /** The revisions the database is at. */
    public Results.Current current() {
        SqlDialect dialect = project.dialect();
        ScriptDirectory scripts = project.scripts();
        List<String> heads;
        try (Connection connection = project.connect(dialect)) {
            heads = project.versionTable(dialect).heads(connection);
        } catch (SQLException e) {
            throw project.databaseError(e);
        }
        List<Results.RevisionInfo> infos = new ArrayList<>();
        for (String id : heads) {
            MigrationScript s = scripts.script(id).orElseThrow(() -> new RetortException(ErrorCode.REVISION,
                    "The database is at revision " + id + ", which no migration file in " + project.config().migrationsDir()
                            + " has; restore that migration, or record the right revision with `retort stamp REV`"));
            infos.add(info(scripts, s, true));
        }
        return new Results.Current(infos);
    }

    /** Every revision, newest first. */
    public List<Results.RevisionInfo> history() {
        ScriptDirectory scripts = project.scripts();
        List<Results.RevisionInfo> out = new ArrayList<>();
        for (var node : scripts.graph().topological()) {
            out.add(0, info(scripts, scripts.require(node.id()), false));
        }
        return out;
    }

    public List<Results.RevisionInfo> heads() {
        ScriptDirectory scripts = project.scripts();
        return scripts.graph().heads().stream().map(id -> info(scripts, scripts.require(id), false)).toList();
    }

    /** The schema the entities describe, as Retort sees it for the configured database. */
    public SchemaModel entityModel() {
        return project.entities(project.dialect());
    }

    /** The live schema, without Retort's version table. */
    public SchemaModel databaseModel() {
        SqlDialect dialect = project.dialect();
        Set<String> schemas = project.config().classpath().isEmpty() ? Set.of() : project.schemasOf(project.entities(dialect), null);
        try (Connection connection = project.connect(dialect)) {
            return project.reader(dialect, schemas).read(connection, project::isApplicationTable);
        } catch (SQLException e) {
            throw project.databaseError(e);
        }
    }

    /**
     * The schema {@code upgrade head} produces, computed from the migrations alone by replaying their ops on an
     * empty model; no database is opened. Its notes name the revisions whose raw SQL could not be replayed.
     */
    public Replayer.Replay replay() {
        return Replayer.replay(project.scripts());
    }







    private Results.RevisionInfo info(ScriptDirectory scripts, MigrationScript s, boolean isCurrent) {
        return new Results.RevisionInfo(s.id(), s.node().parents(), s.message(), s.created(), s.source(),
                scripts.graph().childrenOf(s.id()).isEmpty(), isCurrent);
    }














}
