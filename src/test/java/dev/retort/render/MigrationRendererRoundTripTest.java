package dev.retort.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.MigrationPlan;
import dev.retort.testing.InMemoryJavaCompiler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rendering is a faithful serialisation: compiling the rendered class and running it against a recorder
 * gives back exactly the plan (upgrade) and its inverse (downgrade).
 */
class MigrationRendererRoundTripTest {

    static List<RenderFixtures.Case> cases() {
        return RenderFixtures.cases();
    }

    /** Compiles a rendered migration and instantiates it. */
    static Migration load(RenderFixtures.Case c, RenderedMigration m) throws ReflectiveOperationException {
        InMemoryJavaCompiler.Result result = InMemoryJavaCompiler.compile(c.binaryName(m), m.source());
        assertThat(result.warnings()).as("javac -Xlint:all warnings").isEmpty();
        Class<?> type = result.load(c.binaryName(m));
        return (Migration) type.getDeclaredConstructor().newInstance();
    }

    static List<MigrationOp> upgradeOps(Migration migration) {
        Operations op = Operations.recorder();
        migration.upgrade(op);
        return op.recorded();
    }

    static List<MigrationOp> downgradeOps(Migration migration) {
        Operations op = Operations.recorder();
        migration.downgrade(op);
        return op.recorded();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void upgradeRecordsThePlanAndDowngradeItsInverse(RenderFixtures.Case c) throws Exception {
        RenderedMigration rendered = c.render();
        Migration migration = load(c, rendered);

        assertThat(upgradeOps(migration)).containsExactlyElementsOf(c.plan().ops());
        if (c.reversible()) {
            assertThat(downgradeOps(migration)).containsExactlyElementsOf(c.plan().inverse().ops());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void annotationCarriesTheHeader(RenderFixtures.Case c) throws Exception {
        RenderedMigration rendered = c.render();
        Class<?> type = load(c, rendered).getClass();
        Revision revision = type.getAnnotation(Revision.class);

        assertThat(type.getSimpleName()).isEqualTo(rendered.className());
        assertThat(type.getPackageName()).isEqualTo(c.packageName());
        assertThat(revision.id()).isEqualTo(c.header().revisionId());
        assertThat(revision.revises()).containsExactlyElementsOf(c.header().revises());
        assertThat(revision.created()).isEqualTo("2026-11-22 10:15:00");
        assertThat(revision.message()).isEqualTo(c.header().message());
        assertThat(revision.branchLabels()).containsExactlyElementsOf(c.header().branchLabels());
    }

    @Test
    void irreversibleOpsLeaveTheRestOfTheDowngradeIntact() throws Exception {
        RenderFixtures.Case c = RenderFixtures.byName("data_migration");
        Migration migration = load(c, c.render());

        // The plan's inverse without the ops that have none, which downgrade() leaves to its author.
        List<MigrationOp> expected = new ArrayList<>();
        for (MigrationOp op : c.plan().ops()) {
            if (!(op instanceof ExecuteSql) && !(op instanceof BulkInsert)) {
                expected.add(op.inverse());
            }
        }
        Collections.reverse(expected);
        assertThat(expected).isNotEmpty();
        assertThat(downgradeOps(migration)).containsExactlyElementsOf(expected);
    }

    @Test
    void everyOpKindIsCoveredByTheRoundTripCases() {
        List<Class<?>> covered = new ArrayList<>();
        cases().stream().flatMap(c -> c.plan().ops().stream()).map(Object::getClass).distinct().forEach(covered::add);
        assertThat(covered).containsExactlyInAnyOrder(MigrationOp.class.getPermittedSubclasses());
    }

    @Test
    void theGoldenCasesAreDistinct() {
        List<MigrationPlan> plans = cases().stream().filter(c -> !c.plan().isEmpty()).map(RenderFixtures.Case::plan).toList();
        assertThat(plans).doesNotHaveDuplicates();
    }
}
