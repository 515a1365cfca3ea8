CREATE INDEX `deadlines_due_at_idx` ON `deadlines` (`due_at`);--> statement-breakpoint
CREATE INDEX `deadlines_due_date_idx` ON `deadlines` (`due_date`);