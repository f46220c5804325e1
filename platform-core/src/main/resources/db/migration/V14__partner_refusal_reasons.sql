-- Refusal reasons per partner organisation (issue 5): its admin adds its own and retires national
-- ones; without rows, the national list applies. "AUTRE" (with the partner's words) stays.
CREATE TABLE partner_refusal_reason (
  partner_org_id  varchar(64)  NOT NULL REFERENCES partner_organisation (id),
  code            varchar(40)  NOT NULL CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
  label           varchar(200) NOT NULL,
  active          boolean      NOT NULL DEFAULT true,
  position        integer      NOT NULL,
  PRIMARY KEY (partner_org_id, code)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON partner_refusal_reason TO ${appRole};
ALTER TABLE partner_refusal_reason ENABLE ROW LEVEL SECURITY;
ALTER TABLE partner_refusal_reason FORCE  ROW LEVEL SECURITY;
CREATE POLICY partner_own ON partner_refusal_reason
  USING (partner_org_id = current_setting('app.partner_org', true))
  WITH CHECK (partner_org_id = current_setting('app.partner_org', true));
