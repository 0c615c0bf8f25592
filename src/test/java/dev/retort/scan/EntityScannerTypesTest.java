package dev.retort.scan;

import static dev.retort.scan.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.SchemaModel;
import dev.retort.model.TypeKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The column type Retort derives for each Java type of {@code fixtures.types.Sampler}, on both dialects. The
 * table documents what Hibernate 7 reports; the entries that differ between dialects are the surprises.
 */
class EntityScannerTypesTest {

    private static final ColumnType BIGINT = ColumnType.of(TypeKind.BIGINT);
    private static final ColumnType BOOLEAN = ColumnType.of(TypeKind.BOOLEAN);
    private static final ColumnType SMALLINT = ColumnType.of(TypeKind.SMALLINT);
    private static final ColumnType INTEGER = ColumnType.of(TypeKind.INTEGER);
    private static final ColumnType BINARY = ColumnType.of(TypeKind.BINARY);
    private static final ColumnType TIME = ColumnType.of(TypeKind.TIME);
    private static final ColumnType TIMESTAMPTZ = ColumnType.of(TypeKind.TIMESTAMPTZ);

    /** Columns in Hibernate's order (id, then by attribute name), with the types both dialects agree on. */
    private static Map<String, ColumnType> common() {
        Map<String, ColumnType> m = new LinkedHashMap<>();
        m.put("id", BIGINT);
        m.put("bigDecimal", ColumnType.numeric(38, 2));
        m.put("bigInteger", ColumnType.numeric(38, 0));
        m.put("bytes", BINARY);
        m.put("definitionCitext", ColumnType.other("citext"));
        m.put("definitionJsonb", ColumnType.of(TypeKind.JSONB));
        m.put("definitionVarchar", ColumnType.varchar(20));
        m.put("duration", ColumnType.numeric(21, 0));
        m.put("enumOrdinal", SMALLINT);
        m.put("enumString", ColumnType.varchar(255));
        m.put("fixedChar", ColumnType.chars(3));
        m.put("hugeString", null);
        m.put("instant", TIMESTAMPTZ);
        m.put("json", null);
        m.put("lobBytes", null);
        m.put("lobString", null);
        m.put("localDate", ColumnType.of(TypeKind.DATE));
        m.put("localDateTime", ColumnType.of(TypeKind.TIMESTAMP));
        m.put("localTime", TIME);
        m.put("offsetDateTime", TIMESTAMPTZ);
        m.put("offsetTime", TIME);
        m.put("primitiveBoolean", BOOLEAN);
        m.put("primitiveByte", SMALLINT);
        m.put("primitiveChar", ColumnType.chars(1));
        m.put("primitiveDouble", ColumnType.of(TypeKind.DOUBLE));
        m.put("primitiveFloat", ColumnType.of(TypeKind.REAL));
        m.put("primitiveInt", INTEGER);
        m.put("primitiveShort", SMALLINT);
        m.put("string", ColumnType.varchar(255));
        m.put("uuid", null);
        m.put("wrapperBoolean", BOOLEAN);
        m.put("wrapperLong", BIGINT);
        m.put("year", INTEGER);
        m.put("zonedDateTime", TIMESTAMPTZ);
        return m;
    }

    @Test
    void sqliteTypes() {
        Map<String, ColumnType> expected = common();
        expected.put("hugeString", ColumnType.varchar(20000000));
        expected.put("json", ColumnType.of(TypeKind.JSONB)); // clob on SQLite, but one neutral kind for both databases
        expected.put("lobBytes", new ColumnType(TypeKind.BLOB, 255, 0, 0, "")); // spelled blob; Hibernate's default length
        expected.put("lobString", ColumnType.of(TypeKind.CLOB)); // spelled clob
        expected.put("uuid", ColumnType.of(TypeKind.UUID)); // spelled blob: a 16-byte value
        assertThat(types(Fixtures.sqlite("types"), "Sampler")).containsExactlyEntriesOf(expected);
    }

    @Test
    void postgresTypes() {
        Map<String, ColumnType> expected = lowerCaseKeys(common());
        expected.put("hugestring", ColumnType.of(TypeKind.TEXT)); // longer than varchar allows: Hibernate says text
        expected.put("json", ColumnType.of(TypeKind.JSONB));
        expected.put("lobbytes", new ColumnType(TypeKind.BLOB, 255, 0, 0, "")); // large objects (oid), not bytea
        expected.put("lobstring", ColumnType.of(TypeKind.CLOB)); // large objects (oid), not text
        expected.put("uuid", ColumnType.of(TypeKind.UUID));
        assertThat(types(Fixtures.postgres("types"), "sampler")).containsExactlyEntriesOf(expected);
    }

    @Test
    void enumColumnsCarryHibernatesChecksOnBothDialects() {
        List<CheckConstraint> expected = List.of(
                new CheckConstraint(Optional.empty(), "enumOrdinal between 0 and 1"),
                new CheckConstraint(Optional.empty(), "enumString in ('LOW','HIGH')"));
        assertThat(table(Fixtures.sqlite("types"), "Sampler").checks()).isEqualTo(expected);
        assertThat(table(Fixtures.postgres("types"), "sampler").checks()).isEqualTo(expected);
    }

    /**
     * Hibernate's MariaDBDialect makes an {@code @Enumerated(STRING)} column a native {@code enum ('HIGH','LOW')}
     * (names sorted); the model is the varchar with the check of the other databases, values in declaration order.
     */
    @Test
    void aNativeEnumIsTheVarcharWithTheCheckOfTheOtherDialects() {
        SchemaModel mariadb = new EntityScanner().scan(Fixtures.request("types", "org.hibernate.dialect.MariaDBDialect"));
        assertThat(table(mariadb, "Sampler").checks()).isEqualTo(table(Fixtures.sqlite("types"), "Sampler").checks());
        assertThat(types(mariadb, "Sampler")).containsEntry("enumString", ColumnType.varchar(255));
    }

    private static Map<String, ColumnType> types(SchemaModel model, String table) {
        return table(model, table).columns().stream()
                .collect(Collectors.toMap(Column::name, Column::type, (a, b) -> a, LinkedHashMap::new));
    }

    /** Same order and values; the dialect-specific entries are still null here. */
    private static Map<String, ColumnType> lowerCaseKeys(Map<String, ColumnType> types) {
        Map<String, ColumnType> lower = new LinkedHashMap<>();
        types.forEach((name, type) -> lower.put(Fixtures.LOWER.apply(name), type));
        return lower;
    }
}
