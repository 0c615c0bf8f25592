package dev.retort.render;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What a migration class says about itself in its {@code @Revision} annotation. The creation time is
 * truncated to whole seconds, the precision the annotation keeps.
 *
 * @param revisionId this revision's id: 12 lowercase hex digits
 * @param revises the revisions it follows: empty for the first revision, several for a merge
 * @param created when it was created, in UTC
 * @param message what it does, as given to {@code -m}; may be empty
 * @param branchLabels labels for {@code upgrade LABEL@head}; usually empty
 * @param hibernate the Hibernate ORM release the entities were read with, for a generated migration
 *     ({@code 7.4.5.Final}); empty for a hand-written or merge revision
 */
public record MigrationHeader(String revisionId, List<String> revises, LocalDateTime created, String message,
                              List<String> branchLabels, java.util.Optional<String> hibernate) {

    public MigrationHeader {
        requireRevisionId(revisionId, "revision id");
        revises = List.copyOf(revises);
        for (String parent : revises) {
            requireRevisionId(parent, "revises entry");
        }
        if (revises.size() != revises.stream().distinct().count()) {
            throw new IllegalArgumentException("revision " + revisionId + " lists the same parent twice: " + revises);
        }
        Objects.requireNonNull(created, "created");
        created = created.truncatedTo(ChronoUnit.SECONDS);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hibernate, "hibernate");
        branchLabels = List.copyOf(branchLabels);
        for (String label : branchLabels) {
            if (label.isBlank()) {
                throw new IllegalArgumentException("revision " + revisionId + " has a blank branch label");
            }
        }
    }

    /** A header that names no Hibernate release. */
    public MigrationHeader(String revisionId, List<String> revises, LocalDateTime created, String message,
                           List<String> branchLabels) {
        this(revisionId, revises, created, message, branchLabels, java.util.Optional.empty());
    }

    /** The same header, naming the Hibernate ORM release the entities were read with. */
    public MigrationHeader readWith(String hibernateVersion) {
        return new MigrationHeader(revisionId, revises, created, message, branchLabels,
                java.util.Optional.of(hibernateVersion));
    }

    /** A header without branch labels. */
    public static MigrationHeader of(String revisionId, List<String> revises, LocalDateTime created, String message) {
        return new MigrationHeader(revisionId, revises, created, message, List.of());
    }

    private static void requireRevisionId(String id, String what) {
        Objects.requireNonNull(id, what);
        if (!dev.retort.migration.RevisionId.isValid(id)) {
            throw new IllegalArgumentException(what + " '" + id + "' is not a revision id: "
                    + dev.retort.migration.RevisionId.RULE);
        }
    }
}
