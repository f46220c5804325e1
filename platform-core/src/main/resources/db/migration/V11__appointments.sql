-- Slots and first appointments (issue 5). A structure (or one of its referents) publishes slots;
-- the partner or a département agent books the first appointment on a free one. One slot carries
-- at most one live appointment, whatever the concurrency: the booking locks the slot row, and a
-- partial unique index refuses a second live appointment if anything ever went around the lock.
CREATE TABLE slot (
  id              uuid         PRIMARY KEY,
  tenant_id       varchar(3)   NOT NULL REFERENCES tenant (code),
  structure_id    uuid         NOT NULL REFERENCES structure (id),
  referent_id     uuid         REFERENCES referent (id),
  partner_org_id  varchar(64)  REFERENCES partner_organisation (id),
  -- the slots published together by one recurring rule
  series_id       uuid,
  starts_at       timestamptz  NOT NULL,
  ends_at         timestamptz  NOT NULL,
  modality        varchar(10)  NOT NULL CHECK (modality IN ('PHYSIQUE', 'TELEPHONE', 'VISIO')),
  location        varchar(300),
  status          varchar(10)  NOT NULL CHECK (status IN ('OPEN', 'BOOKED', 'WITHDRAWN')),
  created_by      varchar(100) NOT NULL,
  created_at      timestamptz  NOT NULL,
  version         bigint       NOT NULL DEFAULT 0,
  CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '12 hours')
);
CREATE INDEX slot_structure_idx ON slot (tenant_id, structure_id, starts_at);
CREATE INDEX slot_partner_idx ON slot (partner_org_id, starts_at);

CREATE TABLE appointment (
  id              uuid         PRIMARY KEY,
  tenant_id       varchar(3)   NOT NULL REFERENCES tenant (code),
  slot_id         uuid         NOT NULL REFERENCES slot (id),
  referral_id     uuid         NOT NULL REFERENCES referral (id),
  orientation_id  uuid         NOT NULL REFERENCES orientation (id),
  beneficiary_id  uuid         NOT NULL REFERENCES beneficiary (id),
  structure_id    uuid         NOT NULL REFERENCES structure (id),
  referent_id     uuid         REFERENCES referent (id),
  partner_org_id  varchar(64)  REFERENCES partner_organisation (id),
  -- France Travail's "rendez-vous partenaire": ORI (orientation) or ACC (accompagnement)
  motif           varchar(3)   NOT NULL CHECK (motif IN ('ORI', 'ACC')),
  modality        varchar(10)  NOT NULL CHECK (modality IN ('PHYSIQUE', 'TELEPHONE', 'VISIO')),
  starts_at       timestamptz  NOT NULL,
  ends_at         timestamptz  NOT NULL,
  location        varchar(300),
  initiator       varchar(12)  NOT NULL CHECK (initiator IN ('PARTENAIRE', 'DEPARTEMENT')),
  status          varchar(10)  NOT NULL
                  CHECK (status IN ('BOOKED', 'MOVED', 'CANCELLED', 'SEEN', 'EXCUSED', 'NO_SHOW')),
  booked_by       varchar(100) NOT NULL,
  booked_at       timestamptz  NOT NULL,
  -- a moved appointment points at the one it replaces
  replaces_id     uuid         REFERENCES appointment (id),
  ended_reason    varchar(500),
  ended_by        varchar(100),
  ended_at        timestamptz,
  reminded_at     timestamptz,
  version         bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX appointment_one_per_slot ON appointment (slot_id)
  WHERE status IN ('BOOKED', 'SEEN', 'EXCUSED', 'NO_SHOW');
CREATE UNIQUE INDEX appointment_one_booked ON appointment (referral_id) WHERE status = 'BOOKED';
CREATE INDEX appointment_orientation_idx ON appointment (tenant_id, orientation_id);
CREATE INDEX appointment_reminder_idx ON appointment (tenant_id, starts_at)
  WHERE status = 'BOOKED' AND reminded_at IS NULL;
CREATE INDEX appointment_partner_idx ON appointment (partner_org_id, starts_at);

GRANT SELECT, INSERT, UPDATE ON slot, appointment TO ${appRole};
ALTER TABLE slot ENABLE ROW LEVEL SECURITY;
ALTER TABLE slot FORCE  ROW LEVEL SECURITY;
ALTER TABLE appointment ENABLE ROW LEVEL SECURITY;
ALTER TABLE appointment FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON slot
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY tenant_isolation ON appointment
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
-- a partner reads its own structures' slots and appointments in every département; it writes them
-- from inside the département concerned (the tenant policy), like its answers to referrals
CREATE POLICY partner_read ON slot FOR SELECT
  USING (partner_org_id IS NOT NULL AND partner_org_id = current_setting('app.partner_org', true));
CREATE POLICY partner_read ON appointment FOR SELECT
  USING (partner_org_id IS NOT NULL AND partner_org_id = current_setting('app.partner_org', true));

-- the convocation (with its calendar file), the reminder the day before, the cancellation
ALTER TABLE notification ADD COLUMN appointment_id uuid REFERENCES appointment (id);
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
  CHECK (kind IN ('DECISION', 'ESCALATION', 'REFUSAL', 'CONVOCATION', 'REMINDER', 'CANCELLATION'));
