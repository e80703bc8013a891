-- The backlog gauges (OutboxBacklog) count the incomplete publications and read the oldest one's
-- date on every refresh; this partial index stays as small as the backlog itself, however many
-- completed publications the retention keeps.
CREATE INDEX event_publication_incomplete_idx ON event_publication (publication_date)
  WHERE completion_date IS NULL;
