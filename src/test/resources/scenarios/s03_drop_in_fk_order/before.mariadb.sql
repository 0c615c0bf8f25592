CREATE TABLE keep (id integer NOT NULL PRIMARY KEY);
CREATE TABLE `user` (id integer NOT NULL PRIMARY KEY, pw varchar(50));
CREATE INDEX pw_idx ON `user` (pw);
CREATE TABLE extra (x char(1), uid integer REFERENCES `user` (id));
