-- Statistics (issue 16): each person's follow-up facts (decisions, appointments, referrals,
-- contracts, notices, traits — no name, no NIR, no CAF number), kept by the projections' consumer
-- beside the file facts; the cells' breakdown holds a structure's id behind its prefix.
ALTER TABLE stat_person ADD COLUMN follow jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE stat_cell ALTER COLUMN breakdown TYPE varchar(60);
