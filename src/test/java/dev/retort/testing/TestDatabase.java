package dev.retort.testing;

import dev.retort.config.RetortConfig;
import dev.retort.diff.DiffOptions;
import dev.retort.diff.RenameDecider;
import dev.retort.dialect.mariadb.MariaDbTypes;
import dev.retort.dialect.postgres.PostgresTypes;
import dev.retort.dialect.sqlite.SqliteTypes;
import dev.retort.model.ColumnType;
import dev.retort.model.NameMatching;
import dev.retort.model.TypeKind;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * A kind of database the end-to-end suites run on. A suite is an abstract class of cases ({@code EvolutionCases},
 * {@code RoundTripCases}, ...); each database runs it in a small subclass that names its {@code TestDatabase}
 * and states what the database does differently: on SQLite a {@code *Test}, run by surefire, on PostgreSQL an
 * {@code *IT}, run by failsafe on the server of {@link PostgresServer}, and on MariaDB a {@code MariaDb*IT} on the
 * server of {@link MariaDbServer}.
 */
public enum TestDatabase {
    /** A file {@code app.db} in the project directory: an identity is the rowid alias, no index methods, no comments. */
    SQLITE(Projects::sqlite,
            new DiffOptions(true, false, false, RenameDecider.ACCEPT_ALL, SqliteTypes.STORED_AS, true, NameMatching.EXACT),
            SqliteTypes.STORED_AS, HibernateValidation.SQLITE),

    /** A fresh database of its own on the shared server: everything is compared. */
    POSTGRES(Projects::postgres, new DiffOptions(false, true, true), PostgresTypes.STORED_AS, HibernateValidation.POSTGRES),

    /**
     * A fresh database of its own on the shared MariaDB server: comments, index methods and sequence settings are
     * compared; names match without their case; a {@code timestamptz} is a {@code timestamp}, JSON a {@code jsonb}, a
     * {@code clob} a {@code text}.
     */
    MARIADB(Projects::mariadb,
            new DiffOptions(false, true, true, RenameDecider.ACCEPT_ALL, MariaDbTypes.STORED_AS, true,
                    NameMatching.IGNORES_CASE, false),
            MariaDbTypes.STORED_AS, HibernateValidation.MARIADB);

    /** Makes a project on a fresh, empty database: {@link TestDatabase#project}. */
    @FunctionalInterface
    private interface NewProject {
        RetortConfig create(Path dir, Path classes, String entityPackage, Map<String, String> hibernate)
                throws IOException;
    }

    private final NewProject newProject;
    private final DiffOptions comparison;
    private final Map<TypeKind, ColumnType> storedAs;
    private final String hibernateDialect;

    TestDatabase(NewProject newProject, DiffOptions comparison, Map<TypeKind, ColumnType> storedAs,
                 String hibernateDialect) {
        this.newProject = newProject;
        this.comparison = comparison;
        this.storedAs = storedAs;
        this.hibernateDialect = hibernateDialect;
    }

    /** A project in {@code dir} on a fresh, empty database of this kind, its migrations directory created. */
    public RetortConfig project(Path dir, Path classes, String entityPackage, Map<String, String> hibernate)
            throws IOException {
        return newProject.create(dir, classes, entityPackage, hibernate);
    }

    /**
     * How the entities compare with what this database reads back, renames taken as renames: stated here, not taken
     * from the dialect's capabilities, so that a wrong capability shows.
     */
    public DiffOptions comparison() {
        return comparison;
    }

    /** The types this database stores as another ({@link DiffOptions#storedAs()}). */
    public Map<TypeKind, ColumnType> storedAs() {
        return storedAs;
    }

    /** Hibernate's dialect for this database. */
    public String hibernateDialect() {
        return hibernateDialect;
    }

    /** A connection to the database of a project, with its user and password if it has them. */
    public static Connection connect(RetortConfig config) throws SQLException {
        return DriverManager.getConnection(config.url().orElseThrow(), config.user().orElse(null),
                config.password().orElse(null));
    }
}
