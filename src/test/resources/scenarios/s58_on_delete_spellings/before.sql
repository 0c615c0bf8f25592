CREATE TABLE parent (id integer NOT NULL PRIMARY KEY);
CREATE TABLE child (id integer NOT NULL PRIMARY KEY, parent_id integer, other_id integer,
    CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) on delete cascade,
    CONSTRAINT fk_child_other FOREIGN KEY (other_id) REFERENCES parent (id) ON DELETE NO ACTION);
