-- A partner's read policy on people, evaluated row by row through the referral index (issue 5
-- benchmark): the former "id IN (all the organisation's referrals)" made PostgreSQL hash every
-- referral of the organisation and filter every person of every département on each request
-- (0.4 s with a million people); reading the 50 people of an inbox page now costs 50 index probes.
DROP POLICY IF EXISTS partner_read ON beneficiary;
CREATE POLICY partner_read ON beneficiary FOR SELECT
  USING (current_setting('app.partner_org', true) <> ''
         AND EXISTS (SELECT 1 FROM referral r
                      WHERE r.beneficiary_id = beneficiary.id
                        AND r.partner_org_id = current_setting('app.partner_org', true)));
