package dev.retort.scan;

import static dev.retort.scan.Fixtures.column;
import static dev.retort.scan.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.TypeKind;
import dev.retort.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityScannerBasicTest {

    private static SchemaModel sqlite;
    private static SchemaModel postgres;

    @BeforeAll
    static void scan() {
        sqlite = Fixtures.sqlite("basic");
        postgres = Fixtures.postgres("basic");
    }

    @Test
    void findsOnlyTheEntityTableOfThePackage() {
        assertThat(sqlite.tableNames()).containsExactly("Customer");
        assertThat(postgres.tableNames()).containsExactly("customer");
    }

    @Test
    void identityIdIsTheNotNullPrimaryKey() {
        Table customer = table(sqlite, "Customer");
        assertThat(customer.primaryKey()).containsExactly("id");
        assertThat(column(customer, "id"))
                .isEqualTo(new Column("id", ColumnType.of(TypeKind.BIGINT), false, Optional.empty(), true));
    }

    @Test
    void keepsHibernatesColumnOrderWithEmbeddedColumnsInline() {
        assertThat(table(sqlite, "Customer").columnNames()).containsExactly(
                "id", "active", "street", "zip", "balance", "birthday", "createdAt", "email", "externalId",
                "lastSeen", "name", "notes", "status", "tier", "verified", "visits");
    }

    @Test
    void lengthsPrecisionAndNullability() {
        Table customer = table(sqlite, "Customer");
        assertThat(column(customer, "name").describe()).isEqualTo("varchar(80) NOT NULL");
        assertThat(column(customer, "email").describe()).isEqualTo("varchar(255) NULL");
        assertThat(column(customer, "balance").type()).isEqualTo(ColumnType.numeric(12, 2));
        assertThat(column(customer, "street").type()).isEqualTo(ColumnType.varchar(100));
        assertThat(column(customer, "zip").type()).isEqualTo(ColumnType.varchar(10));
        assertThat(column(customer, "active").describe()).isEqualTo("boolean NOT NULL");
        assertThat(column(customer, "verified").describe()).isEqualTo("boolean NULL");
        assertThat(column(customer, "birthday").type()).isEqualTo(ColumnType.of(TypeKind.DATE));
        assertThat(column(customer, "lastSeen").type()).isEqualTo(ColumnType.of(TypeKind.TIMESTAMP));
        assertThat(column(customer, "createdAt").type()).isEqualTo(ColumnType.of(TypeKind.TIMESTAMPTZ));
    }

    @Test
    void uuidIsOneNeutralKindOnBothDatabases() {
        // Hibernate keeps it as a blob on SQLite, which the SQLite dialect spells; the model stays portable
        assertThat(column(table(sqlite, "Customer"), "externalId").type()).isEqualTo(ColumnType.of(TypeKind.UUID));
        assertThat(column(table(postgres, "customer"), "externalid").type()).isEqualTo(ColumnType.of(TypeKind.UUID));
    }

    @Test
    void columnDefinitionIsParsed() {
        assertThat(column(table(sqlite, "Customer"), "notes").type()).isEqualTo(ColumnType.of(TypeKind.TEXT));
    }

    @Test
    void autoAppliedConverterDecidesTheColumnType() {
        assertThat(column(table(sqlite, "Customer"), "tier").type()).isEqualTo(ColumnType.varchar(8));
    }

    @Test
    void columnDefaultIsTrimmed() {
        assertThat(column(table(sqlite, "Customer"), "visits"))
                .isEqualTo(new Column("visits", ColumnType.of(TypeKind.INTEGER), false, Optional.of("0"), false));
    }

    @Test
    void uniqueColumnBecomesAnUnnamedUniqueConstraint() {
        assertThat(table(sqlite, "Customer").uniqueConstraints())
                .containsExactly(new UniqueConstraint(Optional.empty(), List.of("email")));
        assertThat(table(postgres, "customer").uniqueConstraints())
                .containsExactly(new UniqueConstraint(Optional.empty(), List.of("email")));
    }

    @Test
    void enumeratedStringGetsHibernatesUnnamedCheck() {
        assertThat(column(table(sqlite, "Customer"), "status").type()).isEqualTo(ColumnType.varchar(20));
        assertThat(table(sqlite, "Customer").checks())
                .containsExactly(new CheckConstraint(Optional.empty(), "status in ('NEW','ACTIVE','CLOSED')"));
        assertThat(table(postgres, "customer").checks())
                .containsExactly(new CheckConstraint(Optional.empty(), "status in ('NEW','ACTIVE','CLOSED')"));
    }

    @Test
    void postgresFoldsUnquotedNames() {
        Table customer = table(postgres, "customer");
        assertThat(customer.columnNames()).contains("createdat", "externalid", "lastseen")
                .doesNotContain("createdAt");
        assertThat(customer.primaryKey()).containsExactly("id");
    }

    @Test
    void noIndexesOrForeignKeys() {
        assertThat(table(sqlite, "Customer").indexes()).isEmpty();
        assertThat(table(sqlite, "Customer").foreignKeys()).isEmpty();
    }
}
