CREATE TABLE t (id integer NOT NULL PRIMARY KEY, odt timestamp(6), inst timestamp(6), ldt timestamp(6) with time zone, same timestamp(6) without time zone);
