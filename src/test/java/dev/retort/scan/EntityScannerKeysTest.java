package dev.retort.scan;

import static dev.retort.scan.Fixtures.column;
import static dev.retort.scan.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.CheckConstraint;
import dev.retort.model.ColumnType;
import dev.retort.model.Index;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.TypeKind;
import dev.retort.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityScannerKeysTest {

    private static SchemaModel sqlite;
    private static SchemaModel postgres;

    @BeforeAll
    static void scan() {
        sqlite = Fixtures.sqlite("keys");
        postgres = Fixtures.postgres("keys");
    }

    @Test
    void embeddedIdGivesACompositePrimaryKeyInHibernatesOrder() {
        Table line = table(sqlite, "order_line");
        // Hibernate's column ordering puts the key columns first, sorted by name (not declaration order)
        assertThat(line.primaryKey()).containsExactly("lineNo", "orderNo");
        assertThat(column(line, "orderNo").describe()).isEqualTo("bigint NOT NULL");
        assertThat(column(line, "lineNo").describe()).isEqualTo("integer NOT NULL");
        assertThat(column(line, "orderNo").identity()).isFalse();
    }

    @Test
    void idClassGivesACompositePrimaryKey() {
        Table stock = table(sqlite, "Stock");
        assertThat(stock.primaryKey()).containsExactly("sku", "warehouse");
        assertThat(column(stock, "warehouse").type()).isEqualTo(ColumnType.varchar(10));
        assertThat(column(stock, "sku").type()).isEqualTo(ColumnType.varchar(30));
        assertThat(column(stock, "onHand").type()).isEqualTo(ColumnType.of(TypeKind.INTEGER));
    }

    @Test
    void implicitIndexNameIsReadableAndExplicitNameIsKept() {
        assertThat(table(sqlite, "order_line").indexes()).containsExactly(
                new Index("ix_line_named", List.of("quantity"), false),
                new Index("ix_order_line_sku_quantity", List.of("sku", "quantity"), false));
        assertThat(table(postgres, "order_line").indexes()).containsExactly(
                new Index("ix_line_named", List.of("quantity"), false),
                new Index("ix_order_line_sku_quantity", List.of("sku", "quantity"), false));
    }

    @Test
    void uniqueConstraintsKeepOnlyChosenNames() {
        assertThat(table(sqlite, "order_line").uniqueConstraints()).containsExactly(
                new UniqueConstraint(Optional.empty(), List.of("note", "quantity")),
                new UniqueConstraint(Optional.of("uq_line_sku_note"), List.of("sku", "note")));
    }

    @Test
    void uniqueIndexBecomesANamedUniqueConstraintAsInHibernate7() {
        Table stock = table(sqlite, "Stock");
        assertThat(stock.indexes()).isEmpty();
        assertThat(stock.uniqueConstraints())
                .containsExactly(new UniqueConstraint(Optional.of("ux_stock_bin"), List.of("bin", "warehouse")));
    }

    @Test
    void tableAndColumnChecksWithChosenNamesKeptAndUnnamedColumnChecksJoinedAsHibernateWritesThem() {
        assertThat(column(table(sqlite, "Stock"), "grade").type()).isEqualTo(ColumnType.chars(1));
        assertThat(table(sqlite, "Stock").checks()).containsExactly(
                new CheckConstraint(Optional.empty(), "(grade <> 'C' or onHand = 0) and (grade in ('A','B','C'))"),
                new CheckConstraint(Optional.of("CK_Stock_Bin"), "bin <> ''"),
                new CheckConstraint(Optional.empty(), "onHand >= 0"));
        assertThat(table(postgres, "stock").checks()).extracting(CheckConstraint::name)
                .containsExactly(Optional.empty(), Optional.of("ck_stock_bin"), Optional.empty());
    }

    @Test
    void postgresFoldsCompositeKeyColumns() {
        Table stock = table(postgres, "stock");
        assertThat(stock.primaryKey()).containsExactly("sku", "warehouse");
        assertThat(table(postgres, "order_line").primaryKey()).containsExactly("lineno", "orderno");
        assertThat(column(stock, "onhand").nullable()).isFalse();
    }
}
