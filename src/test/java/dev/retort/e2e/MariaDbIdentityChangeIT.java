package dev.retort.e2e;

import dev.retort.testing.TestDatabase;

/** {@link IdentityChangeOnRows} on MariaDB, where identity is {@code AUTO_INCREMENT} on a key column. */
class MariaDbIdentityChangeIT extends IdentityChangeOnRows {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
