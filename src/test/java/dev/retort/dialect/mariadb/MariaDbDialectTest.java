package dev.retort.dialect.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialects;
import dev.retort.dialect.SqlDialect;
import dev.retort.model.NameMatching;
import org.junit.jupiter.api.Test;

/** MariaDB's SQL as text: registration, quoting, the version table and the migration lock. */
class MariaDbDialectTest {
    private final SqlDialect dialect = new MariaDbDialect();

    @Test
    void mariaDbAndMySqlUrlsAndNamesSelectTheDialect() {
        assertThat(Dialects.forJdbcUrl("jdbc:mariadb://h:3306/app").name()).isEqualTo("mariadb");
        assertThat(Dialects.forJdbcUrl("jdbc:mysql://h/app").name()).isEqualTo("mariadb");
        assertThat(Dialects.forName("MariaDB").hibernateDialect()).isEqualTo("org.hibernate.dialect.MariaDBDialect");
        assertThat(Dialects.forName("mysql")).isSameAs(Dialects.forName("mariadb"));
    }

    /** The smallest blob type that holds the length, as Hibernate's MariaDBDialect picks it. */
    @Test
    void aBlobIsTheSmallestTypeThatHoldsItsLength() {
        assertThat(MariaDbTypes.blob(0)).isEqualTo("longblob");
        assertThat(MariaDbTypes.blob(255)).isEqualTo("tinyblob");
        assertThat(MariaDbTypes.blob(256)).isEqualTo("blob");
        assertThat(MariaDbTypes.blob(65_535)).isEqualTo("blob");
        assertThat(MariaDbTypes.blob(65_536)).isEqualTo("mediumblob");
        assertThat(MariaDbTypes.blob(16_777_216)).isEqualTo("longblob");
        assertThat(dialect.typeSql(dev.retort.migration.Schema.blob(1000))).isEqualTo("blob");
        assertThat(dialect.typeSql(dev.retort.migration.Schema.blob())).isEqualTo("longblob");
    }

