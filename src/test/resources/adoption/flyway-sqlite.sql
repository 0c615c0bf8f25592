-- What Flyway leaves behind on SQLite: its history table, and V1__init.sql as a team writes it by hand.
CREATE TABLE "flyway_schema_history" ("installed_rank" INT NOT NULL PRIMARY KEY, "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL, "type" VARCHAR(20) NOT NULL, "script" VARCHAR(1000) NOT NULL, "checksum" INT,
    "installed_by" VARCHAR(100) NOT NULL, "installed_on" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),
    "execution_time" INT NOT NULL, "success" BOOLEAN NOT NULL);
CREATE INDEX "flyway_schema_history_s_idx" ON "flyway_schema_history" ("success");
INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,
    execution_time, success) VALUES (1, '1', 'init', 'SQL', 'V1__init.sql', 1794387253, 'app', 12, 1);

-- Hibernate keeps a sequence's next value in a one-row table on SQLite
CREATE TABLE owner_seq (next_val bigint);
INSERT INTO owner_seq VALUES (1);
CREATE TABLE pet_seq (next_val bigint);
INSERT INTO pet_seq VALUES (1);
CREATE TABLE owners (
    id bigint NOT NULL,
    first_name varchar(30) NOT NULL,
    last_name varchar(255) DEFAULT NULL,
    telephone varchar(20) DEFAULT NULL,
    CONSTRAINT pk_owners PRIMARY KEY (id)
);
CREATE TABLE pets (
    id bigint NOT NULL PRIMARY KEY,
    name varchar(30) NOT NULL,
    birth_date date DEFAULT NULL,
    owner_id bigint NOT NULL REFERENCES owners (id)
);
CREATE TABLE visits (
    visit_date date NOT NULL,
    pet_id bigint NOT NULL,
    description varchar(255),
    PRIMARY KEY (visit_date, pet_id)
);
CREATE VIEW owner_summary AS
    SELECT o.id AS owner_id, CAST(count(p.id) AS INTEGER) AS pets FROM owners o LEFT JOIN pets p ON p.owner_id = o.id GROUP BY o.id;
INSERT INTO owners (id, first_name, last_name) VALUES (1, 'George', 'Franklin');
