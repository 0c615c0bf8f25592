package dev.retort.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.ColumnType;
import dev.retort.model.TypeKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqliteTypesTest {

    static List<ColumnType> everyKind() {
        List<ColumnType> types = new ArrayList<>();
        for (TypeKind k : TypeKind.values()) {
            switch (k.shape()) {
                case PLAIN -> types.add(ColumnType.of(k));
                case LENGTH -> {
                    types.add(new ColumnType(k, 0, 0, 0, ""));
                    types.add(new ColumnType(k, 42, 0, 0, ""));
                }
                case PRECISION_SCALE -> {
                    types.add(ColumnType.numeric(0, 0));
                    types.add(ColumnType.numeric(12, 0));
                    types.add(ColumnType.numeric(10, 2));
                }
                case RAW -> {
                    types.add(ColumnType.other("point"));
                    types.add(ColumnType.other("interval day to second"));
                }
            }
        }
        return types;
    }

    @Test
    void everySpellingParsesBackToItsType() {
        for (ColumnType t : everyKind()) {
            // a kind SQLite stores as another reads back as the kind of its spelling
            ColumnType stored = switch (t.kind()) {
                case TIMESTAMPTZ -> ColumnType.of(TypeKind.TIMESTAMP);
                case UUID, BLOB -> ColumnType.of(TypeKind.BINARY);
                case JSON, JSONB -> ColumnType.of(TypeKind.CLOB);
                default -> t;
            };
            assertThat(SqliteTypes.parse(SqliteTypes.sql(t))).as(t + " as " + SqliteTypes.sql(t)).isEqualTo(stored);
            assertThat(SqliteTypes.parse(SqliteTypes.sql(t).toUpperCase())).as("upper " + t).isEqualTo(stored);
        }
    }

    @Test
    void spellings() {
        assertThat(SqliteTypes.sql(ColumnType.of(TypeKind.DOUBLE))).isEqualTo("double precision");
        // Hibernate's SQLite spellings, which its schema validator expects
        assertThat(SqliteTypes.sql(ColumnType.of(TypeKind.TIMESTAMPTZ))).isEqualTo("timestamp");
        assertThat(SqliteTypes.sql(ColumnType.of(TypeKind.UUID))).isEqualTo("blob");
        assertThat(SqliteTypes.sql(ColumnType.of(TypeKind.CLOB))).isEqualTo("clob");
        assertThat(SqliteTypes.sql(ColumnType.of(TypeKind.BLOB))).isEqualTo("blob");
        assertThat(SqliteTypes.sql(ColumnType.of(TypeKind.BINARY))).isEqualTo("blob");
        assertThat(SqliteTypes.sql(ColumnType.varchar(255))).isEqualTo("varchar(255)");
        assertThat(SqliteTypes.sql(ColumnType.chars(1))).isEqualTo("char(1)");
        assertThat(SqliteTypes.sql(ColumnType.numeric(0, 0))).isEqualTo("numeric");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "INT | integer",
            "int4 | integer",
            "MEDIUMINT | integer",
            "Int2 | smallint",
            "TINYINT | smallint",
            "INT8 | bigint",
            "UNSIGNED BIG INT | bigint",
            "BIGINT(20) | bigint",
            "FLOAT | double",
            "DOUBLE | double",
            "double   precision | double",
            "FLOAT4 | real",
            "DECIMAL(10, 2) | numeric(10,2)",
            "NUMERIC ( 8 ) | numeric(8,0)",
            "DECIMAL | numeric",
            "VARCHAR(20) | varchar(20)",
            "VARCHAR ( 20 ) | varchar(20)",
            "CHARACTER VARYING(30) | varchar(30)",
            "NVARCHAR(5) | varchar(5)",
            "CHARACTER(3) | char(3)",
            "NCHAR(2) | char(2)",
            "CLOB | clob",
            "DATETIME | timestamp",
            "TIMESTAMP(6) | timestamp",
            "timestamp(3) with time zone | timestamptz",
            "TIMESTAMPTZ | timestamptz",
            "BOOL | boolean",
            "BYTEA | binary",
            "'' | binary",
            "Point | point",
            "VARCHAR(max) | varchar(max)",
    })
    void tolerantParsing(String declared, String expected) {
        assertThat(SqliteTypes.parse(declared).toString()).isEqualTo(expected);
    }

    @Test
    void unknownTypesKeepTheirTextAsOther() {
        ColumnType t = SqliteTypes.parse("  GEOMETRY   ( POINT , 4326 ) ");
        assertThat(t.kind()).isEqualTo(TypeKind.OTHER);
        assertThat(t.raw()).isEqualTo("geometry ( point , 4326 )");
        assertThat(SqliteTypes.parse(null)).isEqualTo(ColumnType.of(TypeKind.BINARY));
    }
}
