package dev.retort.app;

import dev.retort.dialect.SqlDialect;
import dev.retort.runtime.ChecksumTable;
import dev.retort.script.ScriptDirectory;
import java.sql.Connection;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the checksums recorded when migrations were applied ({@link ChecksumTable}) with the migrations as they
 * are now. Only applied revisions that have a recorded checksum are compared; stamped revisions, and revisions
 * applied before checksums were recorded, are {@link Results.Checksum#NOT_RECORDED} and never an alarm.
 */
final class AppliedChecksums {
    private final Map<String, Results.Checksum> states;
    private final ScriptDirectory scripts;
    private final Project project;

    private AppliedChecksums(Map<String, Results.Checksum> states, ScriptDirectory scripts, Project project) {
        this.states = states;
        this.scripts = scripts;
        this.project = project;
    }

    /** The state of every revision applied to the database at {@code heads} (heads unknown to the graph skipped). */
    static AppliedChecksums read(Connection connection, SqlDialect dialect, Project project, ScriptDirectory scripts,
                                 Collection<String> heads) {
        Map<String, ChecksumTable.Recorded> recorded =
                new ChecksumTable(dialect, project.config().versionTable()).read(connection);
        Map<String, Results.Checksum> states = new LinkedHashMap<>();
        List<String> known = heads.stream().filter(scripts.graph()::contains).toList();
        for (String id : scripts.graph().ancestry(known).stream().sorted().toList()) {
            ChecksumTable.Recorded r = recorded.get(id);
            states.put(id, r == null ? Results.Checksum.NOT_RECORDED
                    : r.matches(scripts.require(id).record(true).recorded())
                            .map(same -> same ? Results.Checksum.MATCHES : Results.Checksum.EDITED)
                            .orElse(Results.Checksum.UNKNOWN_FORM));
        }
        return new AppliedChecksums(states, scripts, project);
    }

    /** Nothing compared: every revision {@link Results.Checksum#NOT_READ}. */
    static AppliedChecksums notRead(ScriptDirectory scripts, Project project) {
        return new AppliedChecksums(Map.of(), scripts, project);
    }

    /** The state of {@code revision}; {@link Results.Checksum#NOT_READ} when it is not applied or not compared. */
    Results.Checksum state(String revision) {
        return states.getOrDefault(revision, Results.Checksum.NOT_READ);
    }

    /** The applied revisions edited since, sorted by id. */
    List<String> edited() {
        return states.entrySet().stream().filter(e -> e.getValue() == Results.Checksum.EDITED).map(Map.Entry::getKey).toList();
    }

    /** Each edited revision as {@code ID (PATH)}, joined with commas. */
    String describeEdited() {
        return String.join(", ", edited().stream()
                .map(id -> id + " (" + project.shownPath(scripts.require(id).source()) + ")").toList());
    }
}
