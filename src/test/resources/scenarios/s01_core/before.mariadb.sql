CREATE TABLE `user` (id integer NOT NULL PRIMARY KEY, name varchar(50), a1 text, pw varchar(50));
CREATE INDEX pw_idx ON `user` (pw);
CREATE TABLE address (id integer NOT NULL PRIMARY KEY, email_address varchar(100) NOT NULL);
CREATE TABLE `order` (order_id integer NOT NULL PRIMARY KEY, amount numeric(8,2) NOT NULL DEFAULT 0);
CREATE TABLE extra (x char(1), uid integer REFERENCES `user` (id));
