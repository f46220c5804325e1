-- The directory knows who can take whom (issue 3): the pathways a structure and a referent take,
-- a referent's territory and current caseload, a structure's current load, and the data·inclusion
-- fields of a structure (SIRET, address and INSEE commune code, contact, hours, thématiques).
ALTER TABLE structure
  ADD COLUMN pathways      varchar(60)  NOT NULL DEFAULT '',
  ADD COLUMN current_load  integer      NOT NULL DEFAULT 0 CHECK (current_load >= 0),
  ADD COLUMN siret         char(14)     CHECK (siret IS NULL OR siret ~ '^[0-9]{14}$'),
  ADD COLUMN address_line  varchar(200),
  ADD COLUMN postal_code   varchar(5),
  ADD COLUMN commune_insee varchar(5),
  ADD COLUMN phone         varchar(16),
  ADD COLUMN email         varchar(254),
  ADD COLUMN opening_hours varchar(200),
  ADD COLUMN thematiques   text         NOT NULL DEFAULT '';

ALTER TABLE referent
  ADD COLUMN pathways         varchar(60) NOT NULL DEFAULT '',
  ADD COLUMN territory_id     uuid,
  ADD COLUMN current_caseload integer     NOT NULL DEFAULT 0 CHECK (current_caseload >= 0),
  ADD FOREIGN KEY (tenant_id, territory_id) REFERENCES territory (tenant_id, id);
