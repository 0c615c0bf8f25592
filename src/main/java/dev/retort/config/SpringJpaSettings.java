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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The JPA settings a Spring Boot application keeps in its {@code application.properties} / {@code application.yml}
 * (and their profile variants), as the {@code hibernate.*} properties Hibernate sees at run time: Spring Boot's
 * naming strategies ({@code spring.jpa.hibernate.naming.*}, by default {@code CamelCaseToUnderscoresNamingStrategy}
 * and {@code SpringImplicitNamingStrategy}) and {@code spring.jpa.properties.*}.
 *
 * <p>Files are read the way Spring Boot reads them from the class path root: {@code application.yml}, then
 * {@code application.properties} (which wins for a key both set), then the same for each active profile in order,
 * later ones winning; a YAML document with {@code spring.config.activate.on-profile} counts only for that profile.
 * Active profiles: {@code spring_profiles} in {@code retort.properties}, else {@code SPRING_PROFILES_ACTIVE}, else
 * {@code spring.profiles.active} in the files. Values may use {@code ${NAME}} and {@code ${NAME:default}}
 * placeholders, resolved from the environment and the files.
 */
public final class SpringJpaSettings {
    /** What Spring Boot sets when the application names no physical naming strategy. */
    static final String DEFAULT_PHYSICAL = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    /** Spring Boot 3's implicit naming strategy; Spring Boot 4 moved it to {@link #DEFAULT_IMPLICIT_4}. */
    static final String DEFAULT_IMPLICIT_3 = "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";
    static final String DEFAULT_IMPLICIT_4 = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";

    /** Keys that concern connections or schema generation, which Retort does itself. */
    private static final List<String> NOT_PASSED = List.of("hibernate.connection.", "hibernate.hbm2ddl.",
            "hibernate.dialect", "jakarta.persistence.jdbc.", "jakarta.persistence.schema-generation.",
            "hibernate.show_sql", "hibernate.format_sql", "hibernate.generate_statistics");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    /**
     * What was read: the {@code hibernate.*} properties, the files they came from (relative to the project) and the
     * active profiles.
     */
    public record Found(Map<String, String> hibernate, List<String> files, List<String> profiles) {
        public Found {
            hibernate = Map.copyOf(hibernate);
            files = List.copyOf(files);
            profiles = List.copyOf(profiles);
        }

        /** One line for the user: which files, which profiles. */
        public String describe() {
            return "JPA settings from " + String.join(", ", files)
                    + (profiles.isEmpty() ? "" : " (profiles " + String.join(", ", profiles) + ")");
        }
    }

    private SpringJpaSettings() {
    }

    /**
     * The settings in {@code resources} (a class path root such as {@code src/main/resources}); empty when it holds
     * no {@code application.*} file.
     *
     * @param profiles the active profiles when given by Retort's configuration, else empty
     * @param environment for {@code SPRING_PROFILES_ACTIVE} and placeholders
     * @param project what file names in messages are relative to
     */
    public static Optional<Found> read(Path resources, Optional<List<String>> profiles, Map<String, String> environment,
                                       Path project) {
        List<Path> bases = existing(resources, "application");
        if (bases.isEmpty()) {
            return Optional.empty();
        }
        List<String> used = new ArrayList<>();
        List<Document> baseDocuments = new ArrayList<>();
        for (Path file : bases) {
            baseDocuments.addAll(documents(file));
            used.add(display(project, file));
        }
        Map<String, String> merged = new LinkedHashMap<>();
        baseDocuments.stream().filter(d -> d.onProfile() == null).forEach(d -> merged.putAll(d.keys()));
        List<String> active = profiles
                .or(() -> Optional.ofNullable(environment.get("SPRING_PROFILES_ACTIVE")).filter(s -> !s.isBlank())
                        .map(SpringJpaSettings::list))
                .orElseGet(() -> Optional.ofNullable(merged.get("spring.profiles.active")).map(SpringJpaSettings::list)
                        .orElse(List.of()));
        // documents that activate on an active profile, in the base files, then the profile files whole
        baseDocuments.stream().filter(d -> d.activeFor(active)).forEach(d -> merged.putAll(d.keys()));
        for (String profile : active) {
            for (Path file : existing(resources, "application-" + profile)) {
                documents(file).stream().filter(d -> d.onProfile() == null || d.activeFor(active))
                        .forEach(d -> merged.putAll(d.keys()));
                used.add(display(project, file));
            }
        }
        Map<String, String> hibernate = new TreeMap<>();
        Map<String, String> naming = new TreeMap<>();
        merged.forEach((key, value) -> {
            if (key.startsWith("spring.jpa.properties.")) {
                String name = key.substring("spring.jpa.properties.".length());
                if ((name.startsWith("hibernate.") || name.startsWith("jakarta.persistence."))
                        && NOT_PASSED.stream().noneMatch(name::startsWith)) {
                    hibernate.put(name, resolve(key, value, merged, environment, used));
                }
            } else if (key.startsWith("spring.jpa.hibernate.naming.")) {
                naming.put(relaxed(key.substring("spring.jpa.hibernate.naming.".length())),
                        resolve(key, value, merged, environment, used));
            }
        });
        hibernate.putIfAbsent("hibernate.physical_naming_strategy",
                naming.getOrDefault("physicalstrategy", DEFAULT_PHYSICAL));
        hibernate.putIfAbsent("hibernate.implicit_naming_strategy",
                naming.getOrDefault("implicitstrategy", DEFAULT_IMPLICIT_3));
        return Optional.of(new Found(hibernate, used, active));
    }

