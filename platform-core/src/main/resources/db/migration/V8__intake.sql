-- Intake of CAF/MSA lists (issue 4): the columns lists bring that the file did not have yet, a
-- column mapping per tenant, the history of imports and their row-by-row report.
ALTER TABLE beneficiary ADD COLUMN france_travail_id varchar(20);
ALTER TABLE beneficiary ADD COLUMN tags             varchar(500);
ALTER TABLE beneficiary ADD COLUMN referent_email   varchar(254);
ALTER TABLE beneficiary ADD COLUMN phone_2          varchar(16);
-- the last import that wrote this person and the row it came from: a second row for the same
-- person in the same file is a duplicate, without keeping the file's keys in memory
ALTER TABLE beneficiary ADD COLUMN last_import_run  uuid;
ALTER TABLE beneficiary ADD COLUMN last_import_row  integer;

-- set-based writers join orientations to people (every orientation of a person, closed ones too)
CREATE INDEX orientation_beneficiary_idx ON orientation (tenant_id, beneficiary_id);

CREATE TABLE import_mapping (
  tenant_id   varchar(3)   PRIMARY KEY REFERENCES tenant (code),
  mapping     text         NOT NULL,
  updated_at  timestamptz  NOT NULL,
  updated_by  varchar(100) NOT NULL
);

CREATE TABLE import_run (
  id            uuid         PRIMARY KEY,
  tenant_id     varchar(3)   NOT NULL REFERENCES tenant (code),
  source        varchar(16)  NOT NULL CHECK (source IN ('CSV', 'XLSX', 'JSON')),
  file_name     varchar(255),
  file_sha256   char(64),
  size_bytes    bigint,
  mapping       text,
  status        varchar(16)  NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
  started_at    timestamptz  NOT NULL,
  started_by    varchar(100) NOT NULL,
  finished_at   timestamptz,
  rows_read     integer      NOT NULL DEFAULT 0,
  created       integer      NOT NULL DEFAULT 0,
  updated       integer      NOT NULL DEFAULT 0,
  unchanged     integer      NOT NULL DEFAULT 0,
  rejected      integer      NOT NULL DEFAULT 0,
  failure       text,
  UNIQUE (tenant_id, id)
);
CREATE INDEX import_run_history_idx ON import_run (tenant_id, started_at DESC);

CREATE TABLE import_problem (
  id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id   varchar(3)   NOT NULL REFERENCES tenant (code),
  run_id      uuid         NOT NULL,
  row_number  integer      NOT NULL,
  column_name varchar(100),
  message     text         NOT NULL,
  FOREIGN KEY (tenant_id, run_id) REFERENCES import_run (tenant_id, id)
);
CREATE INDEX import_problem_run_idx ON import_problem (tenant_id, run_id, row_number);

GRANT SELECT, INSERT, UPDATE ON import_mapping, import_run TO ${appRole};
GRANT SELECT, INSERT ON import_problem TO ${appRole};
GRANT USAGE ON SEQUENCE import_problem_id_seq TO ${appRole};
ALTER TABLE import_mapping ENABLE ROW LEVEL SECURITY;
ALTER TABLE import_mapping FORCE  ROW LEVEL SECURITY;
ALTER TABLE import_run     ENABLE ROW LEVEL SECURITY;
ALTER TABLE import_run     FORCE  ROW LEVEL SECURITY;
ALTER TABLE import_problem ENABLE ROW LEVEL SECURITY;
ALTER TABLE import_problem FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON import_mapping
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY tenant_isolation ON import_run
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
CREATE POLICY tenant_isolation ON import_problem
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
