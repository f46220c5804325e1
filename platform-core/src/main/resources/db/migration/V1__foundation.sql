-- Aiguillage foundation schema. Runs as the owner role (Flyway); the application connects as
-- ${appRole}, which owns nothing and is subject to Row-Level Security on every tenant-owned table.
-- Every tenant-owned table: tenant_id NOT NULL, part of every unique constraint, RLS enabled AND forced.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Départements using the platform (platform-level: not owned by a tenant).
CREATE TABLE tenant (
  code       varchar(3)   PRIMARY KEY
             CHECK (code ~ '^(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6])$'),
  name       varchar(120) NOT NULL,
  status     varchar(16)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
  created_at timestamptz  NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE ON tenant TO ${appRole};

-- Partner organisations (Keycloak organisations): France Travail, a PLIE, an association...
CREATE TABLE partner_organisation (
  id         varchar(64)  PRIMARY KEY,
  name       varchar(200) NOT NULL
);
GRANT SELECT ON partner_organisation TO ${appRole};

CREATE TABLE territory (
  id         uuid         PRIMARY KEY,
  tenant_id  varchar(3)   NOT NULL REFERENCES tenant (code),
  code       varchar(32)  NOT NULL,
  name       varchar(120) NOT NULL,
  UNIQUE (tenant_id, code),
  UNIQUE (tenant_id, id)
);

CREATE TABLE structure (
  id             uuid         PRIMARY KEY,
  tenant_id      varchar(3)   NOT NULL REFERENCES tenant (code),
  name           varchar(200) NOT NULL,
  kind           varchar(32)  NOT NULL,
  partner_org_id varchar(64)  REFERENCES partner_organisation (id),
  territory_id   uuid,
  capacity       integer      CHECK (capacity IS NULL OR capacity >= 0),
  UNIQUE (tenant_id, name),
  FOREIGN KEY (tenant_id, territory_id) REFERENCES territory (tenant_id, id)
);
CREATE INDEX structure_partner_idx ON structure (partner_org_id);

CREATE TABLE referent (
  id            uuid         PRIMARY KEY,
  tenant_id     varchar(3)   NOT NULL REFERENCES tenant (code),
  structure_id  uuid         NOT NULL REFERENCES structure (id),
  first_name    varchar(100) NOT NULL,
  last_name     varchar(100) NOT NULL,
  email         varchar(254) NOT NULL,
  max_caseload  integer      NOT NULL DEFAULT 60 CHECK (max_caseload > 0),
  UNIQUE (tenant_id, email)
);

CREATE TABLE beneficiary (
  id                  uuid         PRIMARY KEY,
  tenant_id           varchar(3)   NOT NULL REFERENCES tenant (code),
  version             bigint       NOT NULL DEFAULT 0,
  civility            varchar(8)   NOT NULL CHECK (civility IN ('MADAME', 'MONSIEUR')),
  last_name           varchar(100) NOT NULL,
  birth_name          varchar(100),
  first_names         varchar(150) NOT NULL,
  birth_date          date         NOT NULL,
  caf_number          varchar(13)  NOT NULL CHECK (caf_number ~ '^[0-9]{7,13}$'),
  household_role      varchar(8)   NOT NULL CHECK (household_role IN ('CLAIMANT', 'PARTNER')),
  nir_cipher          text,
  nir_hash            char(64),
  email               varchar(254),
  phone               varchar(16),
  address_line        varchar(200),
  address_complement  varchar(200),
  postal_code         varchar(5),
  commune_name        varchar(120),
  commune_insee       varchar(5),
  territory_id        uuid,
  rsa_claim_date      date         NOT NULL,
  rights_duties_start date,
  status              varchar(16)  NOT NULL,
  search_key          text         NOT NULL,
  created_at          timestamptz  NOT NULL,
  updated_at          timestamptz  NOT NULL,
  CHECK ((nir_cipher IS NULL) = (nir_hash IS NULL)),
  UNIQUE (tenant_id, nir_hash),
  UNIQUE (tenant_id, caf_number, household_role, birth_date),
  FOREIGN KEY (tenant_id, territory_id) REFERENCES territory (tenant_id, id)
);
CREATE INDEX beneficiary_list_idx ON beneficiary (tenant_id, last_name, first_names, id);
CREATE INDEX beneficiary_search_idx ON beneficiary USING gin (search_key gin_trgm_ops);
CREATE INDEX beneficiary_status_idx ON beneficiary (tenant_id, status);

-- Who read or wrote which file: append-only for the application.
CREATE TABLE audit_log (
  id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id    varchar(3)   NOT NULL REFERENCES tenant (code),
  at           timestamptz  NOT NULL,
  actor        varchar(100) NOT NULL,
  action       varchar(16)  NOT NULL,
  subject_type varchar(32)  NOT NULL,
  subject_id   uuid,
  detail       text
);
CREATE INDEX audit_subject_idx ON audit_log (tenant_id, subject_type, subject_id);

-- Transactional outbox: written with the change, published by the relay (owner role).
CREATE TABLE outbox_event (
  id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id       uuid         NOT NULL UNIQUE,
  tenant_id      varchar(3)   REFERENCES tenant (code),
  aggregate_type varchar(64)  NOT NULL,
  aggregate_id   varchar(64)  NOT NULL,
  type           varchar(100) NOT NULL,
  occurred_at    timestamptz  NOT NULL,
  payload        text         NOT NULL,
  published_at   timestamptz
);
CREATE INDEX outbox_pending_idx ON outbox_event (id) WHERE published_at IS NULL;

-- Grants: the application role reads and writes data, never DDL, never deletes audit or events.
GRANT SELECT, INSERT, UPDATE ON territory, structure, referent, beneficiary TO ${appRole};
GRANT SELECT, INSERT ON audit_log TO ${appRole};
GRANT INSERT ON outbox_event TO ${appRole};
GRANT USAGE ON SEQUENCE audit_log_id_seq, outbox_event_id_seq TO ${appRole};

-- Row-Level Security: forced, so that even the owner needs the tenant set.
ALTER TABLE territory    ENABLE ROW LEVEL SECURITY;
ALTER TABLE territory    FORCE  ROW LEVEL SECURITY;
ALTER TABLE beneficiary  ENABLE ROW LEVEL SECURITY;
ALTER TABLE beneficiary  FORCE  ROW LEVEL SECURITY;
ALTER TABLE referent     ENABLE ROW LEVEL SECURITY;
ALTER TABLE referent     FORCE  ROW LEVEL SECURITY;
ALTER TABLE audit_log    ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log    FORCE  ROW LEVEL SECURITY;
ALTER TABLE structure    ENABLE ROW LEVEL SECURITY;
ALTER TABLE structure    FORCE  ROW LEVEL SECURITY;
ALTER TABLE outbox_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE outbox_event FORCE  ROW LEVEL SECURITY;

CREATE POLICY tenant_isolation ON territory
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY tenant_isolation ON beneficiary
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY tenant_isolation ON referent
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY tenant_isolation ON audit_log
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

-- A structure is visible to its département and, read-only, to the partner organisation running it.
CREATE POLICY tenant_isolation ON structure
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY partner_read ON structure FOR SELECT
  USING (partner_org_id IS NOT NULL AND partner_org_id = current_setting('app.partner_org', true));

-- The application only appends events of its tenant (or platform-level ones, tenant_id NULL);
-- the relay, connected as the owner (CURRENT_USER here), reads and marks them.
CREATE POLICY append_own ON outbox_event FOR INSERT
  WITH CHECK (tenant_id IS NULL OR tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY relay_all ON outbox_event TO CURRENT_USER
  USING (true) WITH CHECK (true);
