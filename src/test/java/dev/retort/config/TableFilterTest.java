package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableFilterTest {
    @Test
    void includeThenExcludeWithGlobs() {
        TableFilter filter = new TableFilter(List.of("app_*", "audit.*"), List.of("app_tmp_*"));
        assertThat(filter.manages("app_users")).isTrue();
        assertThat(filter.manages("APP_Orders")).isTrue();
        assertThat(filter.manages("audit.entries")).isTrue();
        assertThat(filter.manages("app_tmp_import")).isFalse();
        assertThat(filter.manages("users")).isFalse();
        assertThat(TableFilter.ALL.manages("anything")).isTrue();
        assertThat(new TableFilter(List.of(), List.of("legacy_?sers")).manages("legacy_users")).isFalse();
    }

    @Test
    void otherToolsBookkeepingTablesAreRecognisedInAnyCaseAndSchema() {
        for (String table : List.of("alembic_version", "flyway_schema_history", "FLYWAY_SCHEMA_HISTORY",
                "DATABASECHANGELOG", "databasechangeloglock", "HTE_orders", "HT_orders", "HTE_X_PORTAL_USER",
                "audit.flyway_schema_history")) {
            assertThat(TableFilter.isOtherToolsTable(table)).as(table).isTrue();
        }
        for (String table : List.of("alembic_versions", "flyway", "changelog", "HTE_", "hotel", "orders_hte_x",
                "ht_config", "hte_orders")) {
            assertThat(TableFilter.isOtherToolsTable(table)).as(table).isFalse();
        }
    }
}
