package dev.retort.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColumnTypeArrayTest {

    @Test
    void anArrayIsTheTypePostgresPrintsAndReadsBackAsItsElement() {
        assertThat(ColumnType.arrayOf(ColumnType.varchar(255))).isEqualTo(ColumnType.other("character varying(255)[]"));
        assertThat(ColumnType.arrayOf(ColumnType.of(TypeKind.INTEGER))).isEqualTo(ColumnType.other("integer[]"));
        for (ColumnType element : List.of(ColumnType.varchar(255), ColumnType.varchar(0), ColumnType.chars(3),
                ColumnType.numeric(12, 3), ColumnType.numeric(0, 0), ColumnType.of(TypeKind.UUID),
                ColumnType.of(TypeKind.TEXT), ColumnType.of(TypeKind.BIGINT), ColumnType.of(TypeKind.TIMESTAMPTZ),
                ColumnType.of(TypeKind.JSONB), ColumnType.of(TypeKind.DOUBLE))) {
            assertThat(ColumnType.arrayOf(element).arrayElement()).as(element.toString()).contains(element);
        }
    }

    @Test
    void otherTypesAreNoArraysAndLobsHaveNone() {
        assertThat(ColumnType.other("mood[]").arrayElement()).isEqualTo(Optional.empty());
        assertThat(ColumnType.other("timestamp(6) without time zone[]").arrayElement()).isEmpty();
        assertThat(ColumnType.other("integer").arrayElement()).isEmpty();
        assertThat(ColumnType.varchar(10).arrayElement()).isEmpty();
        assertThatThrownBy(() -> ColumnType.arrayOf(ColumnType.of(TypeKind.CLOB)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sqlType");
    }
}
