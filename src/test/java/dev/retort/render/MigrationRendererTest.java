package dev.retort.render;

import static dev.retort.render.RenderFixtures.col;
import static dev.retort.render.RenderFixtures.notNull;
import static dev.retort.render.RenderFixtures.row;
import static dev.retort.render.RenderFixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.migration.Migration;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.TypeKind;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.MigrationPlan;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Single behaviours of the renderer: summary lines, review notes, refusals and output hygiene. */
class MigrationRendererTest {
    private static final MigrationRenderer RENDERER = new MigrationRenderer();

    private static String render(MigrationOp... ops) {
        return RENDERER.render(RenderFixtures.header("m", List.of("9b1e04c2a7d0")), new MigrationPlan(List.of(ops))).source();
    }

    /** The upgrade body of the rendered ops, as one string. */
    private static String upgradeOf(MigrationOp... ops) {
        return String.join("\n", body(render(ops), "upgrade"));
    }

    /** The downgrade body of the rendered ops, as one string. */
    private static String downgradeOf(MigrationOp... ops) {
        return String.join("\n", body(render(ops), "downgrade"));
    }

    private static List<String> lines(String source) {
        return Arrays.asList(source.split("\n"));
    }

    /** The body of method {@code name}, without its braces. */
    private static List<String> body(String source, String name) {
        List<String> lines = lines(source);
        int start = lines.indexOf("    public void " + name + "(Operations op) {");
        assertThat(start).as("method " + name).isPositive();
        int end = lines.subList(start, lines.size()).indexOf("    }") + start;
        return lines.subList(start + 1, end);
    }

    /**
     * What a generated migration may use is the migration API ({@code dev.retort.migration}) and the JDK: the
     * golden files and the scenario suite's expected migrations, every shape the renderer writes, import nothing else.
     */
    @Test
    void generatedMigrationsImportOnlyTheMigrationApiAndTheJdk() throws java.io.IOException {
        List<java.nio.file.Path> generated;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/resources"))) {
            generated = files.filter(f -> f.toString().contains("golden/render/") || f.getFileName().toString()
                    .startsWith("expected")).filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(generated).hasSizeGreaterThan(50);
        for (java.nio.file.Path f : generated) {
            assertThat(java.nio.file.Files.readAllLines(f)).as(f.toString())
                    .filteredOn(line -> line.startsWith("import "))
                    .allMatch(line -> line.matches("import (static )?(dev\\.retort\\.migration|java)\\..*;"));
        }
    }

    @Test
    void summaryLinesDescribeEachOpOnOneLine() {
        assertThat(RENDERER.summaryLines(RenderFixtures.evolution())).containsExactly(
                "+ column users.email",
                "+ column users.org_id",
                "~ column users.name: varchar(50) NULL -> varchar(100) NULL",
                "~ column users.score: integer NULL -> bigint NULL DEFAULT 0",
                "- column users.legacy_flag (data loss)",
                "+ unique index ix_users_email on users (email)",
                "+ index ix_users_org_id_name on users (org_id, name)",
                "+ unique uq_users_org_id_email on users (org_id, email)",
                "+ foreign key fk_users_org_id on users (org_id) -> organizations (id) ON DELETE SET NULL",
                "+ check ck_users_score on users: score >= 0",
                "+ table user_preferences");
        assertThat(RENDERER.summaryLines(RenderFixtures.destructive())).containsExactly(
                "- foreign key fk_tasks_crew_id on tasks (crew_id) -> crews (id) ON DELETE RESTRICT",
                "- index ix_users_name on users (name)",
                "- unique uq_users_name on users (name) (uniqueness lost)",
                "- check ck_users_name_length on users",
                "~ column users.name: varchar(100) NULL -> varchar(50) NOT NULL (narrowing, NOT NULL added)",
                "~ column users.status: text NULL -> text NOT NULL (NOT NULL added)",
                "- column users.password_hash (data loss)",
                "- table legacy_sessions (data loss)",
                "~ table crews -> teams (detected rename)",
                "~ column tasks.crew_id -> tasks.team_id (detected rename)",
                "+ column tasks.priority (NOT NULL without default)");
        assertThat(RENDERER.summaryLines(RenderFixtures.dataMigration())).containsExactly(
                "+ column user_preferences.is_default",
                "* insert 2 rows into user_preferences",
                "* sql: UPDATE user_preferences SET is_default = TRUE WHERE user_...");
        assertThat(RENDERER.summaryLines(new MigrationPlan(List.of()))).isEmpty();
    }

