CREATE TABLE t (id integer NOT NULL PRIMARY KEY, i bigint, s bigint);
