DROP INDEX `interviews_starts_idx`;--> statement-breakpoint
CREATE INDEX `interviews_starts_idx` ON `interviews` (`starts_at`,`outcome`);--> statement-breakpoint
DROP INDEX `deadlines_due_at_idx`;--> statement-breakpoint
DROP INDEX `deadlines_due_date_idx`;--> statement-breakpoint
CREATE INDEX `deadlines_due_at_idx` ON `deadlines` (`due_at`,`completed_at`);--> statement-breakpoint
CREATE INDEX `deadlines_due_date_idx` ON `deadlines` (`due_date`,`completed_at`);--> statement-breakpoint
CREATE INDEX `gigs_stage_rates_idx` ON `gigs` (`stage_id`,`archived_at`,`currency`,`rate_unit`,`proposed_rate_minor`,`agreed_rate_minor`,`stage_entered_at`);--> statement-breakpoint
CREATE INDEX `gigs_source_stage_idx` ON `gigs` (`source`,`stage_id`,`created_at`,`referrer_contact_id`,`referrer_client_id`);--> statement-breakpoint
CREATE INDEX `gigs_rates_created_idx` ON `gigs` (`currency`,`rate_unit`,`created_at`,`proposed_rate_minor`,`agreed_rate_minor`);--> statement-breakpoint
CREATE INDEX `timeline_kind_idx` ON `timeline_events` (`kind`,`occurred_at`);