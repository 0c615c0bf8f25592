package dev.retort.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the command line said; empty means "not given".
 *
 * @param projectDir {@code -C}
 * @param configFile {@code -c}
 * @param url {@code --url}
 * @param user {@code --user}
 * @param password {@code --password}
 * @param classpath {@code --classpath}, platform path separator
 * @param entities {@code --entities}, comma-separated
 * @param migrations {@code --migrations}
 * @param migrationsPackage {@code --package}
 */
public record ConfigOverrides(Optional<Path> projectDir, Optional<Path> configFile, Optional<String> url,
                              Optional<String> user, Optional<String> password, Optional<String> classpath,
                              Optional<String> entities, Optional<String> migrations, Optional<String> migrationsPackage) {

    /** Without {@code --package}. */
    public ConfigOverrides(Optional<Path> projectDir, Optional<Path> configFile, Optional<String> url,
                           Optional<String> user, Optional<String> password, Optional<String> classpath,
                           Optional<String> entities, Optional<String> migrations) {
        this(projectDir, configFile, url, user, password, classpath, entities, migrations, Optional.empty());
    }

    public static ConfigOverrides none() {
        return new ConfigOverrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
