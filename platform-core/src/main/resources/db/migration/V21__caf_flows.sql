-- Issue 15: the files départements have, as they come, and the CNAF's beneficiaries flow.

-- The CAF's contact file has no birth date, and some exports no claim date: the NIR, else the CAF
-- number with the household role, identifies the person; the delays then count from the
-- rights-and-duties start, else from the day the person was first listed (listed_on).
ALTER TABLE beneficiary ALTER COLUMN birth_date DROP NOT NULL;
-- nor, in some départements' exports, a civility (letters then say « Madame, Monsieur »)
ALTER TABLE beneficiary ALTER COLUMN civility DROP NOT NULL;
ALTER TABLE beneficiary ALTER COLUMN rsa_claim_date DROP NOT NULL;
-- at most one person without a birth date per CAF number and role (UNIQUE ignores nulls)
CREATE UNIQUE INDEX beneficiary_caf_role_without_birth ON beneficiary (tenant_id, caf_number, household_role)
  WHERE birth_date IS NULL;
-- the year and month of birth, from the birth date else from the NIR (its 2nd to 5th digits):
-- enough for an age band and for the criteria's age rules
ALTER TABLE beneficiary ADD COLUMN birth_year  smallint CHECK (birth_year BETWEEN 1880 AND 2100);
ALTER TABLE beneficiary ADD COLUMN birth_month smallint CHECK (birth_month BETWEEN 1 AND 12);
UPDATE beneficiary SET birth_year = extract(year FROM birth_date), birth_month = extract(month FROM birth_date);
ALTER TABLE beneficiary ADD COLUMN listed_on date;
UPDATE beneficiary SET listed_on = (created_at AT TIME ZONE 'Europe/Paris')::date;
ALTER TABLE beneficiary ALTER COLUMN listed_on SET NOT NULL;
ALTER TABLE beneficiary ALTER COLUMN listed_on SET DEFAULT (now() AT TIME ZONE 'Europe/Paris')::date;

-- what départements' own exports carry: their software's file number (IODAS, Solis…) and the
-- structure they wrote
ALTER TABLE beneficiary ADD COLUMN department_file_id varchar(40);
ALTER TABLE beneficiary ADD COLUMN listed_structure   varchar(200);

-- what the CNAF flow says of the household and the person (REFERENCE §6)
ALTER TABLE beneficiary ADD COLUMN rsa_claim_number  varchar(20);
ALTER TABLE beneficiary ADD COLUMN right_state       smallint CHECK (right_state BETWEEN 0 AND 6);
ALTER TABLE beneficiary ADD COLUMN suspension_reason varchar(4);
ALTER TABLE beneficiary ADD COLUMN benefit_kind      varchar(4);
ALTER TABLE beneficiary ADD COLUMN flow_date         date;
ALTER TABLE beneficiary ADD COLUMN has_partner       boolean;
ALTER TABLE beneficiary ADD COLUMN children          smallint CHECK (children BETWEEN 0 AND 30);
ALTER TABLE beneficiary ADD COLUMN caf_entrant       boolean;
-- the exit from the RSA's rights and duties: when (the flow's date) and why
ALTER TABLE beneficiary ADD COLUMN exit_date         date;
ALTER TABLE beneficiary ADD COLUMN exit_reason       varchar(200);

ALTER TABLE import_run DROP CONSTRAINT import_run_source_check;
ALTER TABLE import_run ADD CONSTRAINT import_run_source_check
  CHECK (source IN ('CSV', 'XLSX', 'JSON', 'CAF_XML'));
ALTER TABLE import_run ADD COLUMN flow_date    date;
ALTER TABLE import_run ADD COLUMN out_of_scope integer NOT NULL DEFAULT 0;
ALTER TABLE import_run ADD COLUMN exited       integer NOT NULL DEFAULT 0;

-- who a département follows from the flow (WebRSA's rule by default: states 2, 3, 4, any reason)
CREATE TABLE caf_scope_rule (
  tenant_id          varchar(3)   PRIMARY KEY REFERENCES tenant (code),
  states             varchar(20)  NOT NULL,
  state4_reasons     varchar(200),
  element_names      text,
  updated_at         timestamptz  NOT NULL,
  updated_by         varchar(100) NOT NULL
);
GRANT SELECT, INSERT, UPDATE ON caf_scope_rule TO ${appRole};
ALTER TABLE caf_scope_rule ENABLE ROW LEVEL SECURITY;
ALTER TABLE caf_scope_rule FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON caf_scope_rule
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

-- a flow's report says, per household and person, more than what was refused: who is not in the
-- département's scope and why, who left the RSA, what the reader did not read
ALTER TABLE import_problem ADD COLUMN kind varchar(16) NOT NULL DEFAULT 'REJECTED'
  CHECK (kind IN ('REJECTED', 'OUT_OF_SCOPE', 'LEFT', 'NOTE'));
