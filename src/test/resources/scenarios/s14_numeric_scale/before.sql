CREATE TABLE t (id integer NOT NULL PRIMARY KEY, a numeric(10,5), b decimal(10,6));
