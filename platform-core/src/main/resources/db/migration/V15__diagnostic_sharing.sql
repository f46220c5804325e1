-- The person's agreement to share their diagnostic's synthesis with the structure that will follow
-- them (issue 5): recorded by the agent (when and by whom); without it, the partner sees none of it.
ALTER TABLE diagnostic ADD COLUMN shared_at timestamptz;
ALTER TABLE diagnostic ADD COLUMN shared_by varchar(100);
