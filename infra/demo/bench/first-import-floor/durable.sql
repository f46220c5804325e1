-- Same measurement with durable settings (fsync=on, synchronous_commit=on; the demo's embedded
-- server runs with fsync off and synchronous_commit off): committed runs only.
\set ON_ERROR_STOP on
\pset pager off
SET app.tenant_id = '08';
SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'shared_buffers', 'wal_sync_method') ORDER BY 1;
\set endtx COMMIT
\set run 6
SELECT gen_random_uuid() AS runid \gset
\i /tmp/floor/prep.sql
\i /tmp/floor/baseline.sql
\i /tmp/floor/route_i.sql
\set run 7
SELECT gen_random_uuid() AS runid \gset
\i /tmp/floor/prep.sql
\i /tmp/floor/baseline.sql
\i /tmp/floor/route_ii.sql
