package dev.retort.cli;

import dev.retort.annotations.PublicApi;
import dev.retort.app.Retort;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOverrides;
import dev.retort.config.DatabaseUrls;
import dev.retort.config.Secrets;
import dev.retort.config.RetortConfig;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code retort} command: global options, then one subcommand per verb. */
@Command(name = "retort", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Schema migrations generated from your JPA entities.",
        subcommands = {InitCommand.class, AutogenerateCommand.class, RevisionCommand.class, UpgradeCommand.class,
                DowngradeCommand.class, StampCommand.class, CurrentCommand.class, HistoryCommand.class, HeadsCommand.class,
                BranchesCommand.class, ShowCommand.class, MergeCommand.class, CheckCommand.class,
                CommandLine.HelpCommand.class})
@PublicApi
public final class RetortCli implements Runnable {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Properties file (default: ./retort.properties if it exists).")
    Path config;

    @Option(names = {"-C", "--project"}, paramLabel = "DIR", description = "Run as if started in DIR.")
    Path project;

    @Option(names = "--url", paramLabel = "URL", description = "Database URL (JDBC, postgresql://…, sqlite:///…); default: $DATABASE_URL, then config `url`.")
    String url;

    @Option(names = "--user", description = "Database user.")
    String user;

    @Option(names = "--password", description = "Database password.")
    String password;

    @Option(names = "--classpath", paramLabel = "PATHS", description = "Compiled entity classes: directories and jars.")
    String classpath;

    @Option(names = "--entities", paramLabel = "PACKAGES", description = "Comma-separated packages to scan for @Entity classes.")
    String entities;

    @Option(names = "--migrations", paramLabel = "DIR", description = "Directory holding migration sources (default: migrations).")
    String migrations;

    @Option(names = "--package", paramLabel = "PKG", description = "Java package new migrations declare (config"
            + " migrations_package; default: the package the existing migrations declare, else none).")
    String migrationsPackage;

