-- baseline: the benchmark's 100,000-row CSV into a bare table (no index), 3 ways
DROP TABLE IF EXISTS bare, bare2; DROP TABLE IF EXISTS floor.bare_logged;
CREATE TEMP TABLE bare (civilite text, nom text, prenom text, naissance text, matricule text, role text, nir text, cp text, insee text, ouverture text, sdd text, tel text, courriel text);
CREATE TEMP TABLE bare2 (civilite text, nom text, prenom text, naissance text, matricule text, role text, nir text, cp text, insee text, ouverture text, sdd text, tel text, courriel text);
CREATE TABLE floor.bare_logged (civilite text, nom text, prenom text, naissance text, matricule text, role text, nir text, cp text, insee text, ouverture text, sdd text, tel text, courriel text);
CHECKPOINT;
SELECT clock_timestamp() AS t0 \gset
\copy bare FROM '/tmp/floor/caf.csv' (FORMAT csv, DELIMITER ';', HEADER true)
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run base copy_stdin_temp :ms
SELECT clock_timestamp() AS t0 \gset
COPY bare2 FROM '/tmp/floor/caf.csv' (FORMAT csv, DELIMITER ';', HEADER true);
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run base copy_file_temp :ms
SELECT pg_current_wal_insert_lsn() AS l0 \gset
SELECT clock_timestamp() AS t0 \gset
\copy floor.bare_logged FROM '/tmp/floor/caf.csv' (FORMAT csv, DELIMITER ';', HEADER true)
SELECT round(1000 * extract(epoch FROM clock_timestamp() - :'t0'::timestamptz), 1) AS ms \gset
\echo RESULT :run base copy_stdin_logged :ms
SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), :'l0') AS wal \gset
\echo RESULT :run base logged_WAL_BYTES :wal
