package dev.retort.render;

import static dev.retort.render.RenderFixtures.col;
import static dev.retort.render.RenderFixtures.notNull;
import static dev.retort.render.RenderFixtures.row;
import static dev.retort.render.RenderFixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.migration.Migration;
import dev.retort.migration.Revision;
import dev.retort.model.CheckConstraint;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Table;
import dev.retort.model.TypeKind;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.MigrationPlan;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * User text reaches string literals, line comments and Javadoc. Whatever it holds (quotes, backslashes,
 * comment terminators, line breaks, text that looks like a Unicode escape, control and non-ASCII
 * characters), the class compiles, stays ASCII and records exactly the ops it was rendered from.
 */
class MigrationRendererEscapingTest {

    /** Text that has broken generated Java somewhere: each piece targets one escaping rule. */
    private static final String NASTY = "it's \"quoted\" \\ back\\slash */ /* // \\u000a \\u0022 C:\\users\\new"
            + "\nsecond line\r\nthird\ttab \u0001 {@code x} <b>&amp; @param "
            + "caf\u00e9 \u65e5\u672c \ud83d\ude00 \u2028 end\\";

    private static final List<String> MESSAGES = List.of(NASTY, "", "*/", "\\", "\"", "\\u", "\n", "caf\u00e9");

    private static MigrationPlan reversiblePlan(String s) {
        String table = "t " + s;
        Table created = Table.builder(table)
                .column(notNull("id " + s, t(TypeKind.BIGINT)).withIdentity(true))
                .column(col("c " + s, ColumnType.other("enum " + s)).withDefault(Optional.of("'" + s + "'")))
                .primaryKey(List.of("id " + s))
                .foreignKey(new ForeignKey(Optional.of("fk " + s), List.of("c " + s), "other " + s, List.of("x " + s),
                        ReferentialAction.SET_DEFAULT))
                .unique(new UniqueConstraint(Optional.of("uq " + s), List.of("c " + s)))
                .check(new CheckConstraint(Optional.empty(), "c <> '" + s + "'"))
                .check(new CheckConstraint(Optional.of("ck " + s), "length(c) > 0 /* " + s + " */"))
                .index(new Index("ix " + s, List.of("c " + s, "id " + s), true))
                .build();
        return new MigrationPlan(List.<MigrationOp>of(
                new CreateTable(created),
                new AddColumn(table, notNull("d " + s, t(TypeKind.TEXT)).withDefault(Optional.of("'" + s + "'"))),
                new AlterColumn(table, col("d " + s, t(TypeKind.TEXT)), notNull("d " + s, ColumnType.varchar(10))),
                new CreateIndex(table, new Index("ix2 " + s, List.of("d " + s), false)),
                new AddCheckConstraint(table, new CheckConstraint(Optional.of("ck2 " + s), "d <> '" + s + "'")),
                new DropUniqueConstraint(table, new UniqueConstraint(Optional.of("uq " + s), List.of("c " + s))),
                new RenameColumn(table, "d " + s, "e " + s),
                new DropColumn(table, col("e " + s, ColumnType.varchar(10))),
                new RenameTable(table, "u " + s),
                new DropTable(created.withName("u " + s))));
    }

    private static MigrationPlan dataPlan(String s) {
        return new MigrationPlan(List.<MigrationOp>of(
                new BulkInsert("t " + s, List.of(row("k " + s, s, "n", 1), row("k " + s, null))),
                new ExecuteSql("UPDATE \"t\" SET c = '" + s + "'\nWHERE c LIKE '%\\_%' ESCAPE '\\'\n")));
    }

    private static RenderFixtures.Case render(String name, String message, MigrationPlan plan) {
        MigrationHeader header = new MigrationHeader("0123456789ab", List.of("ba9876543210"), RenderFixtures.CREATED,
                message, List.of("label " + message));
        return new RenderFixtures.Case(name, "", header, plan);
    }

    /** Printable ASCII and LF only, and no line ends in whitespace. */
    private static void assertCleanText(String source) {
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            assertThat(c == '\n' || (c >= 0x20 && c < 0x7f))
                    .as("character U+%04X at offset %d of\n%s", (int) c, i, source).isTrue();
        }
        for (String line : source.split("\n")) {
            assertThat(line).as("trailing whitespace").isEqualTo(line.stripTrailing());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void reversiblePlanWithAwkwardTextCompilesAndRoundTrips(int which) throws Exception {
        String s = MESSAGES.get(which);
        RenderFixtures.Case c = render("escaping", s, reversiblePlan(s));
        RenderedMigration rendered = c.render();
        assertCleanText(rendered.source());

        Migration migration = MigrationRendererRoundTripTest.load(c, rendered);

        assertThat(MigrationRendererRoundTripTest.upgradeOps(migration)).containsExactlyElementsOf(c.plan().ops());
        assertThat(MigrationRendererRoundTripTest.downgradeOps(migration))
                .containsExactlyElementsOf(c.plan().inverse().ops());
        Revision revision = migration.getClass().getAnnotation(Revision.class);
        assertThat(revision.message()).isEqualTo(s);
        assertThat(revision.branchLabels()).containsExactly("label " + s);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void dataPlanWithAwkwardTextCompilesAndRecordsItsOps(int which) throws Exception {
        String s = MESSAGES.get(which);
        RenderFixtures.Case c = render("escaping_data", s, dataPlan(s));
        RenderedMigration rendered = c.render();
        assertCleanText(rendered.source());

        Migration migration = MigrationRendererRoundTripTest.load(c, rendered);

        assertThat(MigrationRendererRoundTripTest.upgradeOps(migration)).containsExactlyElementsOf(c.plan().ops());
        assertThat(MigrationRendererRoundTripTest.downgradeOps(migration)).isEmpty();
        assertThat(rendered.source()).contains("        // TODO: undo op.execute(");
    }
}
