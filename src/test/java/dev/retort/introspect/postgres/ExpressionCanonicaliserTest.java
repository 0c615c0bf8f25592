package dev.retort.introspect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.CheckConstraint;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The inputs are what PostgreSQL 15 and 17 print for the commented CHECK or default. */
class ExpressionCanonicaliserTest {

    private static final Set<String> VARCHAR = Set.of("severity", "c", "Code Name");

    private static String check(String printed) {
        return ExpressionCanonicaliser.condition(printed, VARCHAR);
    }

    private static boolean sameShape(String a, String b) {
        return new CheckConstraint(Optional.empty(), a).sameShape(new CheckConstraint(Optional.empty(), b));
    }

    @Test
    void enumInListOnVarcharBecomesTheInListHibernateWrites() {
        // severity in ('LOW','MEDIUM','HIGH') on varchar(10)
        String printed = "((severity)::text = ANY ((ARRAY['LOW'::character varying, 'MEDIUM'::character varying,"
                + " 'HIGH'::character varying])::text[]))";
        assertThat(check(printed)).isEqualTo("severity in ('LOW', 'MEDIUM', 'HIGH')");
        assertThat(sameShape(check(printed), "severity in ('LOW','MEDIUM','HIGH')")).isTrue();
        // the same values in another order are the same condition (MariaDB's native enum sorts them)
        assertThat(sameShape(check(printed), "severity in ('LOW','HIGH','MEDIUM')")).isTrue();
        assertThat(sameShape(check(printed), "severity in ('LOW','HIGH')")).isFalse();
        assertThat(sameShape(check(printed), "severity in ('LOW','HIGH','MEDIUM','NONE')")).isFalse();
        assertThat(sameShape(check(printed), "level in ('LOW','MEDIUM','HIGH')")).isFalse();
    }

    @Test
    void ordinalBetweenBecomesBetween() {
        // status between 0 and 2
        assertThat(check("((status >= 0) AND (status <= 2))")).isEqualTo("status between 0 and 2");
        // a between -1 and 1
        assertThat(check("((a >= '-1'::integer) AND (a <= 1))")).isEqualTo("a between -1 and 1");
        // e between -1.5 and 2 on numeric
        assertThat(check("((e >= '-1.5'::numeric) AND (e <= (2)::numeric))")).isEqualTo("e between -1.5 and 2");
    }

    @Test
    void boundsOnDifferentOperandsStayTwoComparisons() {
        assertThat(check("((a >= 0) AND (b <= 2))")).isEqualTo("a >= 0 and b <= 2");
        assertThat(check("((a > 0) AND (a <= 2))")).isEqualTo("a > 0 and a <= 2");
    }

    @Test
    void inListsOfOtherTypesAndNotIn() {
        // d in ('ab','cd') on char(2)
        assertThat(check("(d = ANY (ARRAY['ab'::bpchar, 'cd'::bpchar]))")).isEqualTo("d in ('ab', 'cd')");
        // a in (1,2)
        assertThat(check("(a = ANY (ARRAY[1, 2]))")).isEqualTo("a in (1, 2)");
        // c not in ('a','b') on varchar
        assertThat(check("((c)::text <> ALL ((ARRAY['a'::character varying, 'b'::character varying])::text[]))"))
                .isEqualTo("c not in ('a', 'b')");
        // w in ('a','b') on text
        assertThat(check("(w = ANY (ARRAY['a'::text, 'b'::text]))")).isEqualTo("w in ('a', 'b')");
        // mood in ('ok','sad') on an enum type
        assertThat(check("(mood = ANY (ARRAY['ok'::mood, 'sad'::mood]))")).isEqualTo("mood in ('ok', 'sad')");
    }

