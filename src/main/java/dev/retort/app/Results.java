package dev.retort.app;

import dev.retort.annotations.PublicApi;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The typed results of {@link Retort}'s verbs; the CLI prints them, code can inspect them. */
@PublicApi
public final class Results {
    private Results() {
    }

    /**
     * What {@code autogenerate} / {@code revision} produced.
     *
     * @param file the written migration, empty when nothing changed
     * @param revision the new revision id, empty when nothing changed
     * @param changes one line per detected change
     * @param parents the revisions the new one revises (several for a merge; empty for a base or no change)
     * @param notes caveats about the comparison, one sentence each (offline: raw SQL that could not be replayed)
     * @param hibernate which Hibernate ORM release read the entities and where it came from (empty when no entities
     *     were read)
     */
    public record Generated(Optional<Path> file, Optional<String> revision, List<String> changes, List<String> parents,
                            List<String> notes, Optional<String> hibernate) {
        public Generated {
            changes = List.copyOf(changes);
            parents = List.copyOf(parents);
            notes = List.copyOf(notes);
        }

        public Generated(Optional<Path> file, Optional<String> revision, List<String> changes) {
            this(file, revision, changes, List.of(), List.of(), Optional.empty());
        }

        public Generated withNotes(List<String> newNotes) {
            return new Generated(file, revision, changes, parents, newNotes, hibernate);
        }

        public Generated withHibernate(String readWith) {
            return new Generated(file, revision, changes, parents, notes, Optional.of(readWith));
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
     * One revision as history, heads, branches and show print it.
     *
     * @param id the revision id
     * @param parents the revisions it revises (several for a merge)
     * @param children the revisions that revise it (several for a branch point), sorted
     * @param branchLabels the branch labels it declares
     * @param message its message
     * @param created its creation date
     * @param source its file
     * @param isCurrent whether the database is at it (only when a database was asked)
     * @param checksum whether it is as it was when applied (only when a database was asked)
     */
    public record RevisionInfo(String id, List<String> parents, List<String> children, List<String> branchLabels,
                               String message, String created, Path source, boolean isCurrent, Checksum checksum) {
        public RevisionInfo {
            parents = List.copyOf(parents);
            children = List.copyOf(children);
            branchLabels = List.copyOf(branchLabels);
            java.util.Objects.requireNonNull(checksum, "checksum");
        }

        public RevisionInfo(String id, List<String> parents, List<String> children, List<String> branchLabels,
                            String message, String created, Path source, boolean isCurrent) {
            this(id, parents, children, branchLabels, message, created, source, isCurrent, Checksum.NOT_READ);
        }

        /** Applied, and edited since: its checksum differs from the one recorded when it was applied. */
        public boolean isEdited() {
            return checksum == Checksum.EDITED;
        }

        /** Nothing revises it. */
        public boolean isHead() {
            return children.isEmpty();
        }

        /** Several revisions revise it: history branches here. */
        public boolean isBranchPoint() {
            return children.size() > 1;
        }

        /** It revises several revisions: branches join here. */
        public boolean isMergePoint() {
            return parents.size() > 1;
        }
    }

    /**
     * What the checksum recorded when a migration was applied says about it now.
     */
    public enum Checksum {
        /** The database was not asked, or the revision is not applied. */
        NOT_READ,
        /** Applied without a recorded checksum: stamped, or applied before checksums were recorded. */
        NOT_RECORDED,
        /** The migration's upgrade does what it did when it was applied. */
        MATCHES,
        /** The migration's upgrade was edited after it was applied. */
        EDITED,
        /** Recorded by a newer Retort under a normal form this one does not know; not compared. */
        UNKNOWN_FORM
    }

    /**
     * A revision that several revisions revise, and those revisions.
     *
     * @param point the branch point
     * @param children the revisions that revise it, sorted by id
     */
    public record Branch(RevisionInfo point, List<RevisionInfo> children) {
        public Branch {
            children = List.copyOf(children);
        }
    }

    /**
     * Where the database is.
     *
     * @param revisions the revision info of each current head (empty at base)
     * @param edited the applied revisions edited since they were applied, by id
     */
    public record Current(List<RevisionInfo> revisions, List<RevisionInfo> edited) {
        public Current {
            revisions = List.copyOf(revisions);
            edited = List.copyOf(edited);
        }

        public Current(List<RevisionInfo> revisions) {
            this(revisions, List.of());
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

    /**
     * What {@code check} found: the differences between the entities and the database (or, offline, the schema
     * the migrations produce), and what the reader should know about the comparison.
     *
     * @param offline whether the migrations were replayed instead of reading a database
     * @param dialect the database whose rules applied ({@code sqlite}, {@code postgresql})
     * @param heads the migrations' heads
     * @param databaseRevisions the revisions the database is at (online only)
     * @param differences one per difference, empty when in sync
     * @param notes caveats, one sentence each: a database not at head, raw SQL that could not be replayed
     * @param hibernate which Hibernate ORM release read the entities and where it came from
     * @param edited applied migrations edited since they were applied (online only)
     */
    public record Checked(boolean offline, String dialect, List<String> heads, Optional<List<String>> databaseRevisions,
                          List<Difference> differences, List<String> notes, String hibernate, List<RevisionInfo> edited,
                          List<String> unmigratedTables) {
        public Checked {
            heads = List.copyOf(heads);
            databaseRevisions = databaseRevisions.map(List::copyOf);
            differences = List.copyOf(differences);
            notes = List.copyOf(notes);
            edited = List.copyOf(edited);
            unmigratedTables = List.copyOf(unmigratedTables);
        }

        /**
         * @param unmigratedTables online, at head: the tables the migrations create that the database lacks, which
         *     means its version table does not tell what it holds (stamped rather than migrated, or tables dropped by
         *     hand); empty otherwise
         */
        public Checked(boolean offline, String dialect, List<String> heads, Optional<List<String>> databaseRevisions,
                       List<Difference> differences, List<String> notes, String hibernate, List<RevisionInfo> edited) {
            this(offline, dialect, heads, databaseRevisions, differences, notes, hibernate, edited, List.of());
        }

        public Checked(boolean offline, String dialect, List<String> heads, Optional<List<String>> databaseRevisions,
                       List<Difference> differences, List<String> notes, String hibernate) {
            this(offline, dialect, heads, databaseRevisions, differences, notes, hibernate, List.of());
        }

        /**
         * Online, whether the database is at the migrations' heads (empty offline, where the replay is of the heads).
         * A database behind head has pending migrations, and some of the differences may be theirs.
         */
        public Optional<Boolean> atHead() {
            return databaseRevisions.map(r -> new java.util.TreeSet<>(r).equals(new java.util.TreeSet<>(heads)));
        }

        /**
         * Whether the entities and the compared schema agree and no applied migration was edited since it was
         * applied ({@code retort check} exits 0).
         */
        public boolean inSync() {
            return differences.isEmpty() && edited.isEmpty();
        }
    }
}
