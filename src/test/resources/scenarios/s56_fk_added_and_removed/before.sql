CREATE TABLE parent (id integer NOT NULL PRIMARY KEY);
CREATE TABLE child (id integer NOT NULL PRIMARY KEY, parent_id integer);
CREATE TABLE other (id integer NOT NULL PRIMARY KEY, parent_id integer REFERENCES parent (id));
