package dev.retort.scan.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexNamerTest {

    @Test
    void readableNameFromTableAndColumns() {
        assertThat(IndexNamer.name("order_line", List.of("sku", "quantity"), false))
                .isEqualTo("ix_order_line_sku_quantity");
        assertThat(IndexNamer.name("stock", List.of("bin"), true)).isEqualTo("ux_stock_bin");
    }

    @Test
    void longNamesAreCutTo63WithAStableHashOfTheFullName() {
        List<String> columns = List.of("a_rather_long_column_name", "another_rather_long_column_name");
        String name = IndexNamer.name("customer_subscription_history", columns, false);

        assertThat(name).isEqualTo("ix_customer_subscription_history_a_rather_long_column_37bb61b7");
        assertThat(IndexNamer.name("customer_subscription_history", columns, false)).isEqualTo(name);
        assertThat(IndexNamer.name("customer_subscription_history", List.of("a_rather_long_column_name",
                "another_rather_long_column_nameX"), false))
                .startsWith("ix_customer_subscription_history_a_rather_long_column_").isNotEqualTo(name);
    }

    @Test
    void nameOfExactly63IsKept() {
        String table = "t".repeat(63 - "ix__c".length());
        assertThat(IndexNamer.name(table, List.of("c"), false)).hasSize(63).endsWith("_c");
    }
}
