-- Contracts, second part (issue 13, ADR 0016): who writes them, the exact PDF both parties sign,
-- the person's link to sign remotely, the département's own target, and "contract signed" in the
-- orientation's delays.

-- A partner organisation is named by the same text id as everywhere else (the partner_org claim),
-- under the column name the partner policies and TenantEntry use.
ALTER TABLE contract RENAME COLUMN partner_organisation_id TO partner_org_id;
ALTER TABLE contract ALTER COLUMN partner_org_id TYPE varchar(64) USING partner_org_id::text;
ALTER TABLE contract ADD CHECK ((author_body = 'PARTNER') = (partner_org_id IS NOT NULL));
CREATE INDEX contract_partner_idx ON contract (partner_org_id, state) WHERE partner_org_id IS NOT NULL;

-- The document shown and signed is a PDF: its bytes are frozen at the submission and its SHA-256
-- is the one both signatures carry; the signed copy (the same pages and the signature page) is
-- written once, when the second party signs.
ALTER TABLE contract ADD COLUMN document_pdf bytea;
ALTER TABLE contract ADD COLUMN signed_pdf bytea;
ALTER TABLE contract ADD CHECK ((document_pdf IS NULL) = (document_sha256 IS NULL));
ALTER TABLE contract ADD CHECK (signed_pdf IS NULL OR signed_at IS NOT NULL);

-- A partner reads (and, through TenantEntry, then works on) the contracts its referents wrote.
CREATE POLICY partner_read ON contract FOR SELECT
  USING (partner_org_id IS NOT NULL AND partner_org_id = current_setting('app.partner_org', true));

-- The person's link also serves to read and sign a contract remotely.
ALTER TABLE personal_link DROP CONSTRAINT personal_link_purpose_check;
ALTER TABLE personal_link ADD CHECK (purpose IN ('DIAGNOSTIC', 'CONTRACT'));
ALTER TABLE personal_link ALTER COLUMN diagnostic_id DROP NOT NULL;
ALTER TABLE personal_link ADD COLUMN contract_id uuid;
ALTER TABLE personal_link ADD FOREIGN KEY (tenant_id, contract_id) REFERENCES contract (tenant_id, id);
ALTER TABLE personal_link ADD CHECK (
  (purpose = 'DIAGNOSTIC' AND diagnostic_id IS NOT NULL AND contract_id IS NULL)
  OR (purpose = 'CONTRACT' AND contract_id IS NOT NULL AND diagnostic_id IS NULL));
DROP FUNCTION resolve_personal_link(text);
CREATE FUNCTION resolve_personal_link(p_token_hash text)
  RETURNS TABLE (link_id uuid, tenant_id varchar, diagnostic_id uuid, expires_at timestamptz,
                 consumed_at timestamptz, purpose varchar, contract_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT id, tenant_id, diagnostic_id, expires_at, consumed_at, purpose, contract_id
    FROM personal_link WHERE token_hash = p_token_hash
$$;
REVOKE ALL ON FUNCTION resolve_personal_link(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION resolve_personal_link(text) TO ${appRole};

-- A département may want its contracts signed sooner than the legal month (décret 2024-1244).
ALTER TABLE tenant ADD COLUMN contract_target_days integer CHECK (contract_target_days BETWEEN 1 AND 30);

-- The orientation's delays gain "contract signed": the first contract signed under it.
ALTER TABLE orientation ADD COLUMN contract_signed_at timestamptz;

-- The reminder before a contract's deadline, to the body the person is oriented to.
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
  CHECK (kind IN ('DECISION', 'ESCALATION', 'REFUSAL', 'CONVOCATION', 'REMINDER', 'CANCELLATION',
                  'CONTRACT_DUE'));
