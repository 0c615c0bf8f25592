package dev.retort.scan.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.RetortException;
import dev.retort.model.EnumType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading Hibernate's {@code create type … as enum} statements. */
class NamedEnumTypesTest {

    private final NamedEnumTypes reader = new NamedEnumTypes(null, s -> s.toLowerCase(java.util.Locale.ROOT));

    @Test
    void readsTheNameFoldedAndTheLabelsInTheirOrder() {
        assertThat(reader.parse("create type Priority as enum ('LOW','HIGH')"))
                .contains(new EnumType("priority", List.of("LOW", "HIGH")));
        assertThat(reader.parse("CREATE TYPE \"Mixed\" AS ENUM ( 'a b' , 'it''s',\n'' )"))
                .contains(new EnumType("\"Mixed\"", List.of("a b", "it's", "")));
    }

    @Test
    void otherStatementsAreNotEnumTypes() {
        assertThat(reader.parse("create cast (varchar as Priority) with inout as implicit")).isEmpty();
        assertThat(reader.parse("create type point3 as (x float8, y float8, z float8)")).isEmpty();
    }

    @Test
    void labelsThatAreNotStringLiteralsAreReported() {
        assertThat(NamedEnumTypes.labels("'a', b")).isEmpty();
        assertThat(NamedEnumTypes.labels("'a',")).isEmpty();
        assertThat(NamedEnumTypes.labels("'a")).isEmpty();
        assertThat(NamedEnumTypes.labels("'a' 'b'")).isEmpty();
        assertThat(NamedEnumTypes.labels("'a','b'")).isEqualTo(Optional.of(List.of("a", "b")));
        assertThatThrownBy(() -> reader.parse("create type odd as enum (1, 2)"))
                .isInstanceOf(RetortException.class).hasMessageContaining("enum type odd");
    }
}
