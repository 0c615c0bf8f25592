CREATE TABLE t (id integer NOT NULL PRIMARY KEY, x integer, y integer, CONSTRAINT nochange UNIQUE (x));
