-- Collective information sessions (issue 14, first increment): a session and the places of the
-- people invited (or come without an invitation), their check-in at the door.
CREATE TABLE collective_session (
  id              uuid          PRIMARY KEY,
  tenant_id       varchar(3)    NOT NULL REFERENCES tenant (code),
  kind            varchar(200)  NOT NULL,
  starts_at       timestamptz   NOT NULL,
  duration_min    integer       NOT NULL CHECK (duration_min BETWEEN 30 AND 480),
  address         varchar(300),
  room            varchar(100),
  video_url       varchar(500),
  territory_id    uuid,
  capacity        integer       NOT NULL CHECK (capacity BETWEEN 1 AND 500),
  state           varchar(12)   NOT NULL CHECK (state IN ('PLANNED', 'HELD', 'CLOSED', 'CANCELLED')),
  cancel_reason   text,
  row_version     bigint        NOT NULL DEFAULT 0,
  UNIQUE (tenant_id, id),
  CHECK ((address IS NULL) <> (video_url IS NULL)),
  CHECK ((state = 'CANCELLED') = (cancel_reason IS NOT NULL))
);
CREATE INDEX collective_session_idx ON collective_session (tenant_id, starts_at);

CREATE TABLE session_invitation (
  id                uuid          PRIMARY KEY,
  tenant_id         varchar(3)    NOT NULL REFERENCES tenant (code),
  session_id        uuid          NOT NULL REFERENCES collective_session (id),
  person_id         uuid          NOT NULL REFERENCES beneficiary (id),
  invited_at        timestamptz   NOT NULL,
  walk_in           boolean       NOT NULL,
  earlier_absences  integer       NOT NULL CHECK (earlier_absences BETWEEN 0 AND 1),
  declined_at       timestamptz,
  attendance        varchar(8)    CHECK (attendance IN ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT')),
  checked_in_at     timestamptz,
  UNIQUE (session_id, person_id),
  CHECK ((attendance IS NULL) = (checked_in_at IS NULL))
);
CREATE INDEX session_invitation_person_idx ON session_invitation (tenant_id, person_id);

GRANT SELECT, INSERT, UPDATE ON collective_session, session_invitation TO ${appRole};
ALTER TABLE collective_session ENABLE ROW LEVEL SECURITY;
ALTER TABLE collective_session FORCE  ROW LEVEL SECURITY;
ALTER TABLE session_invitation ENABLE ROW LEVEL SECURITY;
ALTER TABLE session_invitation FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON collective_session
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY tenant_isolation ON session_invitation
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
