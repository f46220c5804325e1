-- Attribution (not the floor itself): route (i) again, per table time and WAL, with parts of the
-- schema switched off inside BEGIN ... ROLLBACK. Run after floor.sql, same session settings.
\set ON_ERROR_STOP on
\pset pager off
SET app.tenant_id = '08';
\set run 5
SELECT gen_random_uuid() AS runid \gset
\i /tmp/floor/prep.sql
VACUUM beneficiary, orientation, orientation_transition, outbox_event, audit_log, intake_fingerprint;

\set variant as_is
CHECKPOINT;
BEGIN;
\i /tmp/floor/inserts_wal.sql
ROLLBACK;
VACUUM beneficiary, orientation, orientation_transition, outbox_event, audit_log, intake_fingerprint;

\set variant no_checkpoint_before
BEGIN;
\i /tmp/floor/inserts_wal.sql
ROLLBACK;
VACUUM beneficiary, orientation, orientation_transition, outbox_event, audit_log, intake_fingerprint;

\set variant fk_off
CHECKPOINT;
BEGIN;
SET LOCAL session_replication_role = replica;
\i /tmp/floor/inserts_wal.sql
ROLLBACK;
VACUUM beneficiary, orientation, orientation_transition, outbox_event, audit_log, intake_fingerprint;

\set variant fk_off_no_trgm
CHECKPOINT;
BEGIN;
SET LOCAL session_replication_role = replica;
DROP INDEX beneficiary_search_idx;
\i /tmp/floor/inserts_wal.sql
ROLLBACK;
VACUUM beneficiary, orientation, orientation_transition, outbox_event, audit_log, intake_fingerprint;

-- heaps + primary keys / unique constraints only (every secondary index dropped, FKs off)
\set variant fk_off_pk_only
CHECKPOINT;
BEGIN;
SET LOCAL session_replication_role = replica;
DROP INDEX beneficiary_search_idx, beneficiary_list_idx, beneficiary_status_idx, beneficiary_caf_role_without_birth,
  orientation_beneficiary_idx, orientation_queue_idx, orientation_one_open, orientation_transition_idx,
  outbox_pending_idx, audit_subject_idx, intake_fingerprint_person_idx;
\i /tmp/floor/inserts_wal.sql
ROLLBACK;
VACUUM beneficiary, orientation, orientation_transition, outbox_event, audit_log, intake_fingerprint;
