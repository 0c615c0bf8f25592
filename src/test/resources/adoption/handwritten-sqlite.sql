-- A schema written by hand for SQLite, with the spellings people use there (upper-case columns included:
-- SQLite matches names without regard to case).
CREATE TABLE owner_seq (next_val BIGINT);
INSERT INTO owner_seq VALUES (1);
CREATE TABLE pet_seq (next_val BIGINT);
INSERT INTO pet_seq VALUES (1);
CREATE TABLE owners (
    ID BIGINT PRIMARY KEY NOT NULL,
    FIRST_NAME VARCHAR(30) NOT NULL,
    LAST_NAME VARCHAR(255) DEFAULT NULL,
    TELEPHONE VARCHAR(20) DEFAULT (NULL)
);
CREATE TABLE pets (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(30) NOT NULL,
    birth_date DATE DEFAULT NULL,
    owner_id BIGINT NOT NULL,
    FOREIGN KEY (owner_id) REFERENCES owners
);
CREATE TABLE visits (
    visit_date DATE NOT NULL,
    pet_id BIGINT NOT NULL,
    description VARCHAR(255) DEFAULT NULL,
    PRIMARY KEY (visit_date, pet_id)
);
CREATE VIEW owner_summary AS
    SELECT o.id AS owner_id, CAST(count(p.id) AS INTEGER) AS pets FROM owners o LEFT JOIN pets p ON p.owner_id = o.id GROUP BY o.id;
