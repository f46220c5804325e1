-- Diagnostics (issue 3): answers kept per respondent (the person, the professional) with who and
-- when, so that differences can be shown; the proposal records the criteria version it used.
CREATE TABLE diagnostic (
  id                  uuid         PRIMARY KEY,
  tenant_id           varchar(3)   NOT NULL REFERENCES tenant (code),
  beneficiary_id      uuid         NOT NULL REFERENCES beneficiary (id),
  version             bigint       NOT NULL DEFAULT 0,
  questionnaire_version integer    NOT NULL,
  status              varchar(16)  NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
  -- {"question_code": {"value": …, "by": "agent-08", "at": "2026-11-22T10:00:00Z"}}, one map per respondent
  person_answers       text        NOT NULL DEFAULT '{}',
  professional_answers text        NOT NULL DEFAULT '{}',
  synthesis           text,
  next_steps          text,
  actions             text,
  proposed_pathway    varchar(24),
  proposed_target     varchar(24),
  proposed_rule       varchar(50),
  proposed_review     boolean,
  criteria_version    integer,
  proposed_at         timestamptz,
  created_at          timestamptz  NOT NULL,
  updated_at          timestamptz  NOT NULL,
  completed_at        timestamptz,
  UNIQUE (tenant_id, id)
);
CREATE INDEX diagnostic_beneficiary_idx ON diagnostic (tenant_id, beneficiary_id);
-- at most one diagnostic in progress per person
CREATE UNIQUE INDEX diagnostic_one_open ON diagnostic (tenant_id, beneficiary_id) WHERE status = 'IN_PROGRESS';

GRANT SELECT, INSERT, UPDATE ON diagnostic TO ${appRole};
ALTER TABLE diagnostic        ENABLE ROW LEVEL SECURITY;
ALTER TABLE diagnostic        FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON diagnostic
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
