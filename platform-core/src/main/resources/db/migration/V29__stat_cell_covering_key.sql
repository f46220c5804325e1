-- Statistics (issue 16, benchmarks.md "Statistics"): the consumer adds to stat_cell's people for
-- every event, and each change wrote two indexes of the same key (the primary key and V26's
-- covering read index). One index now does both: the key, with people included, so reads stay
-- index-only scans and each change writes one index entry instead of two.
DROP INDEX stat_cell_read_idx;
ALTER TABLE stat_cell DROP CONSTRAINT stat_cell_pkey;
ALTER TABLE stat_cell ADD CONSTRAINT stat_cell_pkey
  PRIMARY KEY (tenant_id, indicator, month, territory, breakdown, days) INCLUDE (people);
