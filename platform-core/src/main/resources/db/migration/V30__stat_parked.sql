-- Statistics (issue 16): an event that names only its orientation (a referral or appointment
-- published before events named their person), read before any event of that orientation — the
-- lifecycle topic is keyed by aggregate, so a rebuild may read it first — waits here until the
-- orientation is known, then is applied to its person (ADR 0025). Its id is already in stat_event.
CREATE TABLE stat_parked (
  tenant_id       varchar(3)   NOT NULL REFERENCES tenant (code),
  orientation_id  uuid         NOT NULL,
  event_id        varchar(64)  NOT NULL,
  event           text         NOT NULL,
  PRIMARY KEY (tenant_id, orientation_id, event_id)
);
GRANT SELECT ON stat_parked TO ${appRole};
ALTER TABLE stat_parked ENABLE ROW LEVEL SECURITY;
ALTER TABLE stat_parked FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON stat_parked
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
