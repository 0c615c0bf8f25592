package dev.retort.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefaultExpressionTest {

    @Test
    void trims_and_removes_redundant_outer_parentheses() {
        assertThat(DefaultExpression.normalise("  0 ")).contains("0");
        assertThat(DefaultExpression.normalise("(now())")).contains("now()");
        assertThat(DefaultExpression.normalise("(( 'x' ))")).contains("'x'");
        assertThat(DefaultExpression.normalise("(1) + (2)")).contains("(1) + (2)");
        assertThat(DefaultExpression.normalise("(datetime('now', ')'))")).contains("datetime('now', ')')");
        assertThat(DefaultExpression.normalise("('(')")).contains("'('");
        assertThat(DefaultExpression.normalise("'it''s'")).contains("'it''s'");
    }

    @Test
    void null_blank_and_NULL_are_no_default() {
        assertThat(DefaultExpression.normalise(null)).isEqualTo(Optional.empty());
        assertThat(DefaultExpression.normalise("  ")).isEmpty();
        assertThat(DefaultExpression.normalise("NULL")).isEmpty();
        assertThat(DefaultExpression.normalise("(null)")).isEmpty();
        assertThat(DefaultExpression.normalise("'NULL'")).contains("'NULL'");
    }
}
