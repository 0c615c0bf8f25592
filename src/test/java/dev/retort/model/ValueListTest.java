package dev.retort.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueListTest {

    private static CheckConstraint check(String expression) {
        return new CheckConstraint(Optional.empty(), expression);
    }

    @Test
    void writesTheCheckAsHibernateDoes() {
        assertThat(ValueList.check("severity", List.of("LOW", "HIGH")).expression())
                .isEqualTo("severity in ('LOW','HIGH')");
        assertThat(ValueList.check("\"Kind\"", List.of("it's")).expression()).isEqualTo("\"Kind\" in ('it''s')");
        assertThatThrownBy(() -> ValueList.check("a", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheFormsDatabasesPrintBack() {
        assertThat(ValueList.of(check("severity in ('LOW','HIGH')")))
                .contains(Map.entry("severity", List.of("LOW", "HIGH")));
        assertThat(ValueList.of(check("(`severity` IN ( 'LOW' , 'it''s' ))")))
                .contains(Map.entry("severity", List.of("LOW", "it's")));
        assertThat(ValueList.of(check("\"Kind\" in ('A')"))).contains(Map.entry("Kind", List.of("A")));
        assertThat(ValueList.of(check("(a in ('x')) and (b > 0)"))).isEmpty();
        assertThat(ValueList.of(check("a not in ('x')"))).isEmpty();
        assertThat(ValueList.of(check("a in (1, 2)"))).isEmpty();
        assertThat(ValueList.of(check("length(a) in ('x')"))).isEmpty();
        assertThat(ValueList.of(check("a in ('x') or a is null"))).isEmpty();
    }

    @Test
    void listsOnlyStringColumns() {
        Table t = Table.builder("t")
                .column(new Column("status", ColumnType.varchar(255), true, Optional.empty(), false, Optional.empty()))
                .column(new Column("n", ColumnType.of(TypeKind.INTEGER), true, Optional.empty(), false, Optional.empty()))
                .column(new Column("\"Code\"", ColumnType.chars(1), true, Optional.empty(), false, Optional.empty()))
                .check(check("status in ('A','B')"))
                .check(check("n in ('1')"))
                .check(check("\"Code\" in ('X')"))
                .build();
        assertThat(ValueList.columns(t)).containsExactly(Map.entry("status", List.of("A", "B")),
                Map.entry("\"Code\"", List.of("X")));
        assertThat(ValueList.column(t, check("n in ('1')"))).isEmpty();
        assertThat(ValueList.column(t, check("STATUS in ('A')")).map(Column::name)).contains("status");
    }

    @Test
    void readsAListOfLiterals() {
        assertThat(ValueList.literals("'a', 'b''c'")).contains(List.of("a", "b'c"));
        assertThat(ValueList.literals("'a', b")).isEmpty();
    }
}
