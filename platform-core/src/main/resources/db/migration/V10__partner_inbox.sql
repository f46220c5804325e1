-- The partner side of referrals (issue 5): a partner organisation reads the referrals addressed to
-- its structures in every département, and only what it needs of the people concerned; its answer
-- (accepted with a referent, refused with a reason, under review) is kept on the referral.
ALTER TABLE referral ADD COLUMN beneficiary_id  uuid REFERENCES beneficiary (id);
ALTER TABLE referral ADD COLUMN pathway         varchar(24);
ALTER TABLE referral ADD COLUMN referent_id     uuid REFERENCES referent (id);
ALTER TABLE referral ADD COLUMN refusal_code    varchar(40);
ALTER TABLE referral ADD COLUMN reviewing_since timestamptz;
ALTER TABLE referral ADD COLUMN reviewing_by    varchar(100);

-- RLS is forced for the owner too: fill the new columns tenant by tenant
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT code FROM tenant LOOP
    PERFORM set_config('app.tenant_id', t.code, true);
    UPDATE referral r SET beneficiary_id = o.beneficiary_id, pathway = o.pathway
      FROM orientation o WHERE o.id = r.orientation_id;
  END LOOP;
  PERFORM set_config('app.tenant_id', '', true);
END $$;
ALTER TABLE referral ALTER COLUMN beneficiary_id SET NOT NULL;
ALTER TABLE referral ALTER COLUMN pathway SET NOT NULL;
CREATE INDEX referral_beneficiary_idx ON referral (beneficiary_id);

-- A partner reads the people its structures were sent, in any département, and no one else.
CREATE POLICY partner_read ON beneficiary FOR SELECT
  USING (current_setting('app.partner_org', true) <> ''
         AND id IN (SELECT beneficiary_id FROM referral
                     WHERE partner_org_id = current_setting('app.partner_org', true)));

-- ... and the referents of its own structures, to name the one who will follow the person.
CREATE POLICY partner_read ON referent FOR SELECT
  USING (current_setting('app.partner_org', true) <> ''
         AND structure_id IN (SELECT id FROM structure
                               WHERE partner_org_id = current_setting('app.partner_org', true)));

-- a partner's refusal is told to the coordination like an unanswered referral
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
  CHECK (kind IN ('DECISION', 'ESCALATION', 'REFUSAL'));
