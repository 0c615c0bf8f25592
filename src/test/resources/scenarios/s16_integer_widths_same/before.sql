CREATE TABLE t (id integer NOT NULL PRIMARY KEY, i integer, l bigint);
