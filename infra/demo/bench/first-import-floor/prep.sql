-- Untimed: the rows of 100,000 NEW people of tenant '08' for run :run, ready to write
-- (floor.st_* tables with the target tables' columns, in row order), the same rows as COPY files,
-- and the benchmark-like CSV (13 columns, ';', header) for the baseline.
\set csv '/tmp/floor/caf.csv'
\set fben '/tmp/floor/ben.copy'
\set fori '/tmp/floor/ori.copy'
\set ftra '/tmp/floor/tra.copy'
\set fevt '/tmp/floor/evt.copy'
\set faud '/tmp/floor/aud.copy'
\set ffpr '/tmp/floor/fpr.copy'
DROP TABLE IF EXISTS floor.src, floor.st_ben, floor.st_ori, floor.st_tra, floor.st_evt, floor.st_aud, floor.st_fpr;
-- one row per person, as the benchmark's generator makes them (ImportBenchmark.generate)
CREATE UNLOGGED TABLE floor.src AS
SELECT i, woman, birth, claim, sdd, commune,
       (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy',
              'Moreau','Simon','Laurent','Lefèvre','Michel','Garcia','Roux'])[1 + floor(random()*16)::int] AS last_name,
       CASE WHEN woman THEN (ARRAY['Léa','Emma','Chloé','Inès','Manon','Camille','Sarah','Zoé'])[1 + floor(random()*8)::int]
            ELSE (ARRAY['Lucas','Hugo','Louis','Gabriel','Jules','Noé','Adam','Théo'])[1 + floor(random()*8)::int] END AS first_name,
       ((10000 + :run) * 10000000::bigint + i)::text AS caf,
       CASE WHEN i % 2 = 0 THEN (CASE WHEN woman THEN '2' ELSE '1' END) || to_char(birth, 'YYMM') || '99'
            || lpad(((:run * 100 + i / 1000) % 1000)::text, 3, '0') || lpad((i % 1000)::text, 3, '0') || '42' END AS nir,
       '06' || lpad(floor(random() * 100000000)::int::text, 8, '0') AS phone,
       'personne' || :run || '-' || i || '@exemple.fr' AS email,
       (ARRAY['08105','08409','08362','08490','08363','08190','08328','08081'])[commune] AS insee,
       (ARRAY['08000','08200','08300','08400','08500','08600','08700','08120'])[commune] AS cp
FROM (SELECT i, random() < 0.5 AS woman,
             make_date(1960 + floor(random()*45)::int, 1 + floor(random()*12)::int, 1 + floor(random()*28)::int) AS birth,
             current_date - (10 + floor(random()*400)::int) AS claim,
             random() < 0.8 AS sdd,
             1 + floor(random()*8)::int AS commune
      FROM generate_series(1, 100000) i) g;

-- the benchmark-like CSV for the baseline (same 13 columns as ImportBenchmark.HEADER)
COPY (SELECT CASE WHEN woman THEN 'Mme' ELSE 'M.' END AS "Civilité", last_name AS "Nom", first_name AS "Prénom",
             to_char(birth, 'DD/MM/YYYY') AS "Date de naissance", caf AS "Matricule", 'DEM' AS "Rôle",
             nir AS "NIR", cp AS "Code postal", insee AS "Code INSEE",
             to_char(claim, 'DD/MM/YYYY') AS "Date d'ouverture de droit",
             CASE WHEN sdd THEN to_char(claim + (i % 10), 'DD/MM/YYYY') END AS "Date SDD",
             phone AS "Téléphone", email AS "Courriel"
      FROM floor.src ORDER BY i)
  TO :'csv' (FORMAT csv, DELIMITER ';', HEADER true);

