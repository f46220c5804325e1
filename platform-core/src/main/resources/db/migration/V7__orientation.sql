-- The orientation lifecycle (issue 4): one orientation per person at a time, every transition kept
-- (time, actor, reason), referrals to structures with their answer deadline; per-tenant targets.
ALTER TABLE tenant ADD COLUMN orientation_target_days integer NOT NULL DEFAULT 42
  CHECK (orientation_target_days BETWEEN 1 AND 365);
ALTER TABLE tenant ADD COLUMN referral_answer_days integer NOT NULL DEFAULT 10
  CHECK (referral_answer_days BETWEEN 1 AND 90);
ALTER TABLE tenant ADD COLUMN referral_reminder_days integer NOT NULL DEFAULT 3
  CHECK (referral_reminder_days BETWEEN 0 AND 90);

CREATE TABLE orientation (
  id                   uuid         PRIMARY KEY,
  tenant_id            varchar(3)   NOT NULL REFERENCES tenant (code),
  beneficiary_id       uuid         NOT NULL REFERENCES beneficiary (id),
  version              bigint       NOT NULL DEFAULT 0,
  state                varchar(32)  NOT NULL,
  opened_at            timestamptz  NOT NULL,
  state_since          timestamptz  NOT NULL,
  -- the proposal the agent decided from (copied from the diagnostic)
  diagnostic_id        uuid         REFERENCES diagnostic (id),
  proposed_pathway     varchar(24),
  proposed_target      varchar(24),
  proposed_rule        varchar(50),
  proposed_review      boolean,
  criteria_version     integer,
  -- the decision
  pathway              varchar(24),
  structure_id         uuid         REFERENCES structure (id),
  referent_id          uuid         REFERENCES referent (id),
  decided_at           timestamptz,
  decided_by           varchar(100),
  override_reason      text,
  -- the state to go back to when a re-orientation request is turned down
  resume_state         varchar(32),
  closed_at            timestamptz,
  UNIQUE (tenant_id, id)
);
CREATE UNIQUE INDEX orientation_one_open ON orientation (tenant_id, beneficiary_id) WHERE state <> 'CLOSED';
CREATE INDEX orientation_queue_idx ON orientation (tenant_id, state);

CREATE TABLE orientation_transition (
  id               uuid         PRIMARY KEY,
  tenant_id        varchar(3)   NOT NULL REFERENCES tenant (code),
  orientation_id   uuid         NOT NULL REFERENCES orientation (id),
  from_state       varchar(32),
  to_state         varchar(32)  NOT NULL,
  at               timestamptz  NOT NULL,
  actor            varchar(100) NOT NULL,
  reason           text
);
CREATE INDEX orientation_transition_idx ON orientation_transition (tenant_id, orientation_id, at);

CREATE TABLE referral (
  id               uuid         PRIMARY KEY,
  tenant_id        varchar(3)   NOT NULL REFERENCES tenant (code),
  orientation_id   uuid         NOT NULL REFERENCES orientation (id),
  structure_id     uuid         NOT NULL REFERENCES structure (id),
  partner_org_id   varchar(64)  REFERENCES partner_organisation (id),
  version          bigint       NOT NULL DEFAULT 0,
  status           varchar(16)  NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REFUSED', 'EXPIRED', 'WITHDRAWN')),
  sent_at          timestamptz  NOT NULL,
  sent_by          varchar(100) NOT NULL,
  due_at           timestamptz  NOT NULL,
  remind_at        timestamptz  NOT NULL,
  reminded_at      timestamptz,
  expired_at       timestamptz,
  escalated_at     timestamptz,
  answered_at      timestamptz,
  answered_by      varchar(100),
  answer_reason    text
);
CREATE UNIQUE INDEX referral_one_pending ON referral (tenant_id, orientation_id) WHERE status = 'PENDING';
-- the timers look for due work, tenant by tenant
CREATE INDEX referral_remind_idx ON referral (tenant_id, remind_at) WHERE status = 'PENDING' AND reminded_at IS NULL;
CREATE INDEX referral_due_idx ON referral (tenant_id, due_at) WHERE status = 'PENDING';
CREATE INDEX referral_partner_idx ON referral (partner_org_id, status, due_at);

