package dev.retort.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefaultExpressionTest {

    @Test
    void trimsAndRemovesRedundantOuterParentheses() {
        assertThat(DefaultExpression.normalise("  0 ")).contains("0");
        assertThat(DefaultExpression.normalise("(lower(x))")).contains("lower(x)");
        assertThat(DefaultExpression.normalise("(( 'x' ))")).contains("'x'");
        assertThat(DefaultExpression.normalise("(1) + (2)")).contains("(1) + (2)");
        assertThat(DefaultExpression.normalise("(datetime('now', ')'))")).contains("datetime('now', ')')");
        assertThat(DefaultExpression.normalise("('(')")).contains("'('");
        assertThat(DefaultExpression.normalise("'it''s'")).contains("'it''s'");
    }

    @Test
    void nullBlankAndNULLAreNoDefault() {
        assertThat(DefaultExpression.normalise(null)).isEqualTo(Optional.empty());
        assertThat(DefaultExpression.normalise("  ")).isEmpty();
        assertThat(DefaultExpression.normalise("NULL")).isEmpty();
        assertThat(DefaultExpression.normalise("(null)")).isEmpty();
        assertThat(DefaultExpression.normalise("'NULL'")).contains("'NULL'");
    }

    @Test
    void everySpellingOfNullIsNoDefault() {
        assertThat(DefaultExpression.normalise("NULL::character varying")).isEmpty();
        assertThat(DefaultExpression.normalise("null::timestamp(6) with time zone")).isEmpty();
        assertThat(DefaultExpression.normalise("(NULL)::numeric(12,3)")).isEmpty();
        assertThat(DefaultExpression.normalise("NULL::\"Mood\"")).isEmpty();
        assertThat(DefaultExpression.normalise("NULL::text[]")).isEmpty();
        assertThat(DefaultExpression.normalise("CAST(NULL AS varchar(20))")).isEmpty();
        assertThat(DefaultExpression.normalise("cast (null as integer)")).isEmpty();
    }

    @Test
    void expressionsThatMerelyContainNullAreDefaults() {
        assertThat(DefaultExpression.normalise("NULL::text || 'x'")).contains("NULL::text || 'x'");
        assertThat(DefaultExpression.normalise("coalesce(NULL, 0)")).contains("coalesce(NULL, 0)");
        assertThat(DefaultExpression.normalise("nullif(a, b)")).contains("nullif(a, b)");
        assertThat(DefaultExpression.normalise("'NULL'::character varying")).contains("'NULL'::character varying");
    }

    @Test
    void theCurrentTimeHasTheStandardSpellingThatBothDatabasesAccept() {
        for (String spelling : java.util.List.of("now()", "NOW( )", "(now())", "current_timestamp", "CURRENT_TIMESTAMP",
                "current_timestamp()", "transaction_timestamp()")) {
            assertThat(DefaultExpression.normalise(spelling)).as(spelling).contains("CURRENT_TIMESTAMP");
        }
        assertThat(DefaultExpression.normalise("now() + interval '1 day'")).contains("now() + interval '1 day'");
        assertThat(DefaultExpression.normalise("'now()'")).contains("'now()'");
        assertThat(DefaultExpression.normalise("localtimestamp")).contains("localtimestamp");
    }
}
