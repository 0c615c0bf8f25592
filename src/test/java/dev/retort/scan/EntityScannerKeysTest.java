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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void uniqueIndexStaysAUniqueIndexThoughHibernate7BindsItAsAUniqueKey() {
        for (SchemaModel model : List.of(sqlite, postgres)) {
            Table stock = table(model, model == sqlite ? "Stock" : "stock");
            assertThat(stock.indexes()).containsExactly(new Index("ux_stock_bin", List.of("bin", "warehouse"), true));
            assertThat(stock.uniqueConstraints()).isEmpty();
        }
    }

    @Test
    void uniqueIndexesAndUniqueConstraintsOfOneTableAreToldApart(@TempDir Path dir) {
        Path classes = JavaSources.compile(dir.resolve("classes"), Map.of("gen.uniq.Item", """
                package gen.uniq;

                @jakarta.persistence.Entity
                @jakarta.persistence.Table(name = "item",
                        uniqueConstraints = {
                                @jakarta.persistence.UniqueConstraint(name = "uq_item_a", columnNames = "a"),
                                @jakarta.persistence.UniqueConstraint(columnNames = {"b", "a"})},
                        indexes = {
                                @jakarta.persistence.Index(name = "ux_item_c", columnList = "c", unique = true),
                                @jakarta.persistence.Index(columnList = "d, c", unique = true),
                                @jakarta.persistence.Index(name = "ix_item_e", columnList = "e")})
                public class Item {
                    @jakarta.persistence.Id
                    private long id;
                    private String a;
                    private String b;
                    private String c;
                    private String d;
                    private String e;
                    @jakarta.persistence.Column(unique = true)
                    private String f;
                }
                """, "gen.uniq.Other", """
                package gen.uniq;

                /** A unique constraint named like item's unique index: the name alone does not make it an index. */
                @jakarta.persistence.Entity
                @jakarta.persistence.Table(name = "other",
                        uniqueConstraints = @jakarta.persistence.UniqueConstraint(name = "ux_item_c", columnNames = "c"))
                public class Other {
                    @jakarta.persistence.Id
                    private long id;
                    private String c;
                }
                """));
        SchemaModel model = new EntityScanner().scan(ScanRequest.of(List.of(classes), List.of("gen.uniq"),
                Fixtures.POSTGRES, Fixtures.KEEP));

        Table item = table(model, "item");
        assertThat(item.indexes()).containsExactly(
                new Index("ix_item_e", List.of("e"), false),
                new Index("ux_item_c", List.of("c"), true),
                new Index("ux_item_d_c", List.of("d", "c"), true));
        assertThat(item.uniqueConstraints()).containsExactly(
                new UniqueConstraint(Optional.of("uq_item_a"), List.of("a")),
                new UniqueConstraint(Optional.empty(), List.of("b", "a")),
                new UniqueConstraint(Optional.empty(), List.of("f")));
        assertThat(table(model, "other").uniqueConstraints())
                .containsExactly(new UniqueConstraint(Optional.of("ux_item_c"), List.of("c")));
        assertThat(table(model, "other").indexes()).isEmpty();
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
