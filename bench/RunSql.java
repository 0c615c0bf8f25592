import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The benchmark's yardstick: runs an SQL script ({@code upgrade --sql} output) through plain JDBC, statement by
 * statement, as the fastest a migration tool could apply the same SQL. The driver is the one of the URL
 * ({@code jdbc:sqlite:}, {@code jdbc:postgresql:}, {@code jdbc:mariadb:}), found by {@link DriverManager} in Retort's
 * jar, which carries all three.
 *
 * <pre>java -cp retort.jar:DIR RunSql JDBC_URL USER PASSWORD SCRIPT</pre>
 */
public final class RunSql {
    public static void main(String[] args) throws Exception {
        String script = Files.readString(Path.of(args[3]));
        try (Connection c = args[1].isEmpty() ? DriverManager.getConnection(args[0])
                : DriverManager.getConnection(args[0], args[1], args[2]);
             Statement st = c.createStatement()) {
            StringBuilder statement = new StringBuilder();
            for (String line : script.split("\n")) {
                if (line.startsWith("--") || line.isBlank()) {
                    continue;
                }
                statement.append(line).append('\n');
                if (line.endsWith(";")) {
                    st.execute(statement.toString());
                    statement.setLength(0);
                }
            }
        }
    }
}
