package dev.retort.app;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.SqlDialect;
import dev.retort.model.SchemaModel;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
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
    private final HistoryReader history;

    public Retort(RetortConfig config) {
        this(config, Clock.systemUTC(), Retort::randomRevisionId);
    }

    public Retort(RetortConfig config, Clock clock, Supplier<String> revisionIds) {
        this.config = Objects.requireNonNull(config);
        this.project = new Project(config);
        this.migrator = new Migrator(project);
        this.generator = new Generator(project, Objects.requireNonNull(clock), Objects.requireNonNull(revisionIds));
        this.history = new HistoryReader(project);
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

    /** An empty migration for hand-written changes, or {@link #autogenerate} when asked. */
    public Results.Generated revision(String message, boolean autogenerate) {
        return generator.revision(message, autogenerate, RevisionOptions.DEFAULT);
    }

    /**
     * A new migration placed in the graph as {@code options} says: after a chosen head ({@code --head}), from
     * any revision ({@code --splice}), as a new base ({@code --head base}), with branch labels.
     */
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
        return history.current();
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

    /** The revision(s) {@code spec} names (an id, a prefix, a label, head, heads, LABEL@head, REV-N). */
    public List<Results.RevisionInfo> show(String spec) {
        return history.show(spec);
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





















}
