-- A flow's household out of the département's scope, found again by its bytes (issue 15, ADR 0021
-- decision 18). Its claimant or spouse out of scope is never written: all a run says of them is a
-- line of the report, "not in scope, and why", which the household's bytes decide under the same
-- rule and names (the digest's key holds them). Each such household that designated nobody followed
-- keeps here its digest and its shape, why each of its people is out of scope (null: followed, found
-- by their fingerprint): a later run that reads the same bytes writes the same lines without
-- parsing it.
-- Valid only while its people designate nobody: a person created, or given a CAF number, role or
-- NIR, deletes the households that name them (the triggers below), whatever creates them.
-- What such a household holds — how many people, why each is out of scope (null: followed) — is one
-- of a few shapes per département (the scope rule's reasons): kept once, numbered, so that a run
-- loads each household as its digest and its shape's number.
CREATE TABLE intake_flow_shape (
  tenant_id    varchar(3)  NOT NULL,
  id           integer     GENERATED ALWAYS AS IDENTITY,
  people       smallint    NOT NULL CHECK (people IN (1, 2)),
  claimant_why text        CHECK (length(claimant_why) <= 500),
  spouse_why   text        CHECK (length(spouse_why) <= 500),
  CHECK (claimant_why IS NOT NULL OR spouse_why IS NOT NULL),
  CHECK (people = 2 OR spouse_why IS NULL),
  PRIMARY KEY (tenant_id, id),
  UNIQUE NULLS NOT DISTINCT (tenant_id, people, claimant_why, spouse_why)
);

CREATE TABLE intake_flow_report (
  tenant_id    varchar(3)  NOT NULL,
  household    bytea       NOT NULL CHECK (length(household) = 16),
  caf_number   varchar(13) NOT NULL,
  shape        integer     NOT NULL,
  claimant_nir char(64),
  spouse_nir   char(64),
  PRIMARY KEY (tenant_id, household),
  FOREIGN KEY (tenant_id, shape) REFERENCES intake_flow_shape (tenant_id, id)
);
CREATE INDEX intake_flow_report_caf_idx ON intake_flow_report (tenant_id, caf_number);
CREATE INDEX intake_flow_report_claimant_idx ON intake_flow_report (tenant_id, claimant_nir)
  WHERE claimant_nir IS NOT NULL;
CREATE INDEX intake_flow_report_spouse_idx ON intake_flow_report (tenant_id, spouse_nir)
  WHERE spouse_nir IS NOT NULL;

-- People created: the households whose CAF number or out-of-scope NIR they have are forgotten (one
-- statement per insert, the writer's chunks included).
CREATE FUNCTION intake_flow_report_forget_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM intake_flow_report r USING created n
    WHERE r.tenant_id = n.tenant_id AND r.caf_number = n.caf_number;
  DELETE FROM intake_flow_report r USING created n
    WHERE r.tenant_id = n.tenant_id AND r.claimant_nir = n.nir_hash;
  DELETE FROM intake_flow_report r USING created n
    WHERE r.tenant_id = n.tenant_id AND r.spouse_nir = n.nir_hash;
  RETURN NULL;
END
$$;
CREATE TRIGGER beneficiary_created_forgets_flow_reports AFTER INSERT ON beneficiary
  REFERENCING NEW TABLE AS created FOR EACH STATEMENT
  EXECUTE FUNCTION intake_flow_report_forget_created();

-- A person whose CAF number, role or NIR changes: the same, for their new designation.
CREATE FUNCTION intake_flow_report_forget_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM intake_flow_report
    WHERE tenant_id = NEW.tenant_id AND caf_number = NEW.caf_number;
  IF NEW.nir_hash IS NOT NULL THEN
    DELETE FROM intake_flow_report WHERE tenant_id = NEW.tenant_id AND claimant_nir = NEW.nir_hash;
    DELETE FROM intake_flow_report WHERE tenant_id = NEW.tenant_id AND spouse_nir = NEW.nir_hash;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER beneficiary_changed_forgets_flow_reports
  AFTER UPDATE OF caf_number, household_role, nir_hash ON beneficiary FOR EACH ROW
  WHEN (OLD.caf_number IS DISTINCT FROM NEW.caf_number
        OR OLD.household_role IS DISTINCT FROM NEW.household_role
        OR OLD.nir_hash IS DISTINCT FROM NEW.nir_hash)
  EXECUTE FUNCTION intake_flow_report_forget_changed();

GRANT SELECT, INSERT, DELETE ON intake_flow_report TO ${appRole};
GRANT SELECT, INSERT ON intake_flow_shape TO ${appRole};
ALTER TABLE intake_flow_shape ENABLE ROW LEVEL SECURITY;
ALTER TABLE intake_flow_shape FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON intake_flow_shape
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
ALTER TABLE intake_flow_report ENABLE ROW LEVEL SECURITY;
ALTER TABLE intake_flow_report FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON intake_flow_report
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

-- The same line for many rows of a run, kept once with their numbers: the lines of the people out
-- of scope whose household was found with its report (one row per reason and person, whatever
-- the number of households). The run's report reads them with its other lines, row by row.
CREATE TABLE import_problem_group (
  id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id   varchar(3)   NOT NULL,
  run_id      uuid         NOT NULL,
  column_name varchar(100),
  message     text         NOT NULL CHECK (length(message) <= 500),
  kind        varchar(16)  NOT NULL CHECK (kind IN ('REJECTED', 'OUT_OF_SCOPE', 'LEFT', 'NOTE')),
  row_numbers integer[]    NOT NULL,
  FOREIGN KEY (tenant_id, run_id) REFERENCES import_run (tenant_id, id)
);
CREATE INDEX import_problem_group_run_idx ON import_problem_group (tenant_id, run_id);

GRANT SELECT, INSERT ON import_problem_group TO ${appRole};
GRANT USAGE ON SEQUENCE import_problem_group_id_seq TO ${appRole};
ALTER TABLE import_problem_group ENABLE ROW LEVEL SECURITY;
ALTER TABLE import_problem_group FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON import_problem_group
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));