    @Test
    void simpleComparisons() {
        assertThat(check("(age >= 0)")).isEqualTo("age >= 0");
        assertThat(sameShape(check("(age >= 0)"), "age>=0")).isTrue();
        assertThat(check("((c)::text = 'x'::text)")).isEqualTo("c = 'x'");
        assertThat(check("(b IS NOT NULL)")).isEqualTo("b is not null");
        assertThat(check("(length(b) > 2)")).isEqualTo("length(b) > 2");
        assertThat(check("(COALESCE(a, 0) >= 0)")).isEqualTo("COALESCE(a, 0) >= 0");
        assertThat(check("(a IS DISTINCT FROM 3)")).isEqualTo("a is distinct from 3");
    }

    @Test
    void quotedIdentifiersStayQuoted() {
        assertThat(check("(\"Odd Name\" <> 0)")).isEqualTo("\"Odd Name\" <> 0");
        // a varchar column whose name needs quotes still loses its implicit cast
        assertThat(check("((\"Code Name\")::text = ANY ((ARRAY['A'::character varying])::text[]))"))
                .isEqualTo("\"Code Name\" in ('A')");
    }

    @Test
    void numericLiteralsLoseTheirQuotesAndCasts() {
        // z <> -1 on numeric
        assertThat(check("(z <> ('-1'::integer)::numeric)")).isEqualTo("z <> -1");
        assertThat(check("((z > 1.5) AND (z <> ('-1'::integer)::numeric))")).isEqualTo("z > 1.5 and z <> -1");
        assertThat(check("(k < '9999999999'::bigint)")).isEqualTo("k < 9999999999");
        // a quoted string that is not a number stays quoted
        assertThat(check("(n <> 'NaN'::numeric)")).isEqualTo("n <> 'NaN'");
    }

    @Test
    void castsOnColumnsThatAreNotVarcharStay() {
        // d::date on a timestamp column, and a text cast of an integer column
        assertThat(check("((f)::date > '2020-01-01'::date)")).isEqualTo("f::date > '2020-01-01'");
        assertThat(check("((a)::text <> ''::text)")).isEqualTo("a::text <> ''");
        assertThat(check("(lower((c)::text) = 'x'::text)")).isEqualTo("lower(c) = 'x'");
    }

    @Test
    void parenthesesFollowPrecedence() {
        // a > 0 and a < 10 or b is null
        assertThat(check("(((a > 0) AND (a < 10)) OR (b IS NULL))")).isEqualTo("(a > 0 and a < 10) or b is null");
        // a + 1 > 2 * (a - 1)
        assertThat(check("((a + 1) > (2 * (a - 1)))")).isEqualTo("a + 1 > 2 * (a - 1)");
        // (a or b) and c keeps the parentheses that matter
        assertThat(check("(((a > 0) OR (b > 0)) AND (c > 0))")).isEqualTo("(a > 0 or b > 0) and c > 0");
        // a chain of ANDs flattens
        assertThat(check("(((a > 0) AND (b > 0)) AND (c > 0))")).isEqualTo("a > 0 and b > 0 and c > 0");
        // (a > 0) is true: a comparison inside a comparison keeps them
        assertThat(check("((a > 0) IS TRUE)")).isEqualTo("(a > 0) is true");
        assertThat(check("(NOT g)")).isEqualTo("not g");
        assertThat(check("(NOT ((a > 0) AND (b > 0)))")).isEqualTo("not (a > 0 and b > 0)");
        // ^ is not ranked here, so the parentheses around and inside it stay
        assertThat(check("(((a * 2) ^ (3)::numeric) > (1)::numeric)")).isEqualTo("((a * 2) ^ 3) > 1");
        // arguments lose redundant parentheses element by element
        assertThat(check("(COALESCE((a + 1), 0) > 0)")).isEqualTo("COALESCE(a + 1, 0) > 0");
    }

    @Test
    void likeOperatorsBecomeKeywords() {
        assertThat(check("(b ~~ 'x%'::text)")).isEqualTo("b like 'x%'");
        assertThat(check("((c)::text ~~* 'x'::text)")).isEqualTo("c ilike 'x'");
        assertThat(check("(b !~~ 'x%'::text)")).isEqualTo("b not like 'x%'");
        assertThat(check("(b ~ '^x'::text)")).isEqualTo("b ~ '^x'");
    }

