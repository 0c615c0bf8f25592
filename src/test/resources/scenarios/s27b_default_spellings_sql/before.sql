CREATE TABLE t (id integer NOT NULL PRIMARY KEY, s varchar(20) DEFAULT 'x'::character varying, n integer DEFAULT '15', created timestamp(6) DEFAULT (now()));
