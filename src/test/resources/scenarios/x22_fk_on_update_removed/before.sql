CREATE TABLE parent (id integer NOT NULL PRIMARY KEY);
CREATE TABLE child (id integer NOT NULL PRIMARY KEY, parent_id integer,
    CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON UPDATE CASCADE);
CREATE TABLE ward (id integer NOT NULL PRIMARY KEY, parent_id integer,
    CONSTRAINT fk_ward_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE SET NULL ON UPDATE CASCADE);
