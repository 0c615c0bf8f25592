package dev.retort.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * A project in a temporary directory driven through the real command line: {@code retort.properties} pointing at
 * an SQLite file {@code app.db} and a {@code migrations} directory, plus ways to read what the commands left behind.
 */
final class CliSession {
    private static final Pattern GENERATED = Pattern.compile("Generated (\\S+\\.java) \\(revision (\\w+)\\)");

    record Run(int code, String out, String err) {
        /** The new revision's id from a "Generated FILE (revision ID)" line. */
        String revision() {
            return generated().group(2);
        }

        Path file() {
            return Path.of(generated().group(1));
        }

        private Matcher generated() {
            Matcher m = GENERATED.matcher(out);
            if (!m.find()) {
                throw new AssertionError("no 'Generated' line in: " + out + err);
            }
            return m;
        }
    }

    final Path dir;

    private final String url;
    private final String user;
    private final String password;

    CliSession(Path dir) throws IOException {
        this(dir, "jdbc:sqlite:" + dir.resolve("app.db"), "", "", "");
    }

    /** A project on the database at {@code url}, with more lines for {@code retort.properties}. */
    CliSession(Path dir, String url, String user, String password, String moreProperties) throws IOException {
        this.dir = dir;
        this.url = url;
        this.user = user;
        this.password = password;
        Files.createDirectories(migrations());
        String db = url.startsWith("jdbc:sqlite:") ? "url=jdbc:sqlite:app.db\n"
                : "url=" + url + "\nuser=" + user + "\npassword=" + password + "\n";
        Files.writeString(dir.resolve("retort.properties"), db + "migrations=migrations\n" + moreProperties);
    }

    Path migrations() {
        return dir.resolve("migrations");
    }

    Run run(String... args) {
        return run(Prompter::console, args);
    }

    /** Runs a command whose {@code --interactive} questions go to {@code console} instead of the terminal. */
    Run run(Supplier<Optional<Prompter>> console, String... args) {
        return run(Map.of(), console, args);
    }

    /** Runs a command with {@code environment} as the process environment (DATABASE_URL). */
    Run run(Map<String, String> environment, String... args) {
        return run(environment, Prompter::console, args);
    }

    private Run run(Map<String, String> environment, Supplier<Optional<Prompter>> console, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = RetortCli.commandLine(environment, dir, console);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Replaces the "nothing to do" comments of a generated empty migration with real bodies. */
    void fill(Path file, String upgrade, String downgrade) throws IOException {
        dev.retort.testing.MigrationBodies.fill(file, upgrade, downgrade);
    }

    /** Bodies that create, and drop, a one-column table. */
    static String[] table(String name) {
        return new String[] {"op.createTable(\"" + name + "\", column(\"id\", bigint()));",
                "op.dropTable(\"" + name + "\", column(\"id\", bigint()));"};
    }

    /** Writes a migration source by hand, as a user or a merge from version control would. */
    Path writeMigration(String className, String id, List<String> revises, List<String> labels, String upgrade,
                        String downgrade) throws IOException {
        String source = "import static dev.retort.migration.Schema.*;\n"
                + "import dev.retort.migration.*;\n"
                + "@Revision(id = \"" + id + "\", revises = {" + quoted(revises) + "}, branchLabels = {" + quoted(labels)
                + "}, created = \"2026-01-01 00:00:00\", message = \"" + className + "\")\n"
                + "public final class " + className + " implements Migration {\n"
                + "    public void upgrade(Operations op) {\n        " + upgrade + "\n    }\n"
                + "    public void downgrade(Operations op) {\n        " + downgrade + "\n    }\n"
                + "}\n";
        Path file = migrations().resolve(className + ".java");
        Files.writeString(file, source);
        return file;
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
    }

    /** The application tables in app.db, sorted. */
    List<String> tables() throws SQLException {
        return query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                + " AND name NOT IN ('retort_version', 'retort_version_checksums') ORDER BY name");
    }

    /** The version table's rows, sorted. */
    List<String> versionRows() throws SQLException {
        if (query("SELECT name FROM sqlite_master WHERE name = 'retort_version'").isEmpty()) {
            return List.of();
        }
        return query("SELECT version_num FROM retort_version ORDER BY version_num");
    }

    /** The first column of each row {@code sql} returns from the session's database. */
    List<String> query(String sql) throws SQLException {
        try (Connection c = connect();
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    Connection connect() throws SQLException {
        return user.isEmpty() ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
    }

    /**
     * Everything an error must leave alone: each migration source (name and content) and the bytes of the
     * database file.
     */
    String snapshot() throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.list(migrations())) {
            for (Path p : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                b.append(p.getFileName()).append('\n').append(Files.readString(p)).append('\n');
            }
        }
        Path db = dir.resolve("app.db");
        b.append("app.db ").append(Files.exists(db) ? sha256(Files.readAllBytes(db)) : "absent").append('\n');
        return b.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