    @Test
    void stringsKeepTheirContent() {
        assertThat(check("(b <> 'has '' quote ( and AND'::text)")).isEqualTo("b <> 'has '' quote ( and AND'");
    }

    @Test
    void indexPredicatesLikePartialIndexesAreWritten() {
        assertThat(check("((name IS NOT NULL) AND (id > 5))")).isEqualTo("name is not null and id > 5");
        assertThat(sameShape(check("((name IS NOT NULL) AND (id > 5))"), "name IS NOT NULL AND id > 5")).isTrue();
    }

    @Test
    void unknownSyntaxIsOnlyStrippedOfOuterParentheses() {
        assertThat(check("(CASE WHEN (a > 0) THEN true ELSE false END)"))
                .isEqualTo("CASE WHEN (a > 0) THEN true ELSE false END");
        assertThat(check("(EXTRACT(year FROM d) > (2000)::numeric)"))
                .isEqualTo("EXTRACT(year FROM d) > (2000)::numeric");
        assertThat(check("((a)::text COLLATE \"C\" > 'x'::text)")).isEqualTo("(a)::text COLLATE \"C\" > 'x'::text");
    }

    @Test
    void defaultsLoseTheCastsAddedToLiterals() {
        assertThat(ExpressionCanonicaliser.defaultValue("'x'::character varying")).contains("'x'");
        assertThat(ExpressionCanonicaliser.defaultValue("'x'::character varying(3)")).contains("'x'");
        assertThat(ExpressionCanonicaliser.defaultValue("'15'::integer")).contains("15");
        assertThat(ExpressionCanonicaliser.defaultValue("'-1'::integer")).contains("-1");
        assertThat(ExpressionCanonicaliser.defaultValue("'9999999999'::bigint")).contains("9999999999");
        assertThat(ExpressionCanonicaliser.defaultValue("'-2.5'::numeric")).contains("-2.5");
        assertThat(ExpressionCanonicaliser.defaultValue("15")).contains("15");
        assertThat(ExpressionCanonicaliser.defaultValue("'2020-01-01'::date")).contains("'2020-01-01'");
        assertThat(ExpressionCanonicaliser.defaultValue("'has '' quote'::text")).contains("'has '' quote'");
        assertThat(ExpressionCanonicaliser.defaultValue("''::text")).contains("''");
        assertThat(ExpressionCanonicaliser.defaultValue("'{}'::integer[]")).contains("'{}'");
        assertThat(ExpressionCanonicaliser.defaultValue("'ok'::mood")).contains("'ok'");
        assertThat(ExpressionCanonicaliser.defaultValue("(now())")).contains("CURRENT_TIMESTAMP"); // one spelling of the current time
        assertThat(ExpressionCanonicaliser.defaultValue("(lower('X'::text))")).contains("lower('X'::text)");
        assertThat(ExpressionCanonicaliser.defaultValue("CURRENT_TIMESTAMP")).contains("CURRENT_TIMESTAMP");
        assertThat(ExpressionCanonicaliser.defaultValue("true")).contains("true");
        assertThat(ExpressionCanonicaliser.defaultValue(null)).isEmpty();
    }

    @Test
    void defaultsThatAreNotPlainLiteralsStayAsPrinted() {
        assertThat(ExpressionCanonicaliser.defaultValue("nextval('seq1'::regclass)"))
                .contains("nextval('seq1'::regclass)");
        // evaluated at insert time, so the casts matter
        assertThat(ExpressionCanonicaliser.defaultValue("('now'::text)::date")).contains("('now'::text)::date");
        assertThat(ExpressionCanonicaliser.defaultValue("(1 + 2)")).contains("1 + 2");
        // a string that looks like a number but is not cast to a number stays a string
        assertThat(ExpressionCanonicaliser.defaultValue("'15'::text")).contains("'15'");
    }
}
