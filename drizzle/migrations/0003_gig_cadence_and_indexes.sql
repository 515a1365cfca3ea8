DROP INDEX `gigs_stage_position_idx`;--> statement-breakpoint
ALTER TABLE `gigs` ADD `update_weekday` integer;--> statement-breakpoint
CREATE INDEX `gigs_stage_archived_position_idx` ON `gigs` (`stage_id`,`archived_at`,`position`);--> statement-breakpoint
CREATE INDEX `gigs_archived_updated_idx` ON `gigs` (`archived_at`,`updated_at`);