package dev.retort.e2e;

import dev.retort.testing.TestDatabase;

/** {@link EvolutionCases} on a real MariaDB server, where every change is an {@code ALTER TABLE} that commits on its own. */
class MariaDbEvolutionIT extends EvolutionCases {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
