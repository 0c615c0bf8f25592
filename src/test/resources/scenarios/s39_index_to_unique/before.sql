CREATE TABLE t (id integer NOT NULL PRIMARY KEY, name varchar(50));
CREATE INDEX ix_t_name ON t (name);
