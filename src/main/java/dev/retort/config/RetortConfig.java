package dev.retort.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a command needs to know, resolved once: flag &gt; {@code DATABASE_URL} &gt; config file &gt; default.
 * Relative paths are already resolved against the project directory.
 *
 * @param projectDir the directory commands run in ({@code -C})
 * @param url the JDBC URL (credentials removed), empty when none was configured
 * @param user the database user, if any
 * @param password the database password, if any; never printed
 * @param classpath where the compiled entity classes live
 * @param entityPackages packages to scan; empty scans all of {@code classpath}
 * @param migrationsDir the directory holding migration sources
 * @param versionTable the table recording applied revisions
 * @param hibernateProperties {@code hibernate.*} keys from the config file, passed to Hibernate unchanged
 * @param tables which tables {@code autogenerate} and {@code check} manage ({@code include_tables},
 *     {@code exclude_tables}); the version table never counts
 * @param detectRenames whether autogenerate renders a lost column (or table) with one identical new one as a
 *     rename ({@code detect_renames}, on unless set to {@code false})
 * @param lockTimeout how long a runner waits for another one that holds the database's migration lock
 *     ({@code lock_timeout}: seconds, or with {@code s}, {@code m} or {@code h}; ten minutes unless set)
 * @param migrationsPackage the Java package new migration sources declare ({@code migrations_package},
 *     {@code --package}); when empty, the package the existing migration sources declare
 * @param applicationSettings where {@code hibernateProperties} came from besides {@code retort.properties}: the
 *     Spring Boot files read ({@link SpringJpaSettings.Found#describe}), empty when none
 */
public record RetortConfig(Path projectDir, Optional<String> url, Optional<String> user, Optional<String> password,
                           List<Path> classpath, List<String> entityPackages, Path migrationsDir,
                           String versionTable, Map<String, String> hibernateProperties, TableFilter tables,
                           boolean detectRenames, java.time.Duration lockTimeout, Optional<String> migrationsPackage,
                           Optional<String> applicationSettings) {

    public static final String DEFAULT_VERSION_TABLE = "retort_version";
    public static final java.time.Duration DEFAULT_LOCK_TIMEOUT = java.time.Duration.ofMinutes(10);

    /**
     * Whether the migrations directory is the source folder of {@link #migrationsPackage} in an application's sources
     * ({@code src/main/java/com/acme/db/migrations} for {@code com.acme.db.migrations}): then a directory that does
     * not exist yet is an empty history, which the first migration creates, rather than a mistyped path.
     */
    public boolean migrationsDirIsPackageFolder() {
        return migrationsPackage.filter(p -> !p.isBlank())
                .map(p -> migrationsDir.normalize().endsWith(java.nio.file.Path.of(p.replace('.', '/'))))
                .orElse(false);
    }

    /** A configuration whose migrations take the package of the existing ones. */
    public RetortConfig(Path projectDir, Optional<String> url, Optional<String> user, Optional<String> password,
                        List<Path> classpath, List<String> entityPackages, Path migrationsDir,
                        String versionTable, Map<String, String> hibernateProperties, TableFilter tables,
                        boolean detectRenames, java.time.Duration lockTimeout) {
        this(projectDir, url, user, password, classpath, entityPackages, migrationsDir, versionTable,
                hibernateProperties, tables, detectRenames, lockTimeout, Optional.empty(), Optional.empty());
    }

    /** A configuration with the default lock timeout. */
    public RetortConfig(Path projectDir, Optional<String> url, Optional<String> user, Optional<String> password,
                        List<Path> classpath, List<String> entityPackages, Path migrationsDir,
                        String versionTable, Map<String, String> hibernateProperties, TableFilter tables,
                        boolean detectRenames) {
        this(projectDir, url, user, password, classpath, entityPackages, migrationsDir, versionTable,
                hibernateProperties, tables, detectRenames, DEFAULT_LOCK_TIMEOUT);
    }

    public RetortConfig {
        Objects.requireNonNull(projectDir);
        Objects.requireNonNull(url);
        Objects.requireNonNull(user);
        Objects.requireNonNull(password);
        classpath = List.copyOf(classpath);
        entityPackages = List.copyOf(entityPackages);
        Objects.requireNonNull(migrationsDir);
        Objects.requireNonNull(versionTable);
        hibernateProperties = Map.copyOf(hibernateProperties);
        Objects.requireNonNull(tables);
        Objects.requireNonNull(lockTimeout);
        Objects.requireNonNull(migrationsPackage);
        Objects.requireNonNull(applicationSettings);
    }

    /** A configuration managing every table, with rename detection on. */
    public RetortConfig(Path projectDir, Optional<String> url, Optional<String> user, Optional<String> password,
                        List<Path> classpath, List<String> entityPackages, Path migrationsDir,
                        String versionTable, Map<String, String> hibernateProperties) {
        this(projectDir, url, user, password, classpath, entityPackages, migrationsDir, versionTable,
                hibernateProperties, TableFilter.ALL, true);
    }

    public RetortConfig withDetectRenames(boolean detect) {
        return toBuilder().detectRenames(detect).build();
    }

    public RetortConfig withLockTimeout(java.time.Duration timeout) {
        return toBuilder().lockTimeout(timeout).build();
    }

    public RetortConfig withMigrationsPackage(Optional<String> packageName) {
        return toBuilder().migrationsPackage(packageName).build();
    }

    /**
     * A configuration for {@code projectDir} with what {@link ConfigLoader} resolves when nothing is configured:
     * no database URL, user or password, no class path, every entity package, migrations in
     * {@code <projectDir>/migrations}, {@link #DEFAULT_VERSION_TABLE}, no Hibernate properties, every table,
     * rename detection on, {@link #DEFAULT_LOCK_TIMEOUT}, the migrations package of the existing migrations, and no
     * application settings. Set what differs, then {@link Builder#build()}.
     */
    public static Builder builder(Path projectDir) {
        return new Builder(projectDir);
    }

    /** A builder holding this configuration, to build one that differs in a few settings. */
    public Builder toBuilder() {
        return new Builder(projectDir).url(url).user(user).password(password).classpath(classpath)
                .entityPackages(entityPackages).migrationsDir(migrationsDir).versionTable(versionTable)
                .hibernateProperties(hibernateProperties).tables(tables).detectRenames(detectRenames)
                .lockTimeout(lockTimeout).migrationsPackage(migrationsPackage).applicationSettings(applicationSettings);
    }

    /** Builds a {@link RetortConfig} by name; see {@link RetortConfig#builder(Path)} for what is unset. */
    public static final class Builder {
        private final Path projectDir;
        private Optional<String> url = Optional.empty();
        private Optional<String> user = Optional.empty();
        private Optional<String> password = Optional.empty();
        private List<Path> classpath = List.of();
        private List<String> entityPackages = List.of();
        private Path migrationsDir;
        private String versionTable = DEFAULT_VERSION_TABLE;
        private Map<String, String> hibernateProperties = Map.of();
        private TableFilter tables = TableFilter.ALL;
        private boolean detectRenames = true;
        private java.time.Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
        private Optional<String> migrationsPackage = Optional.empty();
        private Optional<String> applicationSettings = Optional.empty();

        private Builder(Path projectDir) {
            this.projectDir = Objects.requireNonNull(projectDir);
            this.migrationsDir = projectDir.resolve("migrations");
        }

        public Builder url(String jdbcUrl) {
            return url(Optional.of(jdbcUrl));
        }

        public Builder url(Optional<String> jdbcUrl) {
            this.url = Objects.requireNonNull(jdbcUrl);
            return this;
        }

        public Builder user(String name) {
            return user(Optional.of(name));
        }

        public Builder user(Optional<String> name) {
            this.user = Objects.requireNonNull(name);
            return this;
        }

        public Builder password(String secret) {
            return password(Optional.of(secret));
        }

        public Builder password(Optional<String> secret) {
            this.password = Objects.requireNonNull(secret);
            return this;
        }

        public Builder classpath(List<Path> entries) {
            this.classpath = List.copyOf(entries);
            return this;
        }

        public Builder classpath(Path... entries) {
            return classpath(List.of(entries));
        }

        public Builder entityPackages(List<String> packages) {
            this.entityPackages = List.copyOf(packages);
            return this;
        }

        public Builder entityPackages(String... packages) {
            return entityPackages(List.of(packages));
        }

        public Builder migrationsDir(Path dir) {
            this.migrationsDir = Objects.requireNonNull(dir);
            return this;
        }

        public Builder versionTable(String table) {
            this.versionTable = Objects.requireNonNull(table);
            return this;
        }

        public Builder hibernateProperties(Map<String, String> properties) {
            this.hibernateProperties = Map.copyOf(properties);
            return this;
        }

        public Builder tables(TableFilter filter) {
            this.tables = Objects.requireNonNull(filter);
            return this;
        }

        public Builder detectRenames(boolean detect) {
            this.detectRenames = detect;
            return this;
        }

        public Builder lockTimeout(java.time.Duration timeout) {
            this.lockTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        public Builder migrationsPackage(String packageName) {
            return migrationsPackage(Optional.of(packageName));
        }

        public Builder migrationsPackage(Optional<String> packageName) {
            this.migrationsPackage = Objects.requireNonNull(packageName);
            return this;
        }

        public Builder applicationSettings(Optional<String> description) {
            this.applicationSettings = Objects.requireNonNull(description);
            return this;
        }

        public RetortConfig build() {
            return new RetortConfig(projectDir, url, user, password, classpath, entityPackages, migrationsDir,
                    versionTable, hibernateProperties, tables, detectRenames, lockTimeout, migrationsPackage,
                    applicationSettings);
        }
    }

    /** The URL for messages: never contains a password. */
    public String displayUrl() {
        return url.map(DatabaseUrls::redact).orElse("(no database URL)");
    }
}
