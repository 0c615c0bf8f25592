CREATE TABLE person_to_role (person_id integer NOT NULL, role_id integer NOT NULL, PRIMARY KEY (person_id, role_id));