    /** An index method only PostgreSQL has is refused with the fix, not sent to the server as an SQL error. */
    @Test
    void anIndexMethodMariaDbLacksIsRefused() {
        var table = dev.retort.model.Table.builder("doc").column(dev.retort.model.Column.of("body",
                dev.retort.model.ColumnType.of(dev.retort.model.TypeKind.TEXT))).build();
        var gin = new dev.retort.model.Index("ix_doc_body", java.util.List.of("body"), false, "gin",
                java.util.Optional.empty());
        var model = dev.retort.ops.ModelFolder.apply(dev.retort.model.SchemaModel.EMPTY,
                new dev.retort.ops.CreateTable(table));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dialect.statements(
                        new dev.retort.ops.CreateIndex("doc", gin), model))
                .hasMessageContaining("ix_doc_body on doc uses the method gin, which MariaDB does not have");
        var fulltext = gin.withMethod("fulltext");
        assertThat(dialect.statements(new dev.retort.ops.CreateIndex("doc", fulltext), model))
                .containsExactly("CREATE FULLTEXT INDEX `ix_doc_body` ON `doc` (`body`)");
    }

    /** The model's {@code nextval('seq')} is MariaDB's {@code nextval(`seq`)}. */
    @Test
    void aSequenceDefaultNamesTheSequence() {
        assertThat(MariaDbSql.defaultClause("nextval('owner_seq')")).isEqualTo("(nextval(`owner_seq`))");
        assertThat(MariaDbSql.defaultClause("nextval('public.owner_seq'::regclass)")).isEqualTo("(nextval(`owner_seq`))");
        assertThat(MariaDbSql.defaultClause("'nextval(x)'")).isEqualTo("'nextval(x)'");
    }

    /** Hibernate keeps an array as a JSON array on MariaDB. */
    @Test
    void anArrayIsJson() {
        assertThat(dialect.typeSql(dev.retort.model.ColumnType.other("integer[]"))).isEqualTo("json");
        assertThat(dialect.typeSql(dev.retort.model.ColumnType.other("character varying(255)[]"))).isEqualTo("json");
        assertThat(dialect.typeSql(dev.retort.model.ColumnType.other("mediumtext"))).isEqualTo("mediumtext");
    }

    /** MariaDB has no named enum types, and Hibernate cannot map a column of one there: refused with the fix. */
    @Test
    void aColumnOfANamedEnumTypeIsRefused() {
        var mood = new dev.retort.model.EnumType("mood", java.util.List.of("happy", "sad"));
        var before = dev.retort.ops.ModelFolder.apply(dev.retort.model.SchemaModel.EMPTY,
                new dev.retort.ops.CreateEnumType(mood));
        var table = dev.retort.model.Table.builder("person").column(new dev.retort.model.Column("mood",
                dev.retort.model.ColumnType.other("mood"), true, java.util.Optional.empty(), false,
                java.util.Optional.empty())).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dialect.statements(
                        new dev.retort.ops.CreateTable(table), before))
                .hasMessageContaining("person.mood has the enum type mood")
                .hasMessageContaining("@Enumerated(EnumType.STRING)");
    }

    @Test
    void namesAreInBackticksAsWrittenAndMatchedWithoutCase() {
        assertThat(dialect.quote("X_PORTAL_USER")).isEqualTo("`X_PORTAL_USER`");
        assertThat(dialect.quote("\"MixedCase\"")).isEqualTo("`MixedCase`");
        assertThat(dialect.quote("odd`name")).isEqualTo("`odd``name`");
        assertThat(dialect.capabilities().names()).isEqualTo(NameMatching.IGNORES_CASE);
        assertThat(dialect.capabilities().transactionalDdl()).isFalse();
        assertThat(dialect.capabilities().enumTypes()).isFalse();
    }

    @Test
    void versionTableAndNamedLockOfTheConnectionsDatabase() {
        assertThat(dialect.createVersionTable("retort_version")).isEqualTo(
                "CREATE TABLE IF NOT EXISTS `retort_version` (version_num varchar(32) NOT NULL PRIMARY KEY)");
        String name = "CONCAT('retort_', DATABASE(), '.', 'retort_version')";
        assertThat(dialect.tryLockStatement("retort_version"))
                .contains("SELECT COALESCE(GET_LOCK(" + name + ", 0), 0) = 1");
        assertThat(dialect.lockStatement("retort_version")).contains("SELECT GET_LOCK(" + name + ", -1)");
        assertThat(dialect.unlockStatement("retort_version")).contains("SELECT RELEASE_LOCK(" + name + ")");
        assertThat(dialect.lockHolderQuery("retort_version").orElseThrow()).contains("IS_USED_LOCK(" + name + ")");
        assertThat(dialect.literal("it's a\\b")).isEqualTo("'it''s a\\\\b'");
    }

    @Test
    void eachOpIsMariaDbsAlterTable() {
        java.util.Map<String, java.util.List<String>> sql = new java.util.LinkedHashMap<>();
        dev.retort.model.SchemaModel model = dev.retort.model.SchemaModel.EMPTY;
        for (dev.retort.ops.MigrationOp op : MariaDbOps.all()) {
            sql.put(op.getClass().getSimpleName() + (sql.containsKey(op.getClass().getSimpleName()) ? "2" : ""),
                    dialect.statements(op, model));
            model = MariaDbOps.fold(model, op);
        }
        assertThat(sql.get("CreateTable")).containsExactly("CREATE TABLE `owners` (`id` bigint NOT NULL AUTO_INCREMENT,"
                + " `email` varchar(200) NOT NULL DEFAULT 'none' COMMENT 'where mail goes', `born` date NULL,"
                + " PRIMARY KEY (`id`)) COMMENT = 'people who own things'");
        assertThat(sql.get("CreateTable2")).containsExactly("CREATE TABLE `pets` (`id` uuid NOT NULL,"
                + " `owner_id` bigint NULL, `weight` decimal(6,2) NULL, `seen_at` datetime(6) NULL, `tame` bit NULL,"
                + " `notes` longtext NULL, `photo` longblob NULL, `attrs` json NULL, PRIMARY KEY (`id`))",
                "CREATE INDEX `ix_pets_seen` ON `pets` (`seen_at`)");
        assertThat(sql.get("AlterColumn")).containsExactly("ALTER TABLE `owners` MODIFY COLUMN `name` varchar(120)"
                + " NOT NULL DEFAULT 'x' COMMENT 'a name'");
        assertThat(sql.get("RenameColumn")).containsExactly("ALTER TABLE `owners` RENAME COLUMN `name` TO `full_name`");
        assertThat(sql.get("AlterTableComment")).containsExactly("ALTER TABLE `owners` COMMENT = 'owners'' table'");
        assertThat(sql.get("CreateIndex")).containsExactly("CREATE INDEX `ix_owners_email` ON `owners`"
                + " (email(20), `born`)");
        assertThat(sql.get("AddForeignKey")).containsExactly("ALTER TABLE `pets` ADD CONSTRAINT `fk_pets_owner`"
                + " FOREIGN KEY (`owner_id`) REFERENCES `owners` (`id`) ON DELETE CASCADE");
        assertThat(sql.get("DropForeignKey")).containsExactly("ALTER TABLE `pets` DROP FOREIGN KEY `fk_pets_owner`,"
                + " DROP INDEX IF EXISTS `fk_pets_owner`, DROP INDEX IF EXISTS `owner_id`");
        assertThat(sql.get("DropUniqueConstraint")).containsExactly("ALTER TABLE `owners` DROP INDEX `uq_owners_email`");
        assertThat(sql.get("DropCheckConstraint")).containsExactly("ALTER TABLE `pets` DROP CONSTRAINT `ck_pets_weight`");
        assertThat(sql.get("AlterPrimaryKey")).containsExactly("ALTER TABLE `owners` DROP PRIMARY KEY,"
                + " ADD PRIMARY KEY (`id`, `email`)");
        assertThat(sql.get("CreateSequence")).containsExactly("CREATE SEQUENCE `pet_seq` START WITH 100 INCREMENT BY 20");
        assertThat(sql.get("RenameTable")).containsExactly("RENAME TABLE `pets` TO `animals`");
        assertThat(sql.get("BulkInsert2").get(0)).isEqualTo("INSERT INTO `pets` (`id`, `weight`, `seen_at`, `tame`,"
                + " `notes`, `photo`, `attrs`) VALUES ('0b8f6f7e-1111-4a4a-8c8c-000000000001', 4.25,"
                + " '2024-05-01 10:15:30.123456', TRUE, 'it''s a \\\\ backslash', X'010203', '{\"k\":\"v\"}')");
    }

    @Test
    void whatMariaDbCannotDoIsRefusedClearly() {
        dev.retort.model.Index partial = new dev.retort.model.Index("ix_p", java.util.List.of("born"), false)
                .withWhere(java.util.Optional.of("born IS NOT NULL"));
        dev.retort.model.SchemaModel model = dev.retort.model.SchemaModel.EMPTY;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dialect.statements(
                new dev.retort.ops.CreateIndex("owners", partial), model)).hasMessageContaining("no partial indexes");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dialect.statements(new dev.retort.ops.DropForeignKey(
                "pets", new dev.retort.model.ForeignKey(java.util.Optional.empty(), java.util.List.of("owner_id"), "owners",
                java.util.List.of("id"), dev.retort.model.ReferentialAction.CASCADE,
                dev.retort.model.ReferentialAction.NO_ACTION)), model)).hasMessageContaining("unnamed foreign key");
    }

    @Test
    void everyStatementButOneThatReadsOrChangesRowsCommitsImplicitly() {
        assertThat(dialect.commitsImplicitly("CREATE TABLE `t` (`id` bigint)")).isTrue();
        assertThat(dialect.commitsImplicitly("ALTER TABLE `t` ADD COLUMN `x` int")).isTrue();
        assertThat(dialect.commitsImplicitly("drop index `ix` on `t`")).isTrue();
        assertThat(dialect.commitsImplicitly("RENAME TABLE `a` TO `b`")).isTrue();
        assertThat(dialect.commitsImplicitly("TRUNCATE TABLE t")).isTrue();
        assertThat(dialect.commitsImplicitly("/* a comment first */ INSERT INTO t VALUES (1)")).as("unplaced").isTrue();
        assertThat(dialect.commitsImplicitly("CALL refresh()")).as("unplaced").isTrue();
        assertThat(dialect.commitsImplicitly("INSERT INTO t (id) VALUES (1)")).isFalse();
        assertThat(dialect.commitsImplicitly("  update t SET x = 1")).isFalse();
        assertThat(dialect.commitsImplicitly("DELETE FROM t")).isFalse();
        assertThat(dialect.commitsImplicitly("REPLACE INTO t VALUES (1)")).isFalse();
        assertThat(dialect.commitsImplicitly("(SELECT 1)")).isFalse();
        assertThat(dialect.commitsImplicitly("WITH x AS (SELECT 1) UPDATE t SET y = 1")).isFalse();
    }
}
