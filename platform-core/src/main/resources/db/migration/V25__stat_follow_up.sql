-- Statistics (issue 16): each person's follow-up facts (decisions, appointments, referrals,
-- contracts, notices, traits — no name, no NIR, no CAF number), kept by the projections' consumer
-- beside the file facts; the cells' breakdown holds a structure's id behind its prefix.
ALTER TABLE stat_person ADD COLUMN follow jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE stat_cell ALTER COLUMN breakdown TYPE varchar(60);

-- collective sessions: who was seen at each (a cancellation recomputes them), and the cancelled ones
-- (a person's later events learn it)
CREATE TABLE stat_session (
  tenant_id   varchar(3)   NOT NULL REFERENCES tenant (code),
  session_id  varchar(64)  NOT NULL,
  cancelled   boolean      NOT NULL,
  PRIMARY KEY (tenant_id, session_id)
);
CREATE TABLE stat_session_person (
  tenant_id       varchar(3)   NOT NULL REFERENCES tenant (code),
  session_id      varchar(64)  NOT NULL,
  beneficiary_id  uuid         NOT NULL,
  PRIMARY KEY (tenant_id, session_id, beneficiary_id)
);
GRANT SELECT ON stat_session, stat_session_person TO ${appRole};
ALTER TABLE stat_session        ENABLE ROW LEVEL SECURITY;
ALTER TABLE stat_session        FORCE  ROW LEVEL SECURITY;
ALTER TABLE stat_session_person ENABLE ROW LEVEL SECURITY;
ALTER TABLE stat_session_person FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON stat_session
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY tenant_isolation ON stat_session_person
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
