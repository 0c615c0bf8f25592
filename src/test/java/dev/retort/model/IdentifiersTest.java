package dev.retort.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names as the model spells them, and as each database stores and matches them. */
class IdentifiersTest {

    @Test
    void aNameKeepsItsCaseOnlyWhenMarked() {
        assertThat(Identifiers.keepingCase("MixedCase")).isEqualTo("\"MixedCase\"");
        assertThat(Identifiers.keepingCase("order")).isEqualTo("order");
        assertThat(Identifiers.isMarked("\"MixedCase\"")).isTrue();
        assertThat(Identifiers.isMarked("MixedCase")).isFalse();
        assertThat(Identifiers.unmarked("\"MixedCase\"")).isEqualTo("MixedCase");
    }

    @Test
    void postgresFoldsUnmarkedNamesAndKeepsMarkedOnesPartByPart() {
        NameMatching pg = NameMatching.FOLDS_TO_LOWER;
        assertThat(pg.physical("X_PORTAL_USER")).isEqualTo("x_portal_user");
        assertThat(pg.physical("\"MixedCase\"")).isEqualTo("MixedCase");
        assertThat(pg.physical("Sales.\"Orders\"")).isEqualTo("sales.Orders");
        // only ASCII letters fold, as in a UTF-8 database
        assertThat(pg.physical("ÄRGER")).isEqualTo("Ärger");
        assertThat(pg.key("ticket_SEQ")).isEqualTo(pg.key("ticket_seq"));
        assertThat(pg.key("\"Users\"")).isNotEqualTo(pg.key("users"));
        // PostgreSQL keeps 63 bytes of a name, cut on a character boundary
        String long70 = "x".repeat(62) + "éé" + "y".repeat(6);
        assertThat(pg.physical(long70)).isEqualTo("x".repeat(62)).hasSize(62);
        assertThat(pg.key(long70)).isEqualTo(pg.key("x".repeat(62) + "é"));
        assertThat(NameMatching.IGNORES_CASE.physical(long70)).isEqualTo(long70);
        // a stored name is spelled for the model so that folding gives it back
        for (String stored : new String[] {"users", "Legacy", "app.Orders", "ORDER LINES"}) {
            assertThat(pg.physical(Identifiers.ofFoldedDatabase(stored))).isEqualTo(stored);
        }
    }

    @Test
    void sqliteKeepsNamesAndMatchesThemWithoutCase() {
        NameMatching sqlite = NameMatching.IGNORES_CASE;
        assertThat(sqlite.physical("X_PORTAL_USER")).isEqualTo("X_PORTAL_USER");
        assertThat(sqlite.physical("\"MixedCase\"")).isEqualTo("MixedCase");
        assertThat(sqlite.key("DTYPE")).isEqualTo(sqlite.key("dtype")).isEqualTo(sqlite.key("\"Dtype\""));
        assertThat(NameMatching.EXACT.key("DTYPE")).isNotEqualTo(NameMatching.EXACT.key("dtype"));
    }
}
