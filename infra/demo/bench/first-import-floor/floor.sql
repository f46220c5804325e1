-- The floor of a first import's writes: 100,000 NEW people of tenant '08' written by PostgreSQL
-- alone (no Java), next to COPY of the benchmark's 100,000-row CSV into a bare table.
-- Run as the superuser, in one session:  psql -h 127.0.0.1 -p PORT -U postgres -d aiguillage -f /tmp/floor/floor.sql
-- Lines "RESULT run route table ms" are the measurements (parse.sh sums them).
\set ON_ERROR_STOP on
\pset pager off
\timing on
SET app.tenant_id = '08';
CREATE SCHEMA IF NOT EXISTS floor;
-- ChunkWriter.TIME_ORDERED_ID: the first 48 bits are the time in ms (UUID v7 layout)
CREATE OR REPLACE FUNCTION floor.tid() RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send(
    (extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid $$;
SELECT version();
SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'fsync', 'synchronous_commit',
  'wal_level', 'full_page_writes', 'max_wal_size', 'wal_compression', 'work_mem', 'maintenance_work_mem',
  'temp_buffers', 'gin_pending_list_limit', 'checkpoint_timeout', 'wal_buffers') ORDER BY name;
SELECT (SELECT count(*) FROM beneficiary WHERE tenant_id = '08') AS people_08,
       (SELECT count(*) FROM orientation) AS orientations, (SELECT count(*) FROM outbox_event) AS events,
       pg_size_pretty(pg_total_relation_size('beneficiary')) AS beneficiary_size;

-- run 1 and run 2: each route in BEGIN ... ROLLBACK (same rows for both routes), fresh ids per run
\set endtx ROLLBACK
\set run 1
SELECT gen_random_uuid() AS runid \gset
\i /tmp/floor/prep.sql
\i /tmp/floor/baseline.sql
\i /tmp/floor/route_i.sql
VACUUM beneficiary, orientation, orientation_transition, outbox_event, audit_log, intake_fingerprint;
\i /tmp/floor/route_ii.sql
VACUUM beneficiary, orientation, orientation_transition, outbox_event, audit_log, intake_fingerprint;

\set run 2
SELECT gen_random_uuid() AS runid \gset
\i /tmp/floor/prep.sql
\i /tmp/floor/baseline.sql
\i /tmp/floor/route_i.sql
VACUUM beneficiary, orientation, orientation_transition, outbox_event, audit_log, intake_fingerprint;
\i /tmp/floor/route_ii.sql
VACUUM beneficiary, orientation, orientation_transition, outbox_event, audit_log, intake_fingerprint;

-- run 3: route (i) COMMITTED; run 4: route (ii) COMMITTED (new people each: the base grows to 300,000)
\set endtx COMMIT
\set run 3
SELECT gen_random_uuid() AS runid \gset
\i /tmp/floor/prep.sql
\i /tmp/floor/baseline.sql
\i /tmp/floor/route_i.sql
\set run 4
SELECT gen_random_uuid() AS runid \gset
\i /tmp/floor/prep.sql
\i /tmp/floor/baseline.sql
\i /tmp/floor/route_ii.sql
SELECT count(*) AS people_08_after FROM beneficiary WHERE tenant_id = '08';
