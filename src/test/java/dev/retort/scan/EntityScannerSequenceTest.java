package dev.retort.scan;

import static dev.retort.scan.Fixtures.column;
import static dev.retort.scan.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.ColumnType;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.TypeKind;
import org.junit.jupiter.api.Test;

class EntityScannerSequenceTest {

    @Test
    void onSqliteSequencesAreOneColumnTables() {
        SchemaModel model = Fixtures.sqlite("sequences");
        assertThat(model.tableNames()).containsExactly("Invoice", "Ticket", "Ticket_SEQ", "invoice_numbers");
        assertThat(table(model, "Ticket_SEQ").columnNames()).containsExactly("next_val");
        assertThat(table(model, "Ticket_SEQ").primaryKey()).isEmpty();
        assertThat(column(table(model, "Ticket_SEQ"), "next_val").describe()).isEqualTo("bigint NULL");
        assertThat(column(table(model, "invoice_numbers"), "next_val").type())
                .isEqualTo(ColumnType.of(TypeKind.BIGINT));
        assertThat(column(table(model, "Ticket"), "id").identity()).isFalse();
    }

    @Test
    void onSqliteThereAreNoSequenceObjects() {
        assertThat(Fixtures.sqlite("sequences").sequences()).isEmpty();
    }

    @Test
    void onPostgresSequencesAreSequencesNotTables() {
        SchemaModel model = Fixtures.postgres("sequences");
        assertThat(model.tableNames()).containsExactly("invoice", "ticket");
        // AUTO: Hibernate's <table>_SEQ, start 1, increment 50; @SequenceGenerator: its name and allocation size
        assertThat(model.sequences()).containsExactly(new Sequence("invoice_numbers", 1, 1),
                new Sequence("ticket_seq", 1, 50));
        assertThat(column(table(model, "ticket"), "id").identity()).isFalse();
    }
}
