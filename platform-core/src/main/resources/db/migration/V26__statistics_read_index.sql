-- Statistics reads (issue 16, benchmarks.md "Statistics"): an indicator's cells over a period are
-- read by (tenant_id, indicator, month) ranges; with people in the index they are read from the
-- index alone (an index-only scan, no heap page per cell): a département's 36 months of a delay
-- are ~44,000 cells at 2 million people, and a national read sums them for every département.
CREATE INDEX stat_cell_read_idx ON stat_cell (tenant_id, indicator, month, territory, breakdown, days)
  INCLUDE (people);
-- An index-only scan reads the heap for pages changed since the last vacuum: the consumer changes
-- a few cells per event, so the cells are vacuumed after 2 % of them changed rather than 20 %.
ALTER TABLE stat_cell SET (autovacuum_vacuum_scale_factor = 0.02,
  autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
