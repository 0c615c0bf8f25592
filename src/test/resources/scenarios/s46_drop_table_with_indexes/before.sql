CREATE TABLE keep (id integer NOT NULL PRIMARY KEY);
CREATE TABLE gone (id integer NOT NULL PRIMARY KEY, a integer, b integer);
CREATE INDEX ix_gone_a ON gone (a);
CREATE INDEX ix_gone_b ON gone (b);
