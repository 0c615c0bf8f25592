package dev.retort.scan.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Array types as Hibernate (or a columnDefinition) spells them, and as PostgreSQL's format_type() reports them. */
class PostgresTypeSpellingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            integer array                          | integer[]
            varchar(255) array                     | character varying(255)[]
            VARCHAR(40)[]                          | character varying(40)[]
            varchar array                          | character varying[]
            text[]                                 | text[]
            text []                                | text[]
            int4[]                                 | integer[]
            smallint array                         | smallint[]
            bigint array                           | bigint[]
            int[3][3]                              | integer[]
            integer array array                    | integer[]
            integer array[4]                       | integer[]
            float(53) array                        | double precision[]
            float(24) array                        | real[]
            float4 array                           | real[]
            numeric(38,2) array                    | numeric(38,2)[]
            boolean array                          | boolean[]
            char(1) array                          | character(1)[]
            uuid array                             | uuid[]
            bytea array                            | bytea[]
            jsonb[]                                | jsonb[]
            date array                             | date[]
            time(0) array                          | time(0) without time zone[]
            timestamp(6) array                     | timestamp(6) without time zone[]
            timestamp(6) with time zone array      | timestamp(6) with time zone[]
            timestamptz[]                          | timestamp with time zone[]
            timestamp array                        | timestamp without time zone[]
            Priority array                         | priority[]
            interval second(6) array               | interval second(6)[]
            """)
    void arraysTakeTheCatalogSpelling(String hibernate, String catalog) {
        assertThat(PostgresTypeSpelling.normalise(hibernate)).isEqualTo(catalog);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            inet
            citext
            interval second(6)
            text[] not null
            myarray
            """)
    void otherTypesAreLeftAlone(String sql) {
        assertThat(PostgresTypeSpelling.normalise(sql)).isEqualTo(sql);
    }
}
