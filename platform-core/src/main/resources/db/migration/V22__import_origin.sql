-- Automatic intake (issue 15): how each run reached the import, shown in the history. Runs
-- before this were all uploaded on the screen or through the staff API: SCREEN is their default.
ALTER TABLE import_run ADD COLUMN origin varchar(16) NOT NULL DEFAULT 'SCREEN'
  CHECK (origin IN ('SCREEN', 'API', 'DROP', 'EXCHANGE'));

-- A CNAF XML flow dropped or posted is recorded as a run of its own kind (CAF_XML), even while it
-- is only refused (ADR 0018): the same set as V21 (the CNAF flow reader) sets, so that this
-- migration changes nothing after it and works without it.
ALTER TABLE import_run DROP CONSTRAINT IF EXISTS import_run_source_check;
ALTER TABLE import_run ADD CONSTRAINT import_run_source_check
  CHECK (source IN ('CSV', 'XLSX', 'JSON', 'CAF_XML'));
