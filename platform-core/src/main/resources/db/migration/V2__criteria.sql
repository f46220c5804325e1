-- Versioned orientation criteria per département (issue 3). The national default is code
-- (NationalCriteria); a département's versions are rows. Rules are stored as JSON, type-checked
-- against the questionnaire version when saved.
CREATE TABLE criteria_version (
  id                    uuid         PRIMARY KEY,
  tenant_id             varchar(3)   NOT NULL REFERENCES tenant (code),
  version               integer      NOT NULL CHECK (version > 0),
  status                varchar(12)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
  effective_from        date,
  questionnaire_version integer      NOT NULL,
  rules                 text         NOT NULL,
  created_at            timestamptz  NOT NULL,
  created_by            varchar(100) NOT NULL,
  published_at          timestamptz,
  published_by          varchar(100),
  UNIQUE (tenant_id, version),
  CHECK (status = 'DRAFT' OR effective_from IS NOT NULL)
);
-- one draft at a time per département
CREATE UNIQUE INDEX criteria_one_draft ON criteria_version (tenant_id) WHERE status = 'DRAFT';

GRANT SELECT, INSERT, UPDATE ON criteria_version TO ${appRole};
ALTER TABLE criteria_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE criteria_version FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON criteria_version
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