    @Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT, description = "Print results and"
            + " errors only: no progress lines, notices about settings, or Hibernate's warnings. Before or after the"
            + " command.")
    boolean quiet;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    private final Map<String, String> environment;
    private final Path workingDir;
    private final Supplier<Optional<Prompter>> console;

    public RetortCli(Map<String, String> environment, Path workingDir) {
        this(environment, workingDir, Prompter::console);
    }

    /** {@code console} is where {@code --interactive} asks its questions: the terminal, or none. */
    RetortCli(Map<String, String> environment, Path workingDir, Supplier<Optional<Prompter>> console) {
        this.environment = environment;
        this.workingDir = workingDir;
        this.console = console;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "Missing command; see `retort --help`");
    }

    RetortConfig config() {
        return ConfigLoader.load(new ConfigOverrides(Optional.ofNullable(project), Optional.ofNullable(config),
                Optional.ofNullable(url), Optional.ofNullable(user), Optional.ofNullable(password),
                Optional.ofNullable(classpath), Optional.ofNullable(entities), Optional.ofNullable(migrations),
                Optional.ofNullable(migrationsPackage)),
                environment, workingDir);
    }

    Retort retort() {
        return new Retort(config());
    }

    /**
     * Every password this run knows of: {@code --password}, the passwords inside {@code --url} and
     * {@code DATABASE_URL}, and the configuration's (when it loads).
     */
    java.util.Set<String> secrets() {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        if (password != null) {
            found.add(password);
        }
        if (url != null) {
            found.addAll(DatabaseUrls.passwordsIn(url));
        }
        Optional.ofNullable(environment.get("DATABASE_URL")).ifPresent(u -> found.addAll(DatabaseUrls.passwordsIn(u)));
        try {
            RetortConfig loaded = config();
            loaded.password().ifPresent(found::add);
            loaded.url().ifPresent(u -> found.addAll(DatabaseUrls.passwordsIn(u)));
        } catch (RuntimeException e) {
            // a configuration that does not load says so in its own, redacted, error
        }
        return found;
    }

    /** The passwords in raw arguments ({@code --password X}, {@code --password=X}, URLs) and DATABASE_URL. */
    static java.util.Set<String> secretsIn(String[] args, Map<String, String> environment) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--password") && i + 1 < args.length) {
                found.add(args[i + 1]);
            } else if (arg.startsWith("--password=")) {
                found.add(arg.substring("--password=".length()));
            }
            found.addAll(DatabaseUrls.passwordsIn(arg));
        }
        Optional.ofNullable(environment.get("DATABASE_URL")).ifPresent(u -> found.addAll(DatabaseUrls.passwordsIn(u)));
        return found;
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /** The terminal to ask questions on, looked up when a command needs it; empty when there is none. */
    Optional<Prompter> console() {
        return console.get();
    }

    Path projectDir() {
        return project == null ? workingDir : workingDir.resolve(project).normalize();
    }

    /** A command line wired with Retort's error handling; {@code execute} returns the exit status. */
    public static CommandLine commandLine(Map<String, String> environment, Path workingDir) {
        return commandLine(environment, workingDir, Prompter::console);
    }

    /** {@link #commandLine(Map, Path)} asking its questions on {@code console} instead of the terminal. */
    static CommandLine commandLine(Map<String, String> environment, Path workingDir,
                                   Supplier<Optional<Prompter>> console) {
        RetortCli root = new RetortCli(environment, workingDir, console);
        CommandLine cl = new CommandLine(root);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            // messages quote drivers, URLs and arguments: no password leaves, whatever quoted it
            java.util.Set<String> secrets = root.secrets();
            if (e instanceof RetortException re) {
                err.println(Secrets.redact("ERROR: " + re.getMessage(), secrets));
                if (root.debug) {
                    err.print(Secrets.redact(stackTrace(e), secrets));
                }
                err.flush();
                return re.code().exitCode();
            }
            err.println(Secrets.redact("ERROR: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + ". This is a bug in Retort; rerun with --debug and report the stack trace.", secrets));
            if (root.debug) {
                err.print(Secrets.redact(stackTrace(e), secrets));
            }
            err.flush();
            return ErrorCode.INTERNAL.exitCode();
        });
        CommandLine.IParameterExceptionHandler parseErrors = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((ex, args) -> {
            java.util.Set<String> secrets = secretsIn(args, environment);
            PrintWriter err = ex.getCommandLine().getErr();
            java.io.StringWriter buffer = new java.io.StringWriter();
            ex.getCommandLine().setErr(new PrintWriter(buffer, true));
            try {
                return parseErrors.handleParseException(ex, args);
            } finally {
                ex.getCommandLine().setErr(err);
                err.print(Secrets.redact(buffer.toString(), secrets));
                err.flush();
            }
        });
        return cl;
    }

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");
    /**
     * Where the application's own Hibernate reads the entities, its service loader also meets the service files of
     * the Hibernate inside retort.jar (through the system class loader) and warns that their classes are "not a
     * subtype"; it skips them, and nothing the user can change causes it.
     */
    private static final java.util.logging.Logger SERVICE_LOADING_LOG =
            java.util.logging.Logger.getLogger("org.hibernate.boot.registry.classloading");

    /**
     * Without a connection to detect the database from, Retort names Hibernate's dialect itself, and Hibernate 7 warns
     * (HHH90000025) that it need not be named: Retort's doing, nothing the user can change.
     */
    private static final java.util.logging.Logger DEPRECATION_LOG =
            java.util.logging.Logger.getLogger("org.hibernate.orm.deprecation");

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.Charset.defaultCharset()), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.Charset.defaultCharset()), true);
        System.exit(execute(args, System.getenv(), Path.of("").toAbsolutePath(), out, err));
    }

    /**
     * Runs {@code retort ARGS} as the command does, in this JVM, for a build tool that embeds Retort (the Maven
     * plugin): results to {@code out}, notices, warnings and errors to {@code err}. Returns the exit status (0, 1 for
     * drift from {@code check}, 2 or more for errors); exits nothing and leaves logging as it found it.
     */
    public static int execute(String[] args, Map<String, String> environment, Path workingDir, PrintWriter out,
                              PrintWriter err) {
        // Hibernate announces itself at INFO on every scan; users see its warnings only (all of it with --debug).
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        java.util.logging.Level hibernateLevel = HIBERNATE_LOG.getLevel();
        java.util.logging.Level serviceLevel = SERVICE_LOADING_LOG.getLevel();
        java.util.logging.Filter deprecationFilter = DEPRECATION_LOG.getFilter();
        HIBERNATE_LOG.setLevel(debug ? java.util.logging.Level.INFO : java.util.logging.Level.WARNING);
        SERVICE_LOADING_LOG.setLevel(debug ? java.util.logging.Level.INFO : java.util.logging.Level.SEVERE);
        if (!debug) {
            DEPRECATION_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().contains("HHH90000025"));
        }
        // an application's class path brings its logging backend (Spring Boot: Logback, which logs everything at
        // DEBUG until configured); Hibernate's logging, the bundled release's and the application's, goes to
        // java.util.logging, whose levels are set above, unless the user chose otherwise
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        // Hibernate's warnings about the mapping: one line per kind after the command, each with --verbose
        boolean verbose = java.util.Arrays.stream(args).anyMatch(a -> a.equals("-v") || a.equals("--verbose"));
        boolean quiet = java.util.Arrays.stream(args).anyMatch(a -> a.equals("-q") || a.equals("--quiet"));
        HibernateWarnings warnings = debug ? null : HibernateWarnings.collect(HIBERNATE_LOG);
        CommandLine cl = commandLine(environment, workingDir);
        cl.setOut(out);
        cl.setErr(err);
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // the heap is exhausted, not Retort's state: one paragraph, as for any other error
            String command = java.util.Arrays.stream(args).filter(cl.getSubcommands()::containsKey).findFirst()
                    .map(c -> "running `retort " + c + "`").orElse("running");
            dev.retort.error.RetortException oom = dev.retort.error.RetortException.outOfMemory(command, e);
            err.println("ERROR: " + oom.getMessage());
            code = oom.code().exitCode();
        } finally {
            if (warnings != null) {
                warnings.stop(HIBERNATE_LOG);
            }
            HIBERNATE_LOG.setLevel(hibernateLevel);
            SERVICE_LOADING_LOG.setLevel(serviceLevel);
            DEPRECATION_LOG.setFilter(deprecationFilter);
        }
        if (warnings != null && !quiet) {
            warnings.report(err, verbose);
        }
        out.flush();
        err.flush();
        return code;
    }
}
