package dev.retort.config;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Builds a {@link RetortConfig} from the command line, the environment, a {@code .env} file and
 * {@code retort.properties}, in that order of precedence. The environment is passed in, never read here.
 *
 * <p>Config keys: {@code url}, {@code user}, {@code password}, {@code classpath}, {@code entities},
 * {@code migrations}, {@code migrations_package}, {@code version_table}, {@code include_tables} and {@code exclude_tables} (comma-separated
 * globs, see {@link TableFilter}), {@code detect_renames} ({@code true} or {@code false}), {@code spring_config}
 * and {@code spring_profiles} ({@link SpringJpaSettings}), and any {@code hibernate.*} key, which overrides what
 * the application's Spring Boot settings say.
 */
public final class ConfigLoader {
    public static final String DEFAULT_CONFIG_FILE = "retort.properties";
    private static final java.util.regex.Pattern PACKAGE =
            java.util.regex.Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
                    + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    private ConfigLoader() {
    }

    public static RetortConfig load(ConfigOverrides cli, Map<String, String> environment, Path workingDir) {
        Path project = cli.projectDir().map(p -> workingDir.resolve(p).normalize()).orElse(workingDir);
        if (!Files.isDirectory(project)) {
            throw new RetortException(ErrorCode.CONFIG, "Project directory " + project
                    + " does not exist; pass an existing directory to -C/--project");
        }
        Properties props = new Properties();
        Path configFile;
        if (cli.configFile().isPresent()) {
            configFile = project.resolve(cli.configFile().get()).normalize();
            if (!Files.isRegularFile(configFile)) {
                throw new RetortException(ErrorCode.CONFIG, "Config file " + configFile
                        + " does not exist; check the -c/--config path, or create one with `retort init`");
            }
            read(configFile, props);
        } else {
            configFile = project.resolve(DEFAULT_CONFIG_FILE);
            if (Files.isRegularFile(configFile)) {
                read(configFile, props);
            }
        }
        Path base = configFile.getParent() != null ? configFile.getParent() : project;
        Map<String, String> dotEnv = readDotEnv(base.resolve(".env"));

        Optional<String> rawUrl = cli.url()
                .or(() -> Optional.ofNullable(environment.get("DATABASE_URL")).filter(s -> !s.isBlank()))
                .or(() -> Optional.ofNullable(dotEnv.get("DATABASE_URL")).filter(s -> !s.isBlank()))
                .or(() -> value(props, "url"));
        Optional<String> url = Optional.empty();
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (rawUrl.isPresent()) {
            DatabaseUrls.Parsed parsed = DatabaseUrls.parse(rawUrl.get(), base);
            url = Optional.of(parsed.jdbcUrl());
            user = parsed.user();
            password = parsed.password();
        }
        Optional<String> urlUser = user;
        user = cli.user().or(() -> urlUser).or(() -> value(props, "user"));
        Optional<String> urlPassword = password;
        password = cli.password().or(() -> urlPassword).or(() -> value(props, "password"));

        List<Path> classpath = new ArrayList<>();
        cli.classpath().or(() -> value(props, "classpath")).ifPresent(cp -> {
            for (String part : cp.split(java.io.File.pathSeparator)) {
                if (!part.isBlank()) {
                    classpath.add(base.resolve(part.strip()).normalize());
                }
            }
        });
        List<String> packages = cli.entities().or(() -> value(props, "entities"))
                .map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList())
                .orElse(List.of());
        Path migrations = cli.migrations().map(m -> project.resolve(m).normalize())
                .or(() -> value(props, "migrations").map(m -> base.resolve(m).normalize()))
                .orElse(project.resolve("migrations"));
        String versionTable = value(props, "version_table").orElse(RetortConfig.DEFAULT_VERSION_TABLE);

