SELECT clock_timestamp() AS t0, pg_current_wal_insert_lsn() AS w0 \gset
INSERT INTO public.beneficiary SELECT * FROM floor.st_ben;
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms, pg_wal_lsn_diff(pg_current_wal_insert_lsn(), :'w0') AS wal \gset
\echo RESULT :run :variant beneficiary :ms WAL_BYTES :wal
SELECT clock_timestamp() AS t0, pg_current_wal_insert_lsn() AS w0 \gset
INSERT INTO public.orientation SELECT * FROM floor.st_ori;
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms, pg_wal_lsn_diff(pg_current_wal_insert_lsn(), :'w0') AS wal \gset
\echo RESULT :run :variant orientation :ms WAL_BYTES :wal
SELECT clock_timestamp() AS t0, pg_current_wal_insert_lsn() AS w0 \gset
INSERT INTO public.orientation_transition SELECT * FROM floor.st_tra;
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms, pg_wal_lsn_diff(pg_current_wal_insert_lsn(), :'w0') AS wal \gset
\echo RESULT :run :variant orientation_transition :ms WAL_BYTES :wal
SELECT clock_timestamp() AS t0, pg_current_wal_insert_lsn() AS w0 \gset
INSERT INTO public.outbox_event (event_id, tenant_id, aggregate_type, aggregate_id, type, occurred_at, payload, published_at) SELECT * FROM floor.st_evt;
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms, pg_wal_lsn_diff(pg_current_wal_insert_lsn(), :'w0') AS wal \gset
\echo RESULT :run :variant outbox_event :ms WAL_BYTES :wal
SELECT clock_timestamp() AS t0, pg_current_wal_insert_lsn() AS w0 \gset
INSERT INTO public.audit_log (tenant_id, at, actor, action, subject_type, subject_id, detail) SELECT * FROM floor.st_aud;
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms, pg_wal_lsn_diff(pg_current_wal_insert_lsn(), :'w0') AS wal \gset
\echo RESULT :run :variant audit_log :ms WAL_BYTES :wal
SELECT clock_timestamp() AS t0, pg_current_wal_insert_lsn() AS w0 \gset
INSERT INTO public.intake_fingerprint SELECT * FROM floor.st_fpr;
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms, pg_wal_lsn_diff(pg_current_wal_insert_lsn(), :'w0') AS wal \gset
\echo RESULT :run :variant intake_fingerprint :ms WAL_BYTES :wal
