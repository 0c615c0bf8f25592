/**
 * The MariaDB dialect (MySQL through the same driver later): backtick quoting, the type spellings of Hibernate's
 * {@code MariaDBDialect}, ALTER TABLE for every op (a changed column restated whole with {@code MODIFY COLUMN}),
 * and the migration lock as a named {@code GET_LOCK}. Depends on {@code model}, {@code ops}, {@code dialect} and
 * {@code error}; opens no connection. Entry type: {@link dev.retort.dialect.mariadb.MariaDbDialect}.
 */
package dev.retort.dialect.mariadb;