GRANT SELECT, INSERT, UPDATE ON orientation, referral TO ${appRole};
GRANT SELECT, INSERT ON orientation_transition TO ${appRole};
ALTER TABLE orientation            ENABLE ROW LEVEL SECURITY;
ALTER TABLE orientation            FORCE  ROW LEVEL SECURITY;
ALTER TABLE orientation_transition ENABLE ROW LEVEL SECURITY;
ALTER TABLE orientation_transition FORCE  ROW LEVEL SECURITY;
ALTER TABLE referral               ENABLE ROW LEVEL SECURITY;
ALTER TABLE referral               FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON orientation
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY tenant_isolation ON orientation_transition
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY tenant_isolation ON referral
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
-- a partner organisation sees the referrals addressed to its structures, in every département
CREATE POLICY partner_read ON referral FOR SELECT
  USING (partner_org_id IS NOT NULL AND partner_org_id = current_setting('app.partner_org', true));

-- Gives every person followed without an open orientation one, in the state their file is in
-- (the latest completed diagnostic's proposal is copied), with its first dated step. Run here for
-- the people already on the platform, and by bulk loaders (demo seeding) after they insert people
-- with SQL. RLS is forced for the owner too: it works tenant by tenant.
CREATE FUNCTION open_missing_orientations(actor varchar) RETURNS integer
  LANGUAGE plpgsql AS $$
DECLARE
  t record;
  n integer := 0;
  added integer;
BEGIN
  FOR t IN SELECT code FROM tenant LOOP
    PERFORM set_config('app.tenant_id', t.code, true);
    WITH latest AS (
      SELECT DISTINCT ON (d.beneficiary_id) d.*
        FROM diagnostic d
       ORDER BY d.beneficiary_id, (d.status = 'COMPLETED') DESC, d.updated_at DESC
    ), opened AS (
      INSERT INTO orientation (id, tenant_id, beneficiary_id, state, opened_at, state_since,
                               diagnostic_id, proposed_pathway, proposed_target, proposed_rule,
                               proposed_review, criteria_version)
      SELECT gen_random_uuid(), b.tenant_id, b.id,
             CASE
               WHEN b.status = 'INTAKE' THEN 'INTAKE'
               WHEN b.status = 'ORIENTED' THEN 'DECIDED'
               WHEN b.status = 'ACCOMPANIED' THEN 'ACCOMPANIED'
               WHEN l.status = 'COMPLETED' AND l.proposed_pathway IS NOT NULL THEN 'PROPOSED'
               WHEN l.status = 'IN_PROGRESS' THEN 'DIAGNOSTIC'
               ELSE 'TO_ORIENT'
             END,
             b.created_at,
             COALESCE(l.completed_at, l.created_at, b.created_at),
             CASE WHEN l.status = 'COMPLETED' THEN l.id END,
             CASE WHEN l.status = 'COMPLETED' THEN l.proposed_pathway END,
             CASE WHEN l.status = 'COMPLETED' THEN l.proposed_target END,
             CASE WHEN l.status = 'COMPLETED' THEN l.proposed_rule END,
             CASE WHEN l.status = 'COMPLETED' THEN l.proposed_review END,
             CASE WHEN l.status = 'COMPLETED' THEN l.criteria_version END
        FROM beneficiary b
        LEFT JOIN latest l ON l.beneficiary_id = b.id
       WHERE b.status <> 'CLOSED'
         AND NOT EXISTS (SELECT 1 FROM orientation o WHERE o.beneficiary_id = b.id AND o.state <> 'CLOSED')
      RETURNING id, tenant_id, state, opened_at, state_since
    )
    INSERT INTO orientation_transition (id, tenant_id, orientation_id, from_state, to_state, at, actor, reason)
    SELECT gen_random_uuid(), o.tenant_id, o.id, NULL, o.state, o.state_since, actor,
           'Reprise du dossier existant'
      FROM opened o;
    GET DIAGNOSTICS added = ROW_COUNT;
    n := n + added;
  END LOOP;
  PERFORM set_config('app.tenant_id', '', true);
  RETURN n;
END $$;

REVOKE ALL ON FUNCTION open_missing_orientations(varchar) FROM PUBLIC;

SELECT open_missing_orientations('migration');
