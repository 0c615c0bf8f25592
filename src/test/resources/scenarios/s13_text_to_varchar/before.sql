CREATE TABLE t (id integer NOT NULL PRIMARY KEY, s text);
