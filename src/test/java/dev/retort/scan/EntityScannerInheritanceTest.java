package dev.retort.scan;

import static dev.retort.scan.Fixtures.column;
import static dev.retort.scan.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.CheckConstraint;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.TypeKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityScannerInheritanceTest {

    private static SchemaModel sqlite;

    @BeforeAll
    static void scan() {
        sqlite = Fixtures.sqlite("inheritance");
    }

    @Test
    void oneTablePerPhysicalTableAndNoneForTheAbstractUnionRoot() {
        assertThat(sqlite.tableNames())
                .containsExactly("CardPayment", "Cat", "Dog", "Note", "Payment", "Vehicle");
    }

    @Test
    void singleTableHoldsAllSubclassColumnsAndTheDiscriminator() {
        Table vehicle = table(sqlite, "Vehicle");
        assertThat(vehicle.columnNames()).containsExactly("kind", "id", "plate", "seats", "payload");
        assertThat(column(vehicle, "kind").describe()).isEqualTo("varchar(31) NOT NULL");
        assertThat(column(vehicle, "seats").describe()).isEqualTo("integer NULL");
        assertThat(column(vehicle, "payload").type()).isEqualTo(ColumnType.of(TypeKind.DOUBLE));
    }

    @Test
    void singleTableChecksAreHibernatesDiscriminatorAndSubclassChecks() {
        assertThat(table(sqlite, "Vehicle").checks()).containsExactly(
                new CheckConstraint(Optional.empty(), "kind <> 'car' or (seats is not null)"),
                new CheckConstraint(Optional.empty(), "kind <> 'truck' or (payload is not null)"),
                new CheckConstraint(Optional.empty(), "kind in ('Vehicle','car','truck')"));
    }

    @Test
    void joinedSubclassTableReferencesItsParentByPrimaryKey() {
        Table card = table(sqlite, "CardPayment");
        assertThat(card.columnNames()).containsExactly("last4", "id");
        assertThat(card.primaryKey()).containsExactly("id");
        assertThat(card.foreignKeys()).containsExactly(new ForeignKey(Optional.empty(), List.of("id"), "Payment",
                List.of("id"), ReferentialAction.NO_ACTION));
        assertThat(table(sqlite, "Payment").columnNames()).containsExactly("id", "amount");
    }

    @Test
    void tablePerClassCopiesInheritedColumnsIntoEachConcreteTable() {
        assertThat(table(sqlite, "Dog").columnNames()).containsExactly("id", "name", "goodBoy");
        assertThat(table(sqlite, "Cat").columnNames()).containsExactly("id", "name", "lives");
        assertThat(column(table(sqlite, "Cat"), "name").type()).isEqualTo(ColumnType.varchar(255));
        assertThat(table(sqlite, "Dog").primaryKey()).containsExactly("id");
        assertThat(table(sqlite, "Dog").foreignKeys()).isEmpty();
    }

    @Test
    void mappedSuperclassColumnsLandInTheEntityTable() {
        assertThat(table(sqlite, "Note").columnNames()).containsExactly("id", "modifiedAt", "body");
    }
}
