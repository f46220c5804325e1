-- Statistics (issue 16, ADR 0026): each département's totals per indicator, month and breakdown,
-- kept by the projections' consumer beside the cells (the same difference, in the same transaction)
-- so that a national read sums a few rows per département and month instead of every territory's
-- histogram (benchmarks.md "Statistics": ~44,000 cells per département for 36 months of a delay).
-- The territory is dropped; a delay's days become its band (15, 30, 42, 45, or 46 for beyond 45:
-- DREES's thresholds) with the days summed for the mean; days below 0 (a stock's entries and exits,
-- the people set apart) are kept as they are; caseloads count the people, not each structure's.
CREATE FUNCTION stat_band(days integer) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE WHEN days < 0 THEN days WHEN days <= 15 THEN 15 WHEN days <= 30 THEN 30
              WHEN days <= 42 THEN 42 WHEN days <= 45 THEN 45 ELSE 46 END;

CREATE FUNCTION stat_total_breakdown(indicator varchar, breakdown varchar) RETURNS varchar
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE WHEN indicator IN ('structure-caseload', 'referent-caseload')
                   AND position(':' IN breakdown) = 0 THEN '*' ELSE breakdown END;

CREATE TABLE stat_total (
  tenant_id   varchar(3)   NOT NULL REFERENCES tenant (code),
  indicator   varchar(80)  NOT NULL,
  month       date         NOT NULL,
  breakdown   varchar(60)  NOT NULL,
  days        integer      NOT NULL,
  people      bigint       NOT NULL CHECK (people >= 0),
  days_sum    bigint       NOT NULL CHECK (days_sum >= 0),
  PRIMARY KEY (tenant_id, indicator, month, breakdown, days)
) WITH (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);

GRANT SELECT ON stat_total TO ${appRole};
ALTER TABLE stat_total ENABLE ROW LEVEL SECURITY;
ALTER TABLE stat_total FORCE  ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON stat_total
  USING (tenant_id = current_setting('app.tenant_id', true))
  WITH CHECK (tenant_id = current_setting('app.tenant_id', true));

-- the totals of the cells already projected, each département under its own policy
DO $$
DECLARE t varchar;
BEGIN
  FOR t IN SELECT code FROM tenant LOOP
    PERFORM set_config('app.tenant_id', t, true);
    INSERT INTO stat_total (tenant_id, indicator, month, breakdown, days, people, days_sum)
      SELECT tenant_id, indicator, month, stat_total_breakdown(indicator, breakdown),
             stat_band(days), sum(people), sum(people * greatest(days, 0))
        FROM stat_cell GROUP BY 1, 2, 3, 4, 5;
  END LOOP;
  PERFORM set_config('app.tenant_id', '', true);
END $$;