    @Test
    void summaryLinesStayOnOneLineAndToleratesUnnamedConstraints() {
        MigrationPlan plan = new MigrationPlan(List.<MigrationOp>of(
                new AddColumn("t", col("c", t(TypeKind.TEXT)).withDefault(Optional.of("'a\nb'"))),
                new AddUniqueConstraint("t", new UniqueConstraint(Optional.empty(), List.of("c"))),
                new ExecuteSql("DELETE\nFROM t")));
        assertThat(RENDERER.summaryLines(plan)).containsExactly(
                "+ column t.c", "+ unique (unnamed) on t (c)", "* sql: DELETE FROM t");
    }

    @Test
    void reviewNotesSitDirectlyAboveTheirCallInBothBodies() {
        String source = RenderFixtures.byName("destructive").render().source();
        List<String> upgrade = body(source, "upgrade");

        assertThat(upgrade.get(upgrade.indexOf("        op.dropTable(\"legacy_sessions\",") - 1))
                .isEqualTo("        // REVIEW: drops table legacy_sessions and all its rows; downgrade() recreates it empty");
        int dropUnique = upgrade.indexOf("        op.dropUniqueConstraint(\"users\", unique(\"uq_users_name\", \"name\"));");
        assertThat(upgrade.get(dropUnique - 2)).startsWith("        // REVIEW: drops unique constraint uq_users_name on users");
        int dropColumn = upgrade.indexOf(
                "        op.dropColumn(\"users\", column(\"password_hash\", varchar(200)).notNull().defaultValue(\"''\"));");
        assertThat(upgrade.get(dropColumn - 2)).startsWith("        // REVIEW: drops column users.password_hash and its data");
        // Safe ops get no note: the line above them is code.
        int dropIndex = upgrade.indexOf("        op.dropIndex(\"users\", index(\"ix_users_name\", \"name\"));");
        assertThat(upgrade.get(dropIndex - 1)).startsWith("        op.");
        assertThat(upgrade.get(upgrade.indexOf("        op.renameColumn(\"tasks\", \"crew_id\", \"team_id\");") - 2))
                .isEqualTo("        // REVIEW: detected as a rename: tasks.crew_id -> tasks.team_id; if this is a drop and an");
        assertThat(upgrade.stream().filter(l -> l.startsWith("        // REVIEW: "))).hasSize(9);

        // the downgrade drops what the upgrade added and puts back what rows written since may violate
        List<String> downgrade = body(source, "downgrade");
        assertThat(downgrade.get(downgrade.indexOf("        op.dropColumn(\"tasks\", column(\"priority\", integer()).notNull());") - 2))
                .isEqualTo("        // REVIEW: drops column tasks.priority and its data; upgrade() restores the column, not its");
        assertThat(downgrade.get(downgrade.indexOf("        op.addUniqueConstraint(\"users\", unique(\"uq_users_name\", \"name\"));") - 2))
                .isEqualTo("        // REVIEW: restores unique constraint uq_users_name on users: fails if rows written since");
        assertThat(downgrade).anyMatch(l -> l.startsWith("        // REVIEW: restores check constraint ck_users_name_length"));
        assertThat(downgrade).anyMatch(l -> l.startsWith("        // REVIEW: restores foreign key fk_tasks_crew_id"));
        // undoing a rename is no guess
        assertThat(downgrade).noneMatch(l -> l.contains("REVIEW") && l.contains("rename"));
        assertThat(downgrade.stream().filter(l -> l.startsWith("        // REVIEW: "))).hasSize(4);
    }

