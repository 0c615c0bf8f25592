-- What Liquibase leaves behind: its change log and lock tables, and the DDL its changesets generate.
CREATE TABLE databasechangeloglock (id INTEGER NOT NULL, locked BOOLEAN NOT NULL, lockgranted TIMESTAMP WITHOUT TIME ZONE,
    lockedby VARCHAR(255), CONSTRAINT databasechangeloglock_pkey PRIMARY KEY (id));
INSERT INTO databasechangeloglock (id, locked) VALUES (1, FALSE);
CREATE TABLE databasechangelog (id VARCHAR(255) NOT NULL, author VARCHAR(255) NOT NULL, filename VARCHAR(255) NOT NULL,
    dateexecuted TIMESTAMP WITHOUT TIME ZONE NOT NULL, orderexecuted INTEGER NOT NULL, exectype VARCHAR(10) NOT NULL,
    md5sum VARCHAR(35), description VARCHAR(255), comments VARCHAR(255), tag VARCHAR(255), liquibase VARCHAR(20),
    contexts VARCHAR(255), labels VARCHAR(255), deployment_id VARCHAR(10));
INSERT INTO databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype)
    VALUES ('1', 'app', 'db/changelog/db.changelog-master.yaml', now(), 1, 'EXECUTED');

CREATE SEQUENCE IF NOT EXISTS public.owner_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE IF NOT EXISTS public.pet_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE public.owners (id BIGINT NOT NULL, first_name VARCHAR(30) NOT NULL, last_name VARCHAR(255),
    telephone VARCHAR(20), CONSTRAINT owners_pkey PRIMARY KEY (id));
CREATE TABLE public.pets (id BIGINT NOT NULL, name VARCHAR(30) NOT NULL, birth_date date, owner_id BIGINT NOT NULL,
    CONSTRAINT pets_pkey PRIMARY KEY (id));
CREATE TABLE public.visits (pet_id BIGINT NOT NULL, visit_date date NOT NULL, description VARCHAR(255));
ALTER TABLE public.visits ADD CONSTRAINT visits_pkey PRIMARY KEY (visit_date, pet_id);
ALTER TABLE public.pets ADD CONSTRAINT fk_pets_owner FOREIGN KEY (owner_id) REFERENCES public.owners (id)
    ON UPDATE NO ACTION ON DELETE NO ACTION;
CREATE VIEW public.owner_summary AS
    SELECT o.id AS owner_id, CAST(count(p.id) AS INTEGER) AS pets FROM owners o LEFT JOIN pets p ON p.owner_id = o.id GROUP BY o.id;
