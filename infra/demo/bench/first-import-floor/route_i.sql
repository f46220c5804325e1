-- route i: written as the superuser (RLS bypassed), all indexes, FKs, checks, triggers kept
CHECKPOINT;
SELECT pg_current_wal_insert_lsn() AS l0, clock_timestamp() AS s0 \gset
BEGIN;
SELECT clock_timestamp() AS t0 \gset
INSERT INTO public.beneficiary SELECT * FROM floor.st_ben;
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run i beneficiary :ms
SELECT clock_timestamp() AS t0 \gset
INSERT INTO public.orientation SELECT * FROM floor.st_ori;
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run i orientation :ms
SELECT clock_timestamp() AS t0 \gset
INSERT INTO public.orientation_transition SELECT * FROM floor.st_tra;
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run i orientation_transition :ms
SELECT clock_timestamp() AS t0 \gset
INSERT INTO public.outbox_event (event_id, tenant_id, aggregate_type, aggregate_id, type, occurred_at, payload, published_at) SELECT * FROM floor.st_evt;
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run i outbox_event :ms
SELECT clock_timestamp() AS t0 \gset
INSERT INTO public.audit_log (tenant_id, at, actor, action, subject_type, subject_id, detail) SELECT * FROM floor.st_aud;
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run i audit_log :ms
SELECT clock_timestamp() AS t0 \gset
INSERT INTO public.intake_fingerprint SELECT * FROM floor.st_fpr;
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run i intake_fingerprint :ms
SELECT clock_timestamp() AS t0 \gset
:endtx;
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run i :endtx :ms
SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), :'l0') AS wal, round(1000 * extract(epoch FROM clock_timestamp() - :'s0'::timestamptz), 1) AS ms \gset
\echo RESULT :run i TOTAL :ms WAL_BYTES :wal
