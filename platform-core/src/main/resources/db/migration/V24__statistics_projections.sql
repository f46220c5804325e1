-- Statistics (issue 16): projections of the lifecycle topic, kept by its consumer, rebuilt from it.
-- Reading an indicator reads stat_cell only (counts of people per indicator, month, territory,
-- breakdown and delay in days): never the people. stat_person and stat_entry hold what each
-- person's events said (no name, no NIR, no CAF number): the consumer recomputes a person's cells
-- from them when one of their events arrives, and applies the difference.
CREATE TABLE stat_event (
  event_id    varchar(64)  PRIMARY KEY,
  tenant_id   varchar(3)   NOT NULL REFERENCES tenant (code),
  applied_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE stat_person (
  tenant_id            varchar(3)  NOT NULL REFERENCES tenant (code),
  beneficiary_id       uuid        NOT NULL,
  facts_at             timestamptz,
  territory_id         uuid,
  claim_date           date,
  rights_duties_start  date,
  left_on              date,
  left_at              timestamptz,
  PRIMARY KEY (tenant_id, beneficiary_id)
);

-- one entry per orientation: a file reopened after an exit from the RSA starts a new one
CREATE TABLE stat_entry (
  tenant_id        varchar(3)  NOT NULL REFERENCES tenant (code),
  orientation_id   uuid        NOT NULL,
  beneficiary_id   uuid        NOT NULL,
  opened_at        timestamptz NOT NULL,
  decided_at       timestamptz,
  pathway          varchar(20),
  structure_id     uuid,
  PRIMARY KEY (tenant_id, orientation_id)
);
CREATE INDEX stat_entry_person_idx ON stat_entry (tenant_id, beneficiary_id);

CREATE TABLE stat_cell (
  tenant_id   varchar(3)   NOT NULL REFERENCES tenant (code),
  indicator   varchar(80)  NOT NULL,
  month       date         NOT NULL,
  territory   varchar(36)  NOT NULL,
  breakdown   varchar(40)  NOT NULL,
  days        integer      NOT NULL,
  people      bigint       NOT NULL CHECK (people >= 0),
  PRIMARY KEY (tenant_id, indicator, month, territory, breakdown, days)
);

GRANT SELECT ON stat_event, stat_person, stat_entry, stat_cell TO ${appRole};
ALTER TABLE stat_event  ENABLE ROW LEVEL SECURITY;
ALTER TABLE stat_event  FORCE  ROW LEVEL SECURITY;
ALTER TABLE stat_person ENABLE ROW LEVEL SECURITY;
ALTER TABLE stat_person FORCE  ROW LEVEL SECURITY;
ALTER TABLE stat_entry  ENABLE ROW LEVEL SECURITY;
ALTER TABLE stat_entry  FORCE  ROW LEVEL SECURITY;
ALTER TABLE stat_cell   ENABLE ROW LEVEL SECURITY;
ALTER TABLE stat_cell   FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON stat_event
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY tenant_isolation ON stat_person
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY tenant_isolation ON stat_entry
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY tenant_isolation ON stat_cell
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
