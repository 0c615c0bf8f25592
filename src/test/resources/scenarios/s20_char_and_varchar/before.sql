CREATE TABLE t (id integer NOT NULL PRIMARY KEY, c text, v varchar(6));
