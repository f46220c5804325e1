-- Contract templates and the action catalogue per département (issue 13, ADR 0014). A template is
-- versioned like the criteria: draft → published with an effective date → archived. Sections and
-- legal mentions are JSON kept as text, like every JSON column of this schema (the application
-- sends text; the CHECKs make sure it is a JSON array).
CREATE TABLE contract_template (
  id              uuid         PRIMARY KEY,
  tenant_id       varchar(3)   NOT NULL REFERENCES tenant (code),
  kind            varchar(24)  NOT NULL CHECK (kind IN ('CONTRAT_ENGAGEMENT', 'CER', 'SIMPLIFIE')),
  version         integer      NOT NULL CHECK (version > 0),
  status          varchar(12)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
  title           varchar(200) NOT NULL,
  sections        text         NOT NULL CHECK (jsonb_typeof(sections::jsonb) = 'array'),
  legal_mentions  text         NOT NULL CHECK (jsonb_typeof(legal_mentions::jsonb) = 'array'),
  effective_from  date,
  created_at      timestamptz  NOT NULL,
  created_by      varchar(100) NOT NULL,
  published_at    timestamptz,
  published_by    varchar(100),
  archived_at     timestamptz,
  row_version     bigint       NOT NULL DEFAULT 0,
  UNIQUE (tenant_id, kind, version),
  UNIQUE (tenant_id, id),
  CHECK (status = 'DRAFT' OR effective_from IS NOT NULL)
);
-- one draft at a time per kind, as for the criteria
CREATE UNIQUE INDEX contract_template_one_draft ON contract_template (tenant_id, kind)
  WHERE status = 'DRAFT';
-- two published versions of a kind never take effect the same day: the one in force is the
-- latest published one already effective, and publishing archives the ones it replaces
CREATE UNIQUE INDEX contract_template_one_per_day ON contract_template (tenant_id, kind, effective_from)
  WHERE status = 'PUBLISHED';

GRANT SELECT, INSERT, UPDATE ON contract_template TO ${appRole};
ALTER TABLE contract_template ENABLE ROW LEVEL SECURITY;
ALTER TABLE contract_template FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON contract_template
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

-- The département's action catalogue, copied from the national list on its first change; an action
-- used in a contract is deactivated, never deleted.
CREATE TABLE contract_action (
  tenant_id    varchar(3)   NOT NULL REFERENCES tenant (code),
  code         varchar(40)  NOT NULL CHECK (code ~ '^[a-z][a-z0-9_-]{1,39}$'),
  label        varchar(200) NOT NULL,
  category     varchar(40)  NOT NULL,
  thematiques  text         NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(thematiques::jsonb) = 'array'),
  active       boolean      NOT NULL DEFAULT true,
  position     integer      NOT NULL,
  updated_at   timestamptz  NOT NULL,
  updated_by   varchar(100) NOT NULL,
  row_version  bigint       NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, code)
);

GRANT SELECT, INSERT, UPDATE ON contract_action TO ${appRole};
ALTER TABLE contract_action ENABLE ROW LEVEL SECURITY;
ALTER TABLE contract_action FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON contract_action
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
