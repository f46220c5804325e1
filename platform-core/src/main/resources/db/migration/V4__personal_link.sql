-- Personal links (issue 3): a person fills their diagnostic before the meeting, without an account.
-- Only a hash of the token is stored. The application role cannot read this table: it resolves a
-- token through resolve_personal_link(), which runs with the owner's rights (RLS is enabled but not
-- forced here, so the owner reads it) and returns the one matching row; from there the request
-- works in the link's tenant, under RLS like any other.
CREATE TABLE personal_link (
  id            uuid         PRIMARY KEY,
  tenant_id     varchar(3)   NOT NULL REFERENCES tenant (code),
  token_hash    char(64)     NOT NULL UNIQUE,
  purpose       varchar(16)  NOT NULL CHECK (purpose IN ('DIAGNOSTIC')),
  diagnostic_id uuid         NOT NULL,
  created_by    varchar(100) NOT NULL,
  created_at    timestamptz  NOT NULL,
  expires_at    timestamptz  NOT NULL,
  consumed_at   timestamptz,
  FOREIGN KEY (tenant_id, diagnostic_id) REFERENCES diagnostic (tenant_id, id)
);
CREATE INDEX personal_link_diagnostic_idx ON personal_link (tenant_id, diagnostic_id);
ALTER TABLE personal_link ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON personal_link
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON personal_link TO ${appRole};

CREATE FUNCTION resolve_personal_link(p_token_hash text)
  RETURNS TABLE (link_id uuid, tenant_id varchar, diagnostic_id uuid, expires_at timestamptz, consumed_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT id, tenant_id, diagnostic_id, expires_at, consumed_at FROM personal_link WHERE token_hash = p_token_hash
$$;
REVOKE ALL ON FUNCTION resolve_personal_link(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION resolve_personal_link(text) TO ${appRole};
