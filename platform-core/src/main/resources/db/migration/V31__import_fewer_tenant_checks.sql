-- A first import writes seven rows per new person (issue 15, ADR 0021 decision 13), and each of
-- them checked its tenant against the tenant table: a foreign-key trigger per row, about a third
-- of the cost of an event's insert. The rows that only log or follow another keep their tenant
-- under row-level security (WITH CHECK: the session's tenant) and no longer check it again:
--   the outbox and the audit log (append-only logs);
--   the fingerprints (their person, whose tenant is checked, is a foreign key);
--   an orientation's steps, whose orientation is now referenced with its tenant: a step can no
--   longer name another tenant's orientation, one check instead of two.
ALTER TABLE outbox_event DROP CONSTRAINT outbox_event_tenant_id_fkey;
ALTER TABLE audit_log DROP CONSTRAINT audit_log_tenant_id_fkey;
ALTER TABLE intake_fingerprint DROP CONSTRAINT intake_fingerprint_tenant_id_fkey;
ALTER TABLE orientation_transition DROP CONSTRAINT orientation_transition_tenant_id_fkey;
ALTER TABLE orientation_transition DROP CONSTRAINT orientation_transition_orientation_id_fkey;
ALTER TABLE orientation_transition ADD CONSTRAINT orientation_transition_orientation_fkey
  FOREIGN KEY (tenant_id, orientation_id) REFERENCES orientation (tenant_id, id);
