package dev.retort.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The typed results of {@link Retort}'s verbs; the CLI prints them, code can inspect them. */
public final class Results {
    private Results() {
    }

    /**
     * What {@code autogenerate} / {@code revision} produced.
     *
     * @param file the written migration, empty when nothing changed
     * @param revision the new revision id, empty when nothing changed
     * @param changes one line per detected change
     */
    public record Generated(Optional<Path> file, Optional<String> revision, List<String> changes) {
        public Generated {
            changes = List.copyOf(changes);
        }

        public boolean hasChanges() {
            return file.isPresent();
        }
    }

    /**
     * What {@code upgrade}/{@code downgrade} did.
     *
     * @param applied one line per migration run
     * @param heads the version table's content afterwards
     */
    public record Migrated(List<String> applied, List<String> heads) {
        public Migrated {
            applied = List.copyOf(applied);
            heads = List.copyOf(heads);
        }
    }

    /**
     * One revision as history and heads show it.
     *
     * @param id the revision id
     * @param parents the revisions it revises
     * @param message its message
     * @param created its creation date
     * @param source its file
     * @param isHead whether nothing revises it
     * @param isCurrent whether the database is at it (only when a database was asked)
     */
    public record RevisionInfo(String id, List<String> parents, String message, String created, Path source,
                               boolean isHead, boolean isCurrent) {
        public RevisionInfo {
            parents = List.copyOf(parents);
        }
    }

    /**
     * Where the database is.
     *
     * @param revisions the revision info of each current head (empty at base)
     */
    public record Current(List<RevisionInfo> revisions) {
        public Current {
            revisions = List.copyOf(revisions);
        }
    }

    /**
     * What {@code init} created.
     *
     * @param created the files and directories written
     */
    public record Initialized(List<Path> created) {
        public Initialized {
            created = List.copyOf(created);
        }
    }
}
