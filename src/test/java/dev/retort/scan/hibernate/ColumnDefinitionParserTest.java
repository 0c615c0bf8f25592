package dev.retort.scan.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.ColumnType;
import dev.retort.model.TypeKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnDefinitionParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "varchar(20)                  | VARCHAR | 20 | 0  | 0",
        "VARCHAR ( 20 )               | VARCHAR | 20 | 0  | 0",
        "character varying(7)         | VARCHAR | 7  | 0  | 0",
        "char(3)                      | CHAR    | 3  | 0  | 0",
        "char                         | CHAR    | 1  | 0  | 0",
        "text                         | TEXT    | 0  | 0  | 0",
        "clob                         | TEXT    | 0  | 0  | 0",
        "numeric(10,2)                | NUMERIC | 0  | 10 | 2",
        "decimal(5)                   | NUMERIC | 0  | 5  | 0",
        "int                          | INTEGER | 0  | 0  | 0",
        "int8                         | BIGINT  | 0  | 0  | 0",
        "bool                         | BOOLEAN | 0  | 0  | 0",
        "float4                       | REAL    | 0  | 0  | 0",
        "float(24)                    | REAL    | 0  | 0  | 0",
        "float(53)                    | DOUBLE  | 0  | 0  | 0",
        "double precision             | DOUBLE  | 0  | 0  | 0",
        "time(0)                      | TIME    | 0  | 0  | 0",
        "timestamp(6)                 | TIMESTAMP | 0 | 0 | 0",
        "timestamp(6) with time zone  | TIMESTAMPTZ | 0 | 0 | 0",
        "timestamp without time zone  | TIMESTAMP | 0 | 0 | 0",
        "timestamptz                  | TIMESTAMPTZ | 0 | 0 | 0",
        "uuid                         | UUID    | 0  | 0  | 0",
        "bytea                        | BINARY  | 0  | 0  | 0",
        "json                         | JSON    | 0  | 0  | 0",
        "jsonb                        | JSONB   | 0  | 0  | 0",
    })
    void parsesBareTypes(String sql, TypeKind kind, int length, int precision, int scale) {
        assertThat(ColumnDefinitionParser.parse(sql))
                .contains(new ColumnType(kind, length, precision, scale, ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"varchar(20) not null default 'x'", "citext", "integer array", "date with time zone",
        "text(5)", "varchar(1,2)", "serial primary key", ""})
    void leavesEverythingElseAlone(String sql) {
        assertThat(ColumnDefinitionParser.parse(sql)).isEmpty();
    }

    @Test
    void unparsedTextBecomesOtherThroughTheCaller() {
        assertThat(ColumnDefinitionParser.parse("citext").orElseGet(() -> ColumnType.other("citext")))
                .isEqualTo(new ColumnType(TypeKind.OTHER, 0, 0, 0, "citext"));
        assertThat(ColumnDefinitionParser.parse("numeric")).isEqualTo(Optional.of(ColumnType.numeric(0, 0)));
    }
}