        // the application's own settings first (Spring Boot's application.properties/yml), then retort.properties
        Map<String, String> hibernate = new TreeMap<>();
        Optional<SpringJpaSettings.Found> spring = springSettings(props, project, base, configFile, environment);
        spring.ifPresent(found -> hibernate.putAll(found.hibernate()));
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("hibernate.") || key.startsWith("jakarta.persistence.")) {
                hibernate.put(key, props.getProperty(key).strip());
            }
        }
        TableFilter tables = new TableFilter(list(props, "include_tables"), list(props, "exclude_tables"));
        boolean detectRenames = value(props, "detect_renames").map(v -> booleanValue(configFile, "detect_renames", v))
                .orElse(true);
        java.time.Duration lockTimeout = value(props, "lock_timeout").map(v -> duration(configFile, "lock_timeout", v))
                .orElse(RetortConfig.DEFAULT_LOCK_TIMEOUT);
        Optional<String> migrationsPackage = cli.migrationsPackage().map(String::strip)
                .or(() -> value(props, "migrations_package"));
        migrationsPackage.ifPresent(p -> {
            if (!PACKAGE.matcher(p).matches()) {
                throw new RetortException(ErrorCode.CONFIG, "The migrations package '" + p + "' (--package or config"
                        + " key migrations_package) is not a Java package name; use dot-separated identifiers such as"
                        + " com.acme.db.migrations");
            }
        });
        return RetortConfig.builder(project).url(url).user(user).password(password).classpath(classpath)
                .entityPackages(packages).migrationsDir(migrations).versionTable(versionTable)
                .hibernateProperties(hibernate).tables(tables).detectRenames(detectRenames).lockTimeout(lockTimeout)
                .migrationsPackage(migrationsPackage).applicationSettings(spring.map(SpringJpaSettings.Found::describe))
                .build();
    }

    /**
     * A Spring Boot application's JPA settings: from {@code spring_config} (a resources directory, or {@code none}),
     * else from {@code src/main/resources} of the project when it holds an {@code application.*} file; profiles from
     * {@code spring_profiles}, else as Spring Boot finds them.
     */
    private static Optional<SpringJpaSettings.Found> springSettings(Properties props, Path project, Path base,
                                                                    Path configFile, Map<String, String> environment) {
        Optional<String> setting = value(props, "spring_config");
        if (setting.filter(v -> v.equalsIgnoreCase("none")).isPresent()) {
            return Optional.empty();
        }
        Path resources = setting.map(v -> base.resolve(v).normalize()).orElse(project.resolve("src/main/resources"));
        if (setting.isPresent() && !Files.isDirectory(resources)) {
            throw new RetortException(ErrorCode.CONFIG, "Config key spring_config in " + configFile + " names "
                    + resources + ", which is not a directory; name the folder that holds application.properties or"
                    + " application.yml, or set spring_config=none");
        }
        Optional<List<String>> profiles = value(props, "spring_profiles")
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList());
        return SpringJpaSettings.read(resources, profiles, environment, project);
    }

    /** {@code 90}, {@code 90s}, {@code 10m}, {@code 1h}: seconds unless a unit says otherwise. */
    static java.time.Duration duration(Path file, String key, String value) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,7})\\s*([smh]?)")
                .matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new RetortException(ErrorCode.CONFIG, "Config key " + key + " in " + file + " is '" + value
                    + "'; give a number of seconds, or minutes or hours with m or h (90, 90s, 10m, 1h)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> java.time.Duration.ofMinutes(n);
            case "h" -> java.time.Duration.ofHours(n);
            default -> java.time.Duration.ofSeconds(n);
        };
    }

    private static List<String> list(Properties props, String key) {
        return value(props, key).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList())
                .orElse(List.of());
    }

    private static boolean booleanValue(Path file, String key, String value) {
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new RetortException(ErrorCode.CONFIG, "Config key " + key + " in " + file + " is '" + value
                + "'; set it to true or false");
    }

    private static Optional<String> value(Properties props, String key) {
        return Optional.ofNullable(props.getProperty(key)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static void read(Path file, Properties into) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            into.load(r);
        } catch (IOException e) {
            throw new RetortException(ErrorCode.CONFIG, "Cannot read config file " + file + ": " + e.getMessage()
                    + "; check that it is a readable properties file");
        } catch (IllegalArgumentException e) {
            throw new RetortException(ErrorCode.CONFIG, "Config file " + file + " is not a valid properties file: "
                    + e.getMessage().replaceAll("\\.+$", "") + ". In a properties file a backslash starts an"
                    + " escape (\\uXXXX needs four hex digits); write \\\\ for a backslash, as in Windows paths"
                    + " (C:\\\\data\\\\app.db), or use forward slashes.", e);
        }
    }

    /** {@code KEY=value} lines; {@code #} comments, optional {@code export } and quotes. */
    static Map<String, String> readDotEnv(Path file) {
        Map<String, String> values = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("export ")) {
                    l = l.substring("export ".length()).strip();
                }
                int eq = l.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String v = l.substring(eq + 1).strip();
                if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
                    v = v.substring(1, v.length() - 1);
                }
                values.put(l.substring(0, eq).strip(), v);
            }
        } catch (IOException e) {
            throw new RetortException(ErrorCode.CONFIG, "Cannot read " + file + ": " + e.getMessage());
        }
        return values;
    }
}
