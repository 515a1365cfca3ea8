-- A gig's next open deadline and next pending interview, read for every card on the board and every row of
-- the pipeline table (GIG_SUMMARY_SELECT in electron/core/repositories/gig-queries.ts). Partial expression
-- indexes, written by hand because drizzle-kit splits expression indexes on commas: the first open deadline
-- of a gig is the first entry under its id, and only the gig's pending interviews that have not ended are
-- read, instead of every deadline of the gig sorted in a temporary b-tree and every past interview scanned.
-- The expressions must match the query text exactly.
CREATE INDEX `deadlines_gig_open_due_idx` ON `deadlines` (`gig_id`, coalesce(`due_at`, unixepoch(`due_date`) * 1000)) WHERE `completed_at` IS NULL;--> statement-breakpoint
CREATE INDEX `interviews_gig_pending_end_idx` ON `interviews` (`gig_id`, `starts_at` + `duration_minutes` * 60000) WHERE `outcome` = 'pending';
