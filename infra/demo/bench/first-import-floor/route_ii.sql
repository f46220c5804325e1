-- route ii: written as the superuser (RLS bypassed), all indexes, FKs, checks, triggers kept
CHECKPOINT;
SELECT pg_current_wal_insert_lsn() AS l0, clock_timestamp() AS s0 \gset
BEGIN;
SELECT clock_timestamp() AS t0 \gset
COPY public.beneficiary FROM '/tmp/floor/ben.copy';
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run ii beneficiary :ms
SELECT clock_timestamp() AS t0 \gset
COPY public.orientation FROM '/tmp/floor/ori.copy';
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run ii orientation :ms
SELECT clock_timestamp() AS t0 \gset
COPY public.orientation_transition FROM '/tmp/floor/tra.copy';
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run ii orientation_transition :ms
SELECT clock_timestamp() AS t0 \gset
COPY public.outbox_event (event_id, tenant_id, aggregate_type, aggregate_id, type, occurred_at, payload, published_at) FROM '/tmp/floor/evt.copy';
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run ii outbox_event :ms
SELECT clock_timestamp() AS t0 \gset
COPY public.audit_log (tenant_id, at, actor, action, subject_type, subject_id, detail) FROM '/tmp/floor/aud.copy';
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run ii audit_log :ms
SELECT clock_timestamp() AS t0 \gset
COPY public.intake_fingerprint FROM '/tmp/floor/fpr.copy';
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run ii intake_fingerprint :ms
SELECT clock_timestamp() AS t0 \gset
:endtx;
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run ii :endtx :ms
SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), :'l0') AS wal, round(1000 * extract(epoch FROM clock_timestamp() - :'s0'::timestamptz), 1) AS ms \gset
\echo RESULT :run ii TOTAL :ms WAL_BYTES :wal
