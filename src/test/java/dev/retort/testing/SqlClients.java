package dev.retort.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs an SQL script through the databases' own command-line clients, {@code sqlite3}, {@code psql} and
 * {@code mariadb}.
 */
public final class SqlClients {
    private SqlClients() {
    }

    public static void sqlite3(Path database, String script) throws Exception {
        run(List.of(require("sqlite3"), "-bail", database.toString()), script, Map.of());
    }

    /** {@code url} is a JDBC URL {@code jdbc:postgresql://host:port/db}. */
    public static void psql(String url, String user, String password, String script) throws Exception {
        String target = url.replaceFirst("^jdbc:postgresql://", "");
        String host = target.substring(0, target.indexOf(':'));
        String port = target.substring(target.indexOf(':') + 1, target.indexOf('/'));
        String db = target.substring(target.indexOf('/') + 1);
        run(List.of(require("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", host, "-p", port, "-U", user, "-d", db),
                script, Map.of("PGPASSWORD", password));
    }

    /** {@code url} is a JDBC URL {@code jdbc:mariadb://host:port/db}; the password goes in the environment. */
    public static void mariadb(String url, String user, String password, String script) throws Exception {
        String target = url.replaceFirst("^jdbc:mariadb://", "");
        String host = target.substring(0, target.indexOf(':'));
        String port = target.substring(target.indexOf(':') + 1, target.indexOf('/'));
        String db = target.substring(target.indexOf('/') + 1);
        run(List.of(require("mariadb"), "--batch", "--protocol=TCP", "-h", host, "-P", port, "-u", user, "-D", db),
                script, Map.of("MYSQL_PWD", password));
    }

    private static String require(String client) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, client))) {
                return Path.of(dir, client).toString();
            }
        }
        String message = client + " is not installed; install it (Debian: apt-get install sqlite3 postgresql-client mariadb-client)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message);
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    private static void run(List<String> command, String script, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            in.write(script.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish");
        }
        if (p.exitValue() != 0 || output.toLowerCase(java.util.Locale.ROOT).contains("error")) {
            throw new IllegalStateException(command.get(0) + " failed (exit " + p.exitValue() + "):\n" + output
                    + "\n--- script ---\n" + script);
        }
    }
}
