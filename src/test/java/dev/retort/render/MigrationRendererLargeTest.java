package dev.retort.render;

import static dev.retort.migration.Schema.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Table;
import dev.retort.ops.CreateTable;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.MigrationPlan;
import dev.retort.testing.InMemoryJavaCompiler;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A first migration of a big schema: one method holding 1,500 tables would outgrow the JVM's 64 KB per method
 * ("code too large"), so the renderer splits long bodies into nested parts; the class compiles and records exactly
 * the plan and its inverse, and a short body stays one method.
 */
public class MigrationRendererLargeTest {
    private static final int TABLES = 1500;

    public static MigrationPlan bigSchema(int tables) {
        List<MigrationOp> ops = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
            String name = "table_" + t;
            Table.Builder b = Table.builder(name)
                    .column(Column.of("id", bigint()).withNullable(false).withIdentity(true));
            for (int c = 0; c < 11; c++) {
                b.column(Column.of("column_" + c, c % 3 == 0 ? varchar(40 + c) : c % 3 == 1 ? integer() : timestamp())
                        .withNullable(c % 2 == 0));
            }
            b.primaryKey(List.of("id"))
                    .index(new Index("ix_" + name + "_c1", List.of("column_1"), false))
                    .index(new Index("ux_" + name + "_c0_c2", List.of("column_0", "column_2"), true));
            if (t > 0) {
                b.column(Column.of("parent_id", bigint()))
                        .foreignKey(new ForeignKey(Optional.of("fk_" + name + "_parent"), List.of("parent_id"),
                                "table_" + (t - 1), List.of("id"), ReferentialAction.NO_ACTION));
            }
            ops.add(new CreateTable(b.build()));
        }
        return new MigrationPlan(ops);
    }

    private static List<MigrationOp> record(Migration m, boolean upgrade) {
        Operations op = Operations.recorder();
        if (upgrade) {
            m.upgrade(op);
        } else {
            m.downgrade(op);
        }
        return op.recorded();
    }

    @Test
    void aBodyTooLongForOneMethodIsSplitIntoPartsThatCompileAndRecordThePlan() throws Exception {
        MigrationPlan plan = bigSchema(TABLES);
        RenderedMigration rendered = new MigrationRenderer().render(
                MigrationHeader.of("0123456789ab", List.of(), LocalDateTime.of(2026, 12, 3, 10, 0), "initial schema"), plan);
        String source = rendered.source();
        assertThat(source).contains("UpgradePart1.apply(op);", "DowngradePart1.apply(op);",
                "private static final class UpgradePart2 {", "Upgrade, part 1 of ");
        assertThat(source.lines().filter(l -> l.strip().startsWith("op.createTable(")).count()).isEqualTo(TABLES);
        assertThat(new MigrationRenderer().render(
                MigrationHeader.of("0123456789ab", List.of(), LocalDateTime.of(2026, 12, 3, 10, 0), "small"), bigSchema(20))
                .source()).doesNotContain("Part1");

        InMemoryJavaCompiler.Result result = InMemoryJavaCompiler.compile(rendered.className(), source);
        Migration migration = (Migration) result.load(rendered.className()).getDeclaredConstructor().newInstance();
        assertThat(record(migration, true)).containsExactlyElementsOf(plan.ops());
        assertThat(record(migration, false)).containsExactlyElementsOf(plan.inverse().ops());
    }
}
