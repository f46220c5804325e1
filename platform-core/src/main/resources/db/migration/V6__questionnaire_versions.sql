-- A département's questionnaire versions (issue 3): the national base is code; each version stores
-- only the département's own sections and questions, appended to the base.
CREATE TABLE questionnaire_version (
  id          uuid         PRIMARY KEY,
  tenant_id   varchar(3)   NOT NULL REFERENCES tenant (code),
  version     integer      NOT NULL CHECK (version > 0),
  sections    text         NOT NULL,
  created_at  timestamptz  NOT NULL,
  created_by  varchar(100) NOT NULL,
  UNIQUE (tenant_id, version)
);
GRANT SELECT, INSERT ON questionnaire_version TO ${appRole};
ALTER TABLE questionnaire_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE questionnaire_version FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON questionnaire_version
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
