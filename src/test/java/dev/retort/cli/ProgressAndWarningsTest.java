package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** What {@code upgrade} prints per migration, and how Hibernate's warnings reach the user. */
class ProgressAndWarningsTest {

    private static String run(boolean terminal) {
        StringWriter text = new StringWriter();
        MigrateOutput.Progress progress = new MigrateOutput.Progress(new PrintWriter(text), false, terminal);
        progress.accept("Running upgrade <base> -> 000000000001, first");
        progress.accept("Running upgrade 000000000001 -> 000000000002, second");
        progress.accept("Waiting for another runner to release the migration lock");
        progress.accept("Running upgrade 000000000002 -> 000000000003, third");
        progress.end("failed after ");
        progress.finish();
        return text.toString();
    }

    @Test
    void onATerminalEachMigrationsLineEndsWithItsTime() {
        assertThat(run(true).lines().toList()).satisfiesExactly(
                l -> assertThat(l).matches("Running upgrade <base> -> 000000000001, first \\.\\.\\. \\d+\\.\\d\\d s"),
                l -> assertThat(l).matches("Running upgrade 000000000001 -> 000000000002, second \\.\\.\\. \\d+\\.\\d\\d s"),
                l -> assertThat(l).isEqualTo("Waiting for another runner to release the migration lock"),
                l -> assertThat(l).matches("Running upgrade 000000000002 -> 000000000003, third \\.\\.\\. failed after"
                        + " \\d+\\.\\d\\d s"));
    }

    /** Read line by line (a CI log, a supervising process), a migration's line is whole as soon as it starts. */
    @Test
    void elsewhereTheStartLineIsWholeAndTheTimeFollows() {
        assertThat(run(false).lines().toList()).satisfiesExactly(
                l -> assertThat(l).isEqualTo("Running upgrade <base> -> 000000000001, first"),
                l -> assertThat(l).matches("  done in \\d+\\.\\d\\d s"),
                l -> assertThat(l).isEqualTo("Running upgrade 000000000001 -> 000000000002, second"),
                l -> assertThat(l).matches("  done in \\d+\\.\\d\\d s"),
                l -> assertThat(l).isEqualTo("Waiting for another runner to release the migration lock"),
                l -> assertThat(l).isEqualTo("Running upgrade 000000000002 -> 000000000003, third"),
                l -> assertThat(l).matches("  failed after \\d+\\.\\d\\d s"));
    }

    @Test
    void hibernatesWarningsAreOneLinePerKindUnlessVerbose() {
        Logger logger = Logger.getLogger("test.retort.hibernate." + System.nanoTime());
        HibernateWarnings warnings = HibernateWarnings.collect(logger);
        for (int i = 0; i < 163; i++) {
            logger.log(Level.WARNING, "HHH90000037: @Temporal is deprecated (field Order.placed{0})", i);
        }
        logger.warning("Entity Customer has no identifier setter");
        logger.info("HHH000412: Hibernate ORM core version 7.4.5.Final");

        java.io.StringWriter brief = new java.io.StringWriter();
        warnings.report(new java.io.PrintWriter(brief), false);
        assertThat(brief.toString().lines().toList()).containsExactly(
                "warning: Hibernate: HHH90000037: @Temporal is deprecated (field Order.placed0) (and 162 more like it;"
                        + " --verbose shows each)",
                "warning: Hibernate: Entity Customer has no identifier setter");

        java.io.StringWriter all = new java.io.StringWriter();
        warnings.report(new java.io.PrintWriter(all), true);
        warnings.stop(logger);
        assertThat(all.toString().lines()).hasSize(164)
                .contains("warning: Hibernate: HHH90000037: @Temporal is deprecated (field Order.placed162)");
    }
}
