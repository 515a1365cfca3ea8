-- Timed and all-day deadlines sorted together (the Deadlines list): an expression index, written by hand
-- because drizzle-kit splits expression indexes on commas. The expression must match DEADLINE_DUE_KEY.
CREATE INDEX `deadlines_open_due_key_idx` ON `deadlines` (`completed_at`, coalesce(`due_at`, unixepoch(`due_date`) * 1000));
