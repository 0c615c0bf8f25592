-- A schema written by hand (or dumped by pg_dump), with the spellings PostgreSQL itself prints back.
CREATE SEQUENCE public.owner_seq;
CREATE SEQUENCE public.pet_seq;
CREATE TABLE public.owners (
    id int8 DEFAULT nextval('public.owner_seq'::regclass) PRIMARY KEY,
    first_name character varying(30) NOT NULL,
    last_name character varying(255) DEFAULT NULL::character varying,
    telephone character varying(20) DEFAULT NULL
);
CREATE TABLE public.pets (
    id int8 DEFAULT nextval('pet_seq'::regclass) NOT NULL,
    name character varying(30) NOT NULL,
    birth_date date DEFAULT NULL::date,
    owner_id int8 NOT NULL REFERENCES public.owners,
    CONSTRAINT pets_pk PRIMARY KEY (id)
);
CREATE TABLE public.visits (
    visit_date date NOT NULL,
    pet_id int8 NOT NULL,
    description character varying(255) DEFAULT NULL::character varying,
    CONSTRAINT visits_pk PRIMARY KEY (visit_date, pet_id)
);
CREATE VIEW public.owner_summary AS
    SELECT o.id AS owner_id, CAST(count(p.id) AS INTEGER) AS pets FROM owners o LEFT JOIN pets p ON p.owner_id = o.id GROUP BY o.id;
