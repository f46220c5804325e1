-- Collective sessions, whole (issue 14): the series a session belongs to, the staff and the
-- structures present, the reminder; each person's way through the day (the desk that has them,
-- what was decided, the contract and the appointment of that morning, the next session offered).
ALTER TABLE collective_session ADD COLUMN series_id uuid;
-- the names of the staff assigned and the ids of the structures present, as JSON arrays
ALTER TABLE collective_session ADD COLUMN staff text;
ALTER TABLE collective_session ADD COLUMN structure_ids text;
ALTER TABLE collective_session ADD COLUMN planned_by varchar(100) NOT NULL DEFAULT 'system';
ALTER TABLE collective_session ADD COLUMN planned_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE collective_session ADD COLUMN reminded_at timestamptz;
ALTER TABLE collective_session ADD COLUMN closed_at timestamptz;
CREATE INDEX collective_session_reminder_idx ON collective_session (starts_at)
  WHERE state = 'PLANNED' AND reminded_at IS NULL;

ALTER TABLE session_invitation ADD COLUMN orientation_id uuid REFERENCES orientation (id);
ALTER TABLE session_invitation ADD COLUMN desk_agent varchar(100);
ALTER TABLE session_invitation ADD COLUMN desk_since timestamptz;
ALTER TABLE session_invitation ADD COLUMN outcome varchar(10)
  CHECK (outcome IN ('ORIENTED', 'SET_ASIDE'));
ALTER TABLE session_invitation ADD COLUMN outcome_at timestamptz;
ALTER TABLE session_invitation ADD COLUMN set_aside_reason varchar(500);
ALTER TABLE session_invitation ADD COLUMN contract_id uuid REFERENCES contract (id);
ALTER TABLE session_invitation ADD COLUMN appointment_id uuid REFERENCES appointment (id);
-- absent or cancelled: the session offered next (once), or the individual convocation path
ALTER TABLE session_invitation ADD COLUMN next_session_id uuid REFERENCES collective_session (id);
ALTER TABLE session_invitation ADD COLUMN individual_path boolean NOT NULL DEFAULT false;
ALTER TABLE session_invitation ADD COLUMN row_version bigint NOT NULL DEFAULT 0;
ALTER TABLE session_invitation ADD CONSTRAINT session_invitation_outcome_check2
  CHECK ((outcome IS NULL) = (outcome_at IS NULL));
-- the same person holds a place in one session to come at most: enforced by the service under
-- the person's orientation lock; this index finds their places fast
CREATE INDEX session_invitation_orientation_idx ON session_invitation (tenant_id, orientation_id);

-- the convocation, reminder and cancellation of a session, linked to it
ALTER TABLE notification ADD COLUMN session_id uuid REFERENCES collective_session (id);
