package dev.retort.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckConstraintTest {

    private static boolean same(String a, String b) {
        return new CheckConstraint(Optional.empty(), a).sameShape(new CheckConstraint(Optional.of("x"), b));
    }

    @Test
    void hibernatesParenthesesAroundSimpleTermsAreThoseThatPostgresDrops() {
        assertThat(same("channel <> 'EMAIL' or (html is not null)", "channel <> 'EMAIL' or html is not null")).isTrue();
        assertThat(same("DTYPE <> 'Magazine' or (issueNumber is not null)",
                "dtype <> 'Magazine' or issuenumber is not null")).isTrue();
        assertThat(same("position>=0", "(\"position\" >= 0)")).isTrue();
        assertThat(same("not (a is null)", "not a is null")).isTrue();
    }

    @Test
    void parenthesesThatGroupStayMeaningful() {
        assertThat(same("(a or b) and c", "a or (b and c)")).isFalse();
        assertThat(same("(a + b) * c", "a + b * c")).isFalse();
        assertThat(same("status in ('A','B')", "status in 'A','B'")).isFalse();
        assertThat(same("lower(name) = name", "lower name = name")).isFalse();
        assertThat(same("x = '(y)'", "x = 'y'")).isFalse();
        assertThat(same("x = 'A'", "x = 'a'")).isFalse();
    }
}