    @Test
    void aConfirmedRenameSaysSoWhereADetectedOneAsksForReview() {
        RenameColumn column = new RenameColumn("account", "fullname", "display_name");
        RenameTable table = new RenameTable("person", "member");
        MigrationPlan plan = new MigrationPlan(List.of(table, column), List.of(column));

        assertThat(RENDERER.summaryLines(plan)).containsExactly("~ table person -> member (detected rename)",
                "~ column account.fullname -> account.display_name (confirmed rename)");
        List<String> upgrade = body(RENDERER.render(RenderFixtures.header("m", List.of("9b1e04c2a7d0")), plan).source(),
                "upgrade");
        assertThat(upgrade).containsExactly(
                "        // REVIEW: detected as a rename: person -> member; if this is a drop and an add, replace it",
                "        //         with dropTable/createTable",
                "        op.renameTable(\"person\", \"member\");",
                "        // REVIEW: confirmed as a rename: account.fullname -> account.display_name",
                "        op.renameColumn(\"account\", \"fullname\", \"display_name\");");
        assertThatThrownBy(() -> new MigrationPlan(List.of(table), List.of(column)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the plan");
    }

    @Test
    void narrowingAlterSaysWhatNarrowsAndHowToBackfill() {
        String typeOnly = render(new AlterColumn("users", col("name", ColumnType.varchar(100)), col("name", ColumnType.varchar(50))));
        assertThat(typeOnly).contains("// REVIEW: narrows users.name from varchar(100) to varchar(50)");
        assertThat(typeOnly).doesNotContain("NOT NULL:");

        String nullOnly = render(new AlterColumn("users", col("name", t(TypeKind.TEXT)), notNull("name", t(TypeKind.TEXT))));
        assertThat(nullOnly).contains("// REVIEW: makes users.name NOT NULL: fails if any row holds NULL; backfill first");
        assertThat(nullOnly.replaceAll("\n\\s*//\\s*", " ")).contains("(nullable -> backfill -> NOT NULL), e.g. with"
                + " op.execute(\"UPDATE users SET name = ... WHERE name IS NULL\") above this line");
        assertThat(nullOnly).doesNotContain("narrows users.name");

        AlterColumn[] widening = {
                new AlterColumn("users", col("n", ColumnType.varchar(50)), col("n", t(TypeKind.TEXT))),
                new AlterColumn("users", notNull("m", t(TypeKind.INTEGER)), col("m", t(TypeKind.BIGINT)))};
        assertThat(upgradeOf(widening)).doesNotContain("REVIEW");
        // undone, the same steps narrow and tighten
        assertThat(downgradeOf(widening)).contains("// REVIEW: narrows users.n from text to varchar(50)")
                .contains("// REVIEW: makes users.m NOT NULL");
    }

    @Test
    void addingNotNullColumnWithoutDefaultIsFlaggedButWithADefaultIsNot() {
        assertThat(render(new AddColumn("t", notNull("c", t(TypeKind.INTEGER)))))
                .contains("// REVIEW: adds NOT NULL column t.c without a default: fails if t has rows");
        assertThat(upgradeOf(new AddColumn("t", notNull("c", t(TypeKind.INTEGER)).withDefault(Optional.of("0")))))
                .doesNotContain("REVIEW");
        assertThat(upgradeOf(new AddColumn("t", col("c", t(TypeKind.INTEGER))))).doesNotContain("REVIEW");
        // dropping a column the downgrade is flagged whatever the column
        assertThat(downgradeOf(new AddColumn("t", col("c", t(TypeKind.INTEGER)))))
                .contains("// REVIEW: drops column t.c and its data; upgrade() restores the column");
    }

    @Test
    void riskyStepsLeadTheJavadocSummary() {
        String source = RenderFixtures.byName("destructive").render().source();
        List<String> lines = lines(source);
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines.subList(lines.indexOf("/**") + 1, lines.indexOf(" *"))) {
            paragraph.append(line.substring(" * ".length())).append(' ');
        }
        assertThat(paragraph.toString().strip()).isEqualTo("Review first: drops unique constraint uq_users_name on users,"
                + " narrows column users.name, narrows column users.status, drops column users.password_hash and its"
                + " data, drops table legacy_sessions and all its rows, renames table crews to teams, renames column"
                + " tasks.crew_id to team_id and adds column tasks.priority. Also makes 3 more changes listed below.");
        assertThat(lines.subList(lines.indexOf("/**"), lines.indexOf(" *"))).allMatch(l -> l.length() <= 100);
        String safe = RenderFixtures.byName("in_package").render().source();
        assertThat(safe).contains("/**\n * Adds column alerts.acknowledged.\n *\n * <p>Revision: 3f2a9c1d7e4b<br>\n"
                + " * Revises: 9b1e04c2a7d0<br>\n * Created: 2026-11-22 10:15:00 UTC\n *\n * <ul>\n"
                + " *   <li>+ column alerts.acknowledged\n * </ul>\n */\n");
    }

    @Test
    void emptyPlanLeavesBothBodiesToTheAuthor() {
        String source = render();
        assertThat(body(source, "upgrade")).containsExactly("        // nothing to do",
                "        // for example: op.addColumn(\"users\", column(\"nickname\", varchar(50)));",
                "        //   or data: op.bulkInsert(\"user_preferences\", List.of(row(\"user_id\", 0, \"preference_key\","
                        + " \"theme\")));");
        assertThat(body(source, "downgrade")).containsExactly("        // nothing to do");
    }

    @Test
    void irreversibleOpsBecomeTodosInDowngrade() {
        String source = render(new ExecuteSql("UPDATE t SET a = 1"), new BulkInsert("t", List.of(row("a", 1))));
        assertThat(body(source, "downgrade")).containsExactly(
                "        // TODO: remove the 1 row that upgrade() inserts into t, e.g. op.execute(\"DELETE FROM t",
                "        //       WHERE ...\")",
                "        // TODO: undo op.execute(\"UPDATE t SET a = 1\") here by hand; Retort cannot reverse raw SQL");
    }

    @Test
    void constraintsWithoutANameAreWrittenWithoutOne() {
        List<String> upgrade = body(RenderFixtures.byName("unnamed_constraints").render().source(), "upgrade");

        assertThat(upgrade).contains(
                "        op.dropForeignKey(\"tasks\", foreignKey(List.of(\"crew_id\"), \"crews\", List.of(\"id\")));",
                "        op.dropUniqueConstraint(\"users\", unique(List.of(\"email\")));",
                "        op.dropCheckConstraint(\"users\", check(\"length(name) > 2\"));",
                "                foreignKey(List.of(\"user_id\"), \"users\", List.of(\"id\")).onDelete(CASCADE),",
                "                unique(List.of(\"user_id\", \"body\")),",
                "                check(\"length(body) > 0\"));");
    }

    @Test
    void alterThatRenamesIsRefused() {
        assertThatThrownBy(() -> render(new AlterColumn("t", col("a", t(TypeKind.TEXT)), col("b", t(TypeKind.TEXT)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alterColumn on t from column a to column b");
    }

    @Test
    void rowValuesOfUnknownTypesAreRefused() {
        assertThatThrownBy(() -> render(new BulkInsert("t", List.of(row("d", LocalDate.of(2026, 1, 1))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column d holds a java.time.LocalDate");
    }

    @Test
    void everySupportedRowValueRoundTripsWithItsExactType() throws Exception {
        BulkInsert insert = new BulkInsert("t", List.of(
                row("s", "x", "b", true, "i", Integer.MIN_VALUE, "l", Long.MIN_VALUE, "sh", (short) -7, "by", (byte) 8),
                row("d", -0.0, "d2", 1e-300, "d3", Double.NaN, "d4", Double.NEGATIVE_INFINITY, "f", 1.5f,
                        "f2", Float.POSITIVE_INFINITY, "bd", new BigDecimal("-12.3400"),
                        "bi", new BigInteger("123456789012345678901234567890"), "n", null),
                row()));
        RenderFixtures.Case c = new RenderFixtures.Case("values", "", RenderFixtures.header("values", List.of()),
                new MigrationPlan(List.of(insert)));
        Migration migration = MigrationRendererRoundTripTest.load(c, c.render());

        List<MigrationOp> recorded = MigrationRendererRoundTripTest.upgradeOps(migration);
        assertThat(recorded).containsExactly(insert);
        BulkInsert back = (BulkInsert) recorded.get(0);
        for (int i = 0; i < insert.rows().size(); i++) {
            for (String key : insert.rows().get(i).keySet()) {
                Object expected = insert.rows().get(i).get(key);
                Object actual = back.rows().get(i).get(key);
                assertThat(actual == null ? null : actual.getClass()).as(key)
                        .isEqualTo(expected == null ? null : expected.getClass());
            }
        }
    }

    @Test
    void onUpdateIsWrittenOnlyWhenNotNoActionAndReadsBackAsTheSameKey() throws Exception {
        ForeignKey live = new ForeignKey(Optional.of("fk_a_b"), List.of("b_id"), "b", List.of("id"),
                ReferentialAction.SET_NULL, ReferentialAction.CASCADE);
        ForeignKey plain = live.withOnUpdate(ReferentialAction.NO_ACTION);
        MigrationPlan plan = new MigrationPlan(List.of(new DropForeignKey("a", live), new AddForeignKey("a", plain)));
        RenderFixtures.Case c = new RenderFixtures.Case("on_update", "", RenderFixtures.header("on_update", List.of()),
                plan);
        RenderedMigration rendered = c.render();
        String key = "foreignKey(\"fk_a_b\", List.of(\"b_id\"), \"b\", List.of(\"id\"))"
                + ".onDelete(SET_NULL)";
        List<String> upgrade = body(rendered.source(), "upgrade");
        assertThat(upgrade.stream().filter(l -> !l.strip().startsWith("//")).toList()).containsExactly(
                "        op.dropForeignKey(\"a\", " + key + ".onUpdate(CASCADE));",
                "        op.addForeignKey(\"a\", " + key + ");");
        // the live ON UPDATE goes, which entities cannot say; the reviewer is told before the drop
        assertThat(upgrade.get(0)).contains("// REVIEW: drops foreign key fk_a_b on a and with it ON UPDATE CASCADE");
        assertThat(String.join(" ", upgrade)).contains(".onUpdate(CASCADE) to the key added back");
        assertThat(RENDERER.summaryLines(plan)).containsExactly(
                "- foreign key fk_a_b on a (b_id) -> b (id) ON DELETE SET NULL ON UPDATE CASCADE (ON UPDATE lost)",
                "+ foreign key fk_a_b on a (b_id) -> b (id) ON DELETE SET NULL");

        Migration migration = MigrationRendererRoundTripTest.load(c, rendered);
        assertThat(MigrationRendererRoundTripTest.upgradeOps(migration)).containsExactlyElementsOf(plan.ops());
        assertThat(MigrationRendererRoundTripTest.downgradeOps(migration)).containsExactlyElementsOf(plan.inverse().ops());
    }

    @Test
    void sameInputGivesTheSameBytes() {
        for (RenderFixtures.Case c : RenderFixtures.cases()) {
            assertThat(c.render().source()).isEqualTo(RenderFixtures.byName(c.name()).render().source());
        }
    }

    @Test
    void outputUsesLfFourSpaceIndentAndEndsWithOneNewline() {
        for (RenderFixtures.Case c : RenderFixtures.cases()) {
            String source = c.render().source();
            assertThat(source).doesNotContain("\r").doesNotContain("\t").endsWith("}\n").doesNotEndWith("\n\n");
            for (String line : lines(source)) {
                assertThat(line).as(c.name()).isEqualTo(line.stripTrailing());
                int indent = line.length() - line.stripLeading().length();
                if (!line.startsWith(" *") && !line.isEmpty()) {
                    assertThat(indent % 4).as("indent of %s", line).isZero();
                }
            }
        }
    }

    @Test
    void importsAreSortedAndOnlyWhatIsUsed() {
        // List is what the empty body's bulkInsert example uses, so that it compiles when written as shown
        String empty = render();
        assertThat(empty).startsWith("import static dev.retort.migration.Schema.*;\n\n"
                + "import dev.retort.migration.Migration;\n"
                + "import dev.retort.migration.Operations;\n"
                + "import dev.retort.migration.Revision;\n"
                + "import java.util.List;\n\n");
        assertThat(empty).doesNotContain("ReferentialAction").doesNotContain("import java.util.Map;");
    }
}
