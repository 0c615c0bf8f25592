CREATE TABLE account (id bigint NOT NULL, code varchar(20) NOT NULL, CONSTRAINT pk_account PRIMARY KEY (id));