-- beneficiary: what ChunkWriter.INSERT writes for such a row (ids time-ordered as the app's)
CREATE UNLOGGED TABLE floor.st_ben (LIKE public.beneficiary);
INSERT INTO floor.st_ben (id, tenant_id, version, civility, last_name, birth_name, first_names,
  birth_date, caf_number, household_role, nir_cipher, nir_hash, email, phone, phone_2,
  address_line, address_complement, postal_code, commune_name, commune_insee, territory_id, rsa_claim_date,
  rights_duties_start, status, search_key, created_at, updated_at, france_travail_id, tags,
  referent_email, birth_year, birth_month, listed_on)
SELECT floor.tid(), '08', 0, CASE WHEN woman THEN 'MADAME' ELSE 'MONSIEUR' END, last_name, NULL, first_name,
  birth, caf, 'CLAIMANT',
  -- AES-GCM of a 15-char NIR, base64(12 IV + 15 + 16 tag) = 60 chars; HMAC-SHA-256 as hex
  CASE WHEN nir IS NOT NULL THEN encode(decode(md5(random()::text) || md5(random()::text) || substr(md5(random()::text), 1, 22), 'hex'), 'base64') END,
  CASE WHEN nir IS NOT NULL THEN md5(random()::text || i) || md5(i || random()::text) END,
  email, phone, NULL, NULL, NULL, cp, NULL, insee, NULL, claim,
  CASE WHEN sdd THEN claim + (i % 10) END,
  CASE WHEN sdd THEN 'TO_ORIENT' ELSE 'INTAKE' END,
  lower(translate(last_name || ' ' || first_name, 'éèëêÉÈàâïîôöüûç', 'eeeeeeaaiioouuc')),
  now(), now(), NULL, NULL, NULL,
  extract(year FROM birth)::smallint, extract(month FROM birth)::smallint, current_date
FROM floor.src ORDER BY i;

CREATE UNLOGGED TABLE floor.st_ori (LIKE public.orientation);
INSERT INTO floor.st_ori (id, tenant_id, beneficiary_id, version, state, opened_at, state_since)
SELECT floor.tid(), tenant_id, id, 0, status, now(), now() FROM floor.st_ben ORDER BY ctid;

CREATE UNLOGGED TABLE floor.st_tra (LIKE public.orientation_transition);
INSERT INTO floor.st_tra (id, tenant_id, orientation_id, from_state, to_state, at, actor, reason)
SELECT floor.tid(), tenant_id, id, NULL, state, now(), 'agent.ardennes',
       'import ' || :'runid' || ' (bench.csv)'
FROM floor.st_ori ORDER BY ctid;

-- two events per person, payloads as ChunkWriter.EVENTS / ORIENTATION_EVENTS build them
CREATE UNLOGGED TABLE floor.st_evt (LIKE public.outbox_event);
ALTER TABLE floor.st_evt DROP COLUMN id;
INSERT INTO floor.st_evt (event_id, tenant_id, aggregate_type, aggregate_id, type, occurred_at, payload)
SELECT floor.tid(), b.tenant_id, 'beneficiary', b.id::text, 'beneficiary.created', now(),
  json_build_object('schemaVersion', 1, 'beneficiaryId', b.id, 'tenant', b.tenant_id,
    'householdRole', b.household_role, 'territoryId', b.territory_id,
    'communeInsee', b.commune_insee, 'rsaClaimDate', b.rsa_claim_date,
    'rightsAndDutiesStart', b.rights_duties_start, 'status', b.status,
    'birthYear', b.birth_year, 'birthMonth', b.birth_month,
    'sex', CASE b.civility WHEN 'MADAME' THEN 'F' WHEN 'MONSIEUR' THEN 'M' END,
    'hasPartner', b.has_partner, 'children', b.children,
    'rightState', b.right_state::text,
    'rightSuspended', CASE WHEN b.suspension_reason IS NOT NULL OR b.right_state IN (3, 4)
      THEN true WHEN b.right_state IS NOT NULL THEN false END)::text
FROM floor.st_ben b ORDER BY b.ctid;
INSERT INTO floor.st_evt (event_id, tenant_id, aggregate_type, aggregate_id, type, occurred_at, payload)
SELECT floor.tid(), o.tenant_id, 'orientation', o.id::text,
  'orientation.' || replace(lower(o.state), '_', '-'), now(),
  json_build_object('schemaVersion', 1, 'orientationId', o.id, 'beneficiaryId', o.beneficiary_id,
    'tenant', o.tenant_id, 'from', NULL,
    'to', o.state, 'at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    'pathway', NULL, 'structureId', NULL, 'proposedPathway', NULL, 'criteriaVersion', NULL,
    'overridden', false, 'referentId', NULL)::text
FROM floor.st_ori o ORDER BY o.ctid;

CREATE UNLOGGED TABLE floor.st_aud (LIKE public.audit_log);
ALTER TABLE floor.st_aud DROP COLUMN id;
INSERT INTO floor.st_aud (tenant_id, at, actor, action, subject_type, subject_id, detail)
SELECT tenant_id, now(), 'agent.ardennes', 'CREATE', 'beneficiary', id, 'import ' || :'runid' || ' (bench.csv)'
FROM floor.st_ben ORDER BY ctid;

CREATE UNLOGGED TABLE floor.st_fpr (LIKE public.intake_fingerprint);
INSERT INTO floor.st_fpr (tenant_id, fingerprint, beneficiary_id, last_run, last_row)
SELECT tenant_id, decode(md5(random()::text || id::text), 'hex'), id, :'runid'::uuid, row_number() OVER (ORDER BY ctid)::int
FROM floor.st_ben ORDER BY ctid;

-- the same rows as COPY files (text format), for route (ii)
COPY floor.st_ben TO :'fben';
COPY floor.st_ori TO :'fori';
COPY floor.st_tra TO :'ftra';
COPY floor.st_evt TO :'fevt';
COPY floor.st_aud TO :'faud';
COPY floor.st_fpr TO :'ffpr';
VACUUM ANALYZE floor.st_ben, floor.st_ori, floor.st_tra, floor.st_evt, floor.st_aud, floor.st_fpr;
