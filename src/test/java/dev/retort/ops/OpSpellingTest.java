package dev.retort.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.NameMatching;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.TypeKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An op speaks of the objects the tracked schema has, however either spells their names. */
class OpSpellingTest {
    private static Column col(String name) {
        return new Column(name, ColumnType.of(TypeKind.INTEGER), true, Optional.empty(), false);
    }

    /** As PostgreSQL's catalog gives it back: folded names, and one stored with its case. */
    private static final SchemaModel STORED = new SchemaModel(List.of(
            Table.builder("x_portal_user").column(col("id")).column(col("login_id")).primaryKey(List.of("id"))
                    .index(new Index("x_portal_user_idx_login", List.of("login_id"), false, "", Optional.empty()))
                    .build(),
            Table.builder("\"Legacy\"").column(col("\"Id\"")).build()));

    @Test
    void namesTheDatabaseTakesForTheSameAreSpelledAsTheSchemaHasThem() {
        MigrationOp op = new AlterColumn("X_PORTAL_USER", col("LOGIN_ID"), col("LOGIN_ID").withNullable(false));
        assertThat(OpSpelling.inModelSpelling(op, STORED, NameMatching.FOLDS_TO_LOWER))
                .isEqualTo(new AlterColumn("x_portal_user", col("login_id"), col("login_id").withNullable(false)));
        MigrationOp drop = new DropIndex("X_PORTAL_USER",
                new Index("X_PORTAL_USER_IDX_LOGIN", List.of("LOGIN_ID"), false, "", Optional.empty()));
        assertThat(OpSpelling.inModelSpelling(drop, STORED, NameMatching.FOLDS_TO_LOWER)).isEqualTo(new DropIndex(
                "x_portal_user", new Index("x_portal_user_idx_login", List.of("login_id"), false, "", Optional.empty())));
    }

    @Test
    void newNamesStayAsTheOpHasThemAndCaseKeepingNamesMatchOnlyThemselves() {
        MigrationOp add = new AddColumn("X_PORTAL_USER", col("NICK_NAME"));
        assertThat(OpSpelling.inModelSpelling(add, STORED, NameMatching.FOLDS_TO_LOWER))
                .isEqualTo(new AddColumn("x_portal_user", col("NICK_NAME")));
        // on PostgreSQL an unquoted LEGACY is legacy, not the stored "Legacy"
        MigrationOp other = new DropTable(Table.builder("LEGACY").column(col("Id")).build());
        assertThat(OpSpelling.inModelSpelling(other, STORED, NameMatching.FOLDS_TO_LOWER)).isEqualTo(other);
        // on SQLite it is the same table
        assertThat(((DropTable) OpSpelling.inModelSpelling(other, STORED, NameMatching.IGNORES_CASE)).table())
                .isEqualTo("\"Legacy\"");
    }

    @Test
    void foreignKeysReferToTheStoredTableAndColumns() {
        MigrationOp op = new AddForeignKey("X_PORTAL_USER", new ForeignKey(Optional.empty(), List.of("LOGIN_ID"),
                "X_PORTAL_USER", List.of("ID"), ReferentialAction.NO_ACTION));
        assertThat(OpSpelling.inModelSpelling(op, STORED, NameMatching.FOLDS_TO_LOWER)).isEqualTo(new AddForeignKey(
                "x_portal_user", new ForeignKey(Optional.empty(), List.of("login_id"), "x_portal_user", List.of("id"),
                        ReferentialAction.NO_ACTION)));
        assertThat(OpSpelling.inModelSpelling(op, STORED, NameMatching.EXACT)).isSameAs(op);
    }
}
