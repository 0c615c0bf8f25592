-- What Flyway leaves behind: its history table, and V1__init.sql as a team writes it by hand.
CREATE TABLE flyway_schema_history (
    installed_rank INT NOT NULL,
    version VARCHAR(50),
    description VARCHAR(200) NOT NULL,
    type VARCHAR(20) NOT NULL,
    script VARCHAR(1000) NOT NULL,
    checksum INT,
    installed_by VARCHAR(100) NOT NULL,
    installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    execution_time INT NOT NULL,
    success BOOL NOT NULL,
    CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank)
) ENGINE=InnoDB;
CREATE INDEX flyway_schema_history_s_idx ON flyway_schema_history (success);
INSERT INTO flyway_schema_history VALUES (1, '1', 'init', 'SQL', 'V1__init.sql', 1794387253, 'app', now(), 12, true);

CREATE SEQUENCE owner_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE pet_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE owners (
    id BIGINT NOT NULL DEFAULT NEXT VALUE FOR owner_seq,
    first_name VARCHAR(30) NOT NULL,
    last_name VARCHAR(255) DEFAULT NULL,
    telephone VARCHAR(20) DEFAULT NULL,
    CONSTRAINT pk_owners PRIMARY KEY (id)
);
CREATE TABLE pets (
    id BIGINT NOT NULL DEFAULT NEXT VALUE FOR pet_seq,
    name VARCHAR(30) NOT NULL,
    birth_date DATE DEFAULT NULL,
    owner_id BIGINT NOT NULL,
    CONSTRAINT pk_pets PRIMARY KEY (id),
    CONSTRAINT fk_pets_owners FOREIGN KEY (owner_id) REFERENCES owners (id)
);
CREATE TABLE visits (
    visit_date DATE NOT NULL,
    pet_id BIGINT NOT NULL,
    description VARCHAR(255),
    PRIMARY KEY (visit_date, pet_id)
);
CREATE VIEW owner_summary AS
    SELECT o.id AS owner_id, CAST(count(p.id) AS INTEGER) AS pets FROM owners o LEFT JOIN pets p ON p.owner_id = o.id GROUP BY o.id;
INSERT INTO owners (first_name, last_name) VALUES ('George', 'Franklin');
