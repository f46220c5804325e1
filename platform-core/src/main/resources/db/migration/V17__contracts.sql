-- Contracts (issue 13, ADR 0015): one row per version of a person's contract, the signatures made
-- on its frozen copy, the history of its steps and the one-time codes for remote signing. The plan
-- and the frozen copy are JSON kept as text, like every JSON column of this schema.
CREATE TABLE contract (
  id                       uuid          PRIMARY KEY,
  tenant_id                varchar(3)    NOT NULL REFERENCES tenant (code),
  beneficiary_id           uuid          NOT NULL REFERENCES beneficiary (id),
  person_name              varchar(100)  NOT NULL,
  orientation_id           uuid          NOT NULL REFERENCES orientation (id),
  -- content: template, author, term, plan
  kind                     varchar(24)   NOT NULL CHECK (kind IN ('CONTRAT_ENGAGEMENT', 'CER', 'SIMPLIFIE')),
  template_id              uuid          NOT NULL REFERENCES contract_template (id),
  template_version         integer       NOT NULL CHECK (template_version > 0),
  referent_id              uuid          NOT NULL,
  referent_name            varchar(100)  NOT NULL,
  author_body              varchar(12)   NOT NULL CHECK (author_body IN ('DEPARTEMENT', 'PARTNER')),
  -- the domain names the partner organisation by a uuid (ADR 0015), no foreign key yet
  partner_organisation_id  uuid,
  start_date               date          NOT NULL,
  duration_months          integer       NOT NULL CHECK (duration_months BETWEEN 3 AND 24),
  long_duration_reason     text,
  review_on                date          NOT NULL,
  plan                     text          NOT NULL CHECK (jsonb_typeof(plan::jsonb) = 'object'),
  -- state
  state                    varchar(12)   NOT NULL CHECK (state IN ('DRAFT', 'TO_SIGN', 'SIGNED', 'ENDED', 'RENEWED', 'CANCELLED')),
  state_since              timestamptz   NOT NULL,
  -- the frozen copy and its SHA-256, from the submission on; the current signatures
  rendered                 text          CHECK (jsonb_typeof(rendered::jsonb) = 'object'),
  document_sha256          varchar(64)   CHECK (document_sha256 ~ '^[0-9a-f]{64}$'),
  referent_signature_id    uuid,
  person_signature_id      uuid,
  signed_at                timestamptz,
  -- lineage
  contract_version         integer       NOT NULL CHECK (contract_version > 0),
  amends_id                uuid          REFERENCES contract (id),
  renews_id                uuid          REFERENCES contract (id),
  successor_id             uuid          REFERENCES contract (id),
  -- closure
  closure_reason           text,
  ended_on                 date,
  created_at               timestamptz   NOT NULL,
  created_by               varchar(100)  NOT NULL,
  updated_at               timestamptz   NOT NULL,
  updated_by               varchar(100)  NOT NULL,
  row_version              bigint        NOT NULL DEFAULT 0,
  UNIQUE (tenant_id, id),
  CHECK ((rendered IS NULL) = (document_sha256 IS NULL)),
  CHECK (state = 'CANCELLED' OR (state = 'DRAFT') = (document_sha256 IS NULL))
);
CREATE INDEX contract_beneficiary_idx ON contract (tenant_id, beneficiary_id, created_at);
CREATE INDEX contract_orientation_idx ON contract (tenant_id, orientation_id);
-- the queues: contracts to sign, reviews and terms coming
CREATE INDEX contract_state_idx ON contract (tenant_id, state, review_on);

-- Every signature made, kept even when the contract goes back to draft (the contract then points
-- to none): who, how, when, the name typed, the hash of the document shown, and for a remote one
-- the address and browser.
CREATE TABLE contract_signature (
  id               uuid          PRIMARY KEY,
  tenant_id        varchar(3)    NOT NULL REFERENCES tenant (code),
  contract_id      uuid          NOT NULL REFERENCES contract (id) DEFERRABLE INITIALLY DEFERRED,
  signer           varchar(12)   NOT NULL CHECK (signer IN ('REFERENT', 'PERSON')),
  signer_id        uuid          NOT NULL,
  method           varchar(12)   NOT NULL CHECK (method IN ('IN_PERSON', 'REMOTE')),
  signed_at        timestamptz   NOT NULL,
  document_sha256  varchar(64)   NOT NULL CHECK (document_sha256 ~ '^[0-9a-f]{64}$'),
  typed_name       varchar(100)  NOT NULL,
  consent          boolean       NOT NULL CHECK (consent),
  ip_address       varchar(45),
  user_agent       varchar(500),
  CHECK (method = 'IN_PERSON' OR (ip_address IS NOT NULL AND user_agent IS NOT NULL))
);
CREATE INDEX contract_signature_idx ON contract_signature (tenant_id, contract_id);
ALTER TABLE contract ADD FOREIGN KEY (referent_signature_id) REFERENCES contract_signature (id)
  DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE contract ADD FOREIGN KEY (person_signature_id) REFERENCES contract_signature (id)
  DEFERRABLE INITIALLY DEFERRED;

-- The history: one row per step, never changed.
CREATE TABLE contract_step (
  id               uuid          PRIMARY KEY,
  tenant_id        varchar(3)    NOT NULL REFERENCES tenant (code),
  contract_id      uuid          NOT NULL REFERENCES contract (id),
  orientation_id   uuid          NOT NULL REFERENCES orientation (id),
  step             varchar(24)   NOT NULL,
  from_state       varchar(12),
  to_state         varchar(12)   NOT NULL,
  at               timestamptz   NOT NULL,
  actor            varchar(100)  NOT NULL,
  reason           text,
  document_sha256  varchar(64)
);
CREATE INDEX contract_step_idx ON contract_step (tenant_id, contract_id, at);

-- One-time codes for remote signing: only a salted SHA-256, never the code.
CREATE TABLE contract_signature_code (
  id               uuid          PRIMARY KEY,
  tenant_id        varchar(3)    NOT NULL REFERENCES tenant (code),
  contract_id      uuid          NOT NULL REFERENCES contract (id),
  salt             varchar(32)   NOT NULL,
  hash             varchar(64)   NOT NULL,
  issued_at        timestamptz   NOT NULL,
  expires_at       timestamptz   NOT NULL,
  failed_attempts  integer       NOT NULL DEFAULT 0 CHECK (failed_attempts BETWEEN 0 AND 5),
  used_at          timestamptz,
  row_version      bigint        NOT NULL DEFAULT 0,
  CHECK (expires_at > issued_at)
);
CREATE INDEX contract_signature_code_idx ON contract_signature_code (tenant_id, contract_id, issued_at);

GRANT SELECT, INSERT, UPDATE ON contract, contract_signature, contract_step, contract_signature_code TO ${appRole};
ALTER TABLE contract                ENABLE ROW LEVEL SECURITY;
ALTER TABLE contract                FORCE  ROW LEVEL SECURITY;
ALTER TABLE contract_signature      ENABLE ROW LEVEL SECURITY;
ALTER TABLE contract_signature      FORCE  ROW LEVEL SECURITY;
ALTER TABLE contract_step           ENABLE ROW LEVEL SECURITY;
ALTER TABLE contract_step           FORCE  ROW LEVEL SECURITY;
ALTER TABLE contract_signature_code ENABLE ROW LEVEL SECURITY;
ALTER TABLE contract_signature_code FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON contract
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY tenant_isolation ON contract_signature
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY tenant_isolation ON contract_step
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY tenant_isolation ON contract_signature_code
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
