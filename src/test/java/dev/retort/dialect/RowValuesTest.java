package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.RetortException;
import dev.retort.model.ColumnType;
import dev.retort.model.TypeKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RowValuesTest {
    private static final RowValues.Style ISO = new RowValues.Style(RowValues.Temporals.ISO_TEXT, false);
    private static final RowValues.Style MILLIS = new RowValues.Style(RowValues.Temporals.EPOCH_MILLIS, true);
    private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

    enum Mood { SAD, HAPPY }

    private static Object plain(Object value, Optional<ColumnType> type, RowValues.Style style) {
        return RowValues.plain("t", "c", value, type, style);
    }

    @Test
    void plainValuesPassThrough() {
        byte[] bytes = {1, 2};
        for (Object v : new Object[] {null, true, 7, 7L, new BigDecimal("1.50"), "x", 'c', bytes}) {
            assertThat(plain(v, Optional.empty(), ISO)).isSameAs(v);
        }
    }

    @Test
    void datesAndTimesAreIsoTextOrTheDriversEpochMilliseconds() {
        LocalDate day = LocalDate.of(2024, 1, 31);
        assertThat(plain(day, Optional.empty(), ISO)).isEqualTo("2024-01-31");
        assertThat(plain(day, Optional.empty(), MILLIS)).isEqualTo(java.sql.Date.valueOf(day).getTime());
        LocalDateTime at = LocalDateTime.of(2024, 1, 31, 13, 45, 30, 123_000_000);
        assertThat(plain(at, Optional.empty(), MILLIS)).isEqualTo(java.sql.Timestamp.valueOf(at).getTime());
        Instant instant = Instant.parse("2024-01-31T12:00:00.5Z");
        assertThat(plain(instant, Optional.empty(), MILLIS)).isEqualTo(1706702400500L);
        assertThat(plain(ZonedDateTime.parse("2024-01-31T13:00:00+01:00[Europe/Paris]"), Optional.empty(), ISO))
                .isEqualTo("2024-01-31T13:00+01:00");
        assertThat(plain(OffsetDateTime.parse("2024-01-31T13:00:00+01:00"), Optional.empty(), MILLIS))
                .isEqualTo(1706702400000L);
        assertThat(plain(java.sql.Date.valueOf(day), Optional.empty(), ISO)).isEqualTo("2024-01-31");
        assertThat(plain(java.util.Date.from(instant), Optional.empty(), ISO)).isEqualTo("2024-01-31T12:00:00.500Z");
    }

    @Test
    void aUuidIsBytesInABinaryColumnAndTextElsewhere() {
        byte[] bytes = (byte[]) plain(ID, Optional.of(ColumnType.of(TypeKind.BINARY)), ISO);
        assertThat(java.util.HexFormat.of().formatHex(bytes)).isEqualTo("123e4567e89b12d3a456426614174000");
        assertThat(plain(ID, Optional.of(ColumnType.of(TypeKind.UUID)), ISO)).isEqualTo(ID.toString());
        assertThat(plain(ID, Optional.of(ColumnType.of(TypeKind.UUID)), MILLIS)).isInstanceOf(byte[].class);
        assertThat(plain(ID, Optional.of(ColumnType.varchar(36)), MILLIS)).isEqualTo(ID.toString());
        assertThat(plain(ID, Optional.empty(), MILLIS)).isInstanceOf(byte[].class);
        assertThat(plain(ID, Optional.empty(), ISO)).isEqualTo(ID.toString());
    }

    @Test
    void anEnumIsItsOrdinalInAnIntegerColumnAndItsNameElsewhere() {
        assertThat(plain(Mood.HAPPY, Optional.of(ColumnType.of(TypeKind.SMALLINT)), ISO)).isEqualTo(1);
        assertThat(plain(Mood.HAPPY, Optional.of(ColumnType.varchar(255)), ISO)).isEqualTo("HAPPY");
        assertThat(plain(Mood.HAPPY, Optional.of(ColumnType.other("mood")), ISO)).isEqualTo("HAPPY");
        assertThatThrownBy(() -> plain(Mood.HAPPY, Optional.empty(), ISO)).isInstanceOf(RetortException.class)
                .hasMessageContaining("t.c").hasMessageContaining("Mood.HAPPY.name() or .ordinal()");
    }

    @Test
    void mapsListsAndArraysAreCompactJsonWithSortedKeys() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", List.of(1, 2.5, true));
        map.put("a", null);
        map.put("m", Map.of("day", LocalDate.of(2024, 1, 31), "id", ID, "mood", Mood.SAD));
        map.put("s", "quote \" back \\ nl \n tab \t bell \u0007 é");
        assertThat(plain(map, Optional.empty(), ISO)).isEqualTo("{\"a\":null,\"m\":{\"day\":\"2024-01-31\",\"id\":\""
                + ID + "\",\"mood\":\"SAD\"},\"s\":\"quote \\\" back \\\\ nl \\n tab \\t bell \\u0007 é\","
                + "\"z\":[1,2.5,true]}");
        assertThat(plain(new String[] {"a", "b"}, Optional.empty(), ISO)).isEqualTo("[\"a\",\"b\"]");
        assertThat(plain(Arrays.asList("x", null), Optional.empty(), MILLIS)).isEqualTo("[\"x\",null]");
    }

    @Test
    void whatHasNoSqlFormIsRefusedByName() {
        assertThatThrownBy(() -> plain(new Object(), Optional.empty(), ISO)).isInstanceOf(RetortException.class)
                .hasMessageContaining("bulkInsert into t.c: cannot write a java.lang.Object");
        assertThatThrownBy(() -> plain(List.of(Double.NaN), Optional.empty(), ISO))
                .hasMessageContaining("JSON has no NaN");
    }
}
