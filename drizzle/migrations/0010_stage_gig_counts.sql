-- Active (unarchived) gigs per stage, kept by triggers, so the board's column totals, the stage list's
-- counts and the pipeline table's unfiltered total are reads of a few rows instead of counting up to every
-- gig in the book (50k index entries, counted twice per board load, was most of the board's time).
--
-- The triggers touch only this table, so drizzle-kit table rebuilds of gigs run unmodified; a rebuild does
-- drop gigs' own triggers: re-create these (copy from here) in the same release. stage-gig-counts.test.ts
-- compares this table with a real count after every kind of write, so a missing trigger fails loudly.
-- A row may outlive its stage (a stage is removed only when empty, so its count is 0); readers join stages.
CREATE TABLE `stage_gig_counts` (
  `stage_id` integer PRIMARY KEY NOT NULL,
  `active` integer NOT NULL DEFAULT 0
);--> statement-breakpoint
INSERT INTO `stage_gig_counts` (`stage_id`, `active`)
  SELECT `stage_id`, count(*) FROM `gigs` WHERE `archived_at` IS NULL GROUP BY `stage_id`;--> statement-breakpoint
CREATE TRIGGER `stage_gig_counts_gig_insert` AFTER INSERT ON `gigs` WHEN NEW.`archived_at` IS NULL BEGIN
  INSERT INTO `stage_gig_counts` (`stage_id`, `active`) VALUES (NEW.`stage_id`, 1)
    ON CONFLICT (`stage_id`) DO UPDATE SET `active` = `active` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `stage_gig_counts_gig_delete` AFTER DELETE ON `gigs` WHEN OLD.`archived_at` IS NULL BEGIN
  UPDATE `stage_gig_counts` SET `active` = `active` - 1 WHERE `stage_id` = OLD.`stage_id`;
END;--> statement-breakpoint
CREATE TRIGGER `stage_gig_counts_gig_update` AFTER UPDATE OF `stage_id`, `archived_at` ON `gigs`
  WHEN OLD.`stage_id` IS NOT NEW.`stage_id` OR (OLD.`archived_at` IS NULL) IS NOT (NEW.`archived_at` IS NULL) BEGIN
  UPDATE `stage_gig_counts` SET `active` = `active` - 1 WHERE `stage_id` = OLD.`stage_id` AND OLD.`archived_at` IS NULL;
  INSERT INTO `stage_gig_counts` (`stage_id`, `active`) SELECT NEW.`stage_id`, 1 WHERE NEW.`archived_at` IS NULL
    ON CONFLICT (`stage_id`) DO UPDATE SET `active` = `active` + 1;
END;
