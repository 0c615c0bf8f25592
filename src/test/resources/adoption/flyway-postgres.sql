-- What Flyway leaves behind: its history table, and V1__init.sql as a team writes it by hand.
CREATE TABLE flyway_schema_history (
    installed_rank integer NOT NULL,
    version varchar(50),
    description varchar(200) NOT NULL,
    type varchar(20) NOT NULL,
    script varchar(1000) NOT NULL,
    checksum integer,
    installed_by varchar(100) NOT NULL,
    installed_on timestamp NOT NULL DEFAULT now(),
    execution_time integer NOT NULL,
    success boolean NOT NULL,
    CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank)
);
CREATE INDEX flyway_schema_history_s_idx ON flyway_schema_history (success);
INSERT INTO flyway_schema_history VALUES (1, '1', 'init', 'SQL', 'V1__init.sql', 1794387253, 'app', now(), 12, true);

CREATE SEQUENCE owner_seq START 1 INCREMENT 1;
CREATE SEQUENCE pet_seq START 1 INCREMENT 1;
CREATE TABLE owners (
    id bigint NOT NULL DEFAULT nextval('owner_seq'),
    first_name varchar(30) NOT NULL,
    last_name varchar(255) DEFAULT NULL,
    telephone varchar(20) DEFAULT NULL,
    CONSTRAINT pk_owners PRIMARY KEY (id)
);
CREATE TABLE pets (
    id bigint NOT NULL DEFAULT nextval('pet_seq'),
    name varchar(30) NOT NULL,
    birth_date date DEFAULT NULL,
    owner_id bigint NOT NULL,
    CONSTRAINT pk_pets PRIMARY KEY (id),
    CONSTRAINT fk_pets_owners FOREIGN KEY (owner_id) REFERENCES owners (id)
);
CREATE TABLE visits (
    visit_date date NOT NULL,
    pet_id bigint NOT NULL,
    description varchar(255),
    PRIMARY KEY (visit_date, pet_id)
);
CREATE VIEW owner_summary AS
    SELECT o.id AS owner_id, CAST(count(p.id) AS INTEGER) AS pets FROM owners o LEFT JOIN pets p ON p.owner_id = o.id GROUP BY o.id;
INSERT INTO owners (first_name, last_name) VALUES ('George', 'Franklin');
