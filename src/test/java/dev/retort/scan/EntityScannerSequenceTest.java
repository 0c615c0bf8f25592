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
    void onSqliteTheGeneratorTablesBecomeSequences() {
        SchemaModel model = Fixtures.sqlite("sequences");
        // Hibernate exports one-column next_val tables; they are sequences, created with their seed row
        assertThat(model.tableNames()).containsExactly("Invoice", "Ticket");
        // with the start and increment of Hibernate's generator, so a migration made here is right on PostgreSQL
        assertThat(model.sequences()).containsExactly(new Sequence("Ticket_SEQ", 1, 50),
                new Sequence("invoice_numbers", 1, 1));
        assertThat(column(table(model, "Ticket"), "id").identity()).isFalse();
        assertThat(column(table(model, "Ticket"), "id").type()).isEqualTo(ColumnType.of(TypeKind.BIGINT));
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