    /** Spring's relaxed names: {@code physical-strategy}, {@code physical_strategy}, {@code physicalStrategy}. */
    private static String relaxed(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> list(String s) {
        return Arrays.stream(s.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** {@code NAME.yml}, {@code NAME.yaml}, {@code NAME.properties} in {@code dir}: properties last, so it wins. */
    private static List<Path> existing(Path dir, String name) {
        List<Path> found = new ArrayList<>();
        for (String ext : new String[] {".yml", ".yaml", ".properties"}) {
            Path p = dir.resolve(name + ext);
            if (Files.isRegularFile(p)) {
                found.add(p);
            }
        }
        return found;
    }

    private static String display(Path project, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = project.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
    }

    /**
     * One document of a settings file, its keys flattened ({@code spring.jpa.properties.hibernate.x}); a
     * {@code .properties} file is one document, a YAML file one per {@code ---}.
     *
     * @param onProfile the profiles it is for ({@code spring.config.activate.on-profile}), null when for all
     */
    private record Document(Map<String, String> keys, String onProfile) {
        boolean activeFor(List<String> profiles) {
            return onProfile != null && list(onProfile).stream().anyMatch(profiles::contains);
        }
    }

    /** The documents of {@code file}, read once. */
    private static List<Document> documents(Path file) {
        List<Document> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (file.getFileName().toString().endsWith(".properties")) {
                Properties props = new Properties();
                props.load(reader);
                Map<String, String> keys = new LinkedHashMap<>();
                props.stringPropertyNames().forEach(k -> keys.put(k.strip(), props.getProperty(k).strip()));
                out.add(new Document(keys, null));
                return out;
            }
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            for (Object document : yaml.loadAll(reader)) {
                Map<String, String> flat = new LinkedHashMap<>();
                flatten("", document, flat);
                out.add(new Document(flat, flat.getOrDefault("spring.config.activate.on-profile",
                        flat.get("spring.profiles"))));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new RetortException(ErrorCode.CONFIG, "Cannot read the Spring Boot settings in " + file + ": "
                    + e.getMessage().lines().findFirst().orElse("") + "; fix the file, or set spring_config=none in"
                    + " retort.properties to leave the application's settings out", e);
        }
    }

    private static void flatten(String prefix, Object node, Map<String, String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (key.startsWith("[") && key.endsWith("]")) {
                    key = key.substring(1, key.length() - 1);
                }
                flatten(prefix.isEmpty() ? key : prefix + "." + key, v, out);
            });
        } else if (node instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                flatten(prefix + "[" + i + "]", items.get(i), out);
            }
            // a list of profiles is also a comma-separated value
            if (items.stream().noneMatch(i -> i instanceof Map || i instanceof List)) {
                out.put(prefix, String.join(",", items.stream().map(String::valueOf).toList()));
            }
        } else if (node != null && !prefix.isEmpty()) {
            out.put(prefix, String.valueOf(node));
        }
    }

    /** {@code value} with its placeholders filled in from the environment, then from the files. */
    private static String resolve(String key, String value, Map<String, String> merged, Map<String, String> environment,
                                  List<String> files) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            String envName = name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            String found = Optional.ofNullable(environment.get(name)).or(() -> Optional.ofNullable(environment.get(envName)))
                    .or(() -> Optional.ofNullable(merged.get(name))).orElse(m.group(2));
            if (found == null) {
                throw new RetortException(ErrorCode.CONFIG, key + " in " + String.join(", ", files) + " refers to ${"
                        + name + "}, which neither the environment nor the files set; set it, or give the setting"
                        + " in retort.properties as a hibernate.* key, which takes precedence");
            }
            m.appendReplacement(b, Matcher.quoteReplacement(found));
        }
        m.appendTail(b);
        return b.toString();
    }
}
