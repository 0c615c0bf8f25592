package dev.retort.scan;

import static dev.retort.scan.Fixtures.column;
import static dev.retort.scan.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.ColumnType;
import dev.retort.model.TypeKind;
import org.junit.jupiter.api.Test;

class EntityScannerPackageInfoTest {

    @Test
    void packageLevelConverterRegistrationIsSeenByHibernate() {
        // without the package, Hibernate cannot map the Code record at all
        assertThat(column(table(Fixtures.sqlite("packageinfo"), "Voucher"), "code").type())
                .isEqualTo(ColumnType.of(TypeKind.INTEGER));
    }
}
