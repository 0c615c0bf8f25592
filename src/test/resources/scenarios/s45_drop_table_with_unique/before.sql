CREATE TABLE keep (id integer NOT NULL PRIMARY KEY);
CREATE TABLE gone (id integer NOT NULL PRIMARY KEY, code varchar(10), CONSTRAINT uq_gone_code UNIQUE (code));
