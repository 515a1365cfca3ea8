CREATE TABLE `clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text DEFAULT 'company' NOT NULL,
	`email` text,
	`phone` text,
	`website` text,
	`linkedin` text,
	`location` text,
	`time_zone` text,
	`notes` text DEFAULT '' NOT NULL,
	`archived_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `clients_name_idx` ON `clients` ("name" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `clients_archived_updated_idx` ON `clients` (`archived_at`,`updated_at`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`name` text NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`email` text,
	`phone` text,
	`linkedin` text,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contacts_client_idx` ON `contacts` (`client_id`);--> statement-breakpoint
CREATE TABLE `client_tags` (
	`client_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	PRIMARY KEY(`client_id`, `tag_id`),
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `client_tags_tag_idx` ON `client_tags` (`tag_id`);--> statement-breakpoint
CREATE TABLE `gig_tags` (
	`gig_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	PRIMARY KEY(`gig_id`, `tag_id`),
	FOREIGN KEY (`gig_id`) REFERENCES `gigs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `gig_tags_tag_idx` ON `gig_tags` (`tag_id`);--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`color` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tags_name_unique` ON `tags` ("name" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `gig_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gig_id` integer NOT NULL,
	`text` text NOT NULL,
	`answer` text DEFAULT '' NOT NULL,
	`done_at` integer,
	`position` integer NOT NULL,
	FOREIGN KEY (`gig_id`) REFERENCES `gigs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `gig_questions_gig_idx` ON `gig_questions` (`gig_id`,`position`);--> statement-breakpoint
CREATE TABLE `gigs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`agency_client_id` integer,
	`title` text NOT NULL,
	`stage_id` integer NOT NULL,
	`stage_entered_at` integer NOT NULL,
	`position` real DEFAULT 0 NOT NULL,
	`source` text,
	`source_detail` text,
	`referrer_contact_id` integer,
	`referrer_client_id` integer,
	`currency` text,
	`rate_unit` text,
	`proposed_rate_minor` integer,
	`agreed_rate_minor` integer,
	`estimated_hours` real,
	`budget_minor` integer,
	`start_date` text,
	`end_date` text,
	`requirements` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`update_every_days` integer,
	`last_contact_at` integer,
	`archived_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`stage_id`) REFERENCES `stages`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`referrer_contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`referrer_client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `gigs_client_idx` ON `gigs` (`client_id`);--> statement-breakpoint
CREATE INDEX `gigs_stage_position_idx` ON `gigs` (`stage_id`,`position`);--> statement-breakpoint
CREATE INDEX `gigs_agency_idx` ON `gigs` (`agency_client_id`);--> statement-breakpoint
CREATE INDEX `gigs_referrer_contact_idx` ON `gigs` (`referrer_contact_id`);--> statement-breakpoint
CREATE INDEX `gigs_referrer_client_idx` ON `gigs` (`referrer_client_id`);--> statement-breakpoint
CREATE TABLE `rate_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gig_id` integer NOT NULL,
	`kind` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`unit` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`gig_id`) REFERENCES `gigs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rate_events_gig_idx` ON `rate_events` (`gig_id`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `stages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`position` integer NOT NULL,
	`follow_up_days` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `stages_position_idx` ON `stages` (`position`);--> statement-breakpoint
CREATE TABLE `interview_contacts` (
	`interview_id` integer NOT NULL,
	`contact_id` integer NOT NULL,
	PRIMARY KEY(`interview_id`, `contact_id`),
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `interview_contacts_contact_idx` ON `interview_contacts` (`contact_id`);--> statement-breakpoint
CREATE TABLE `interview_prep_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`interview_id` integer NOT NULL,
	`text` text NOT NULL,
	`done_at` integer,
	`position` integer NOT NULL,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `interview_prep_items_interview_idx` ON `interview_prep_items` (`interview_id`,`position`);--> statement-breakpoint
CREATE TABLE `interviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gig_id` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`time_zone` text NOT NULL,
	`duration_minutes` integer DEFAULT 60 NOT NULL,
	`kind` text DEFAULT 'video' NOT NULL,
	`link` text,
	`location` text,
	`round` integer DEFAULT 1 NOT NULL,
	`outcome` text DEFAULT 'pending' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`gig_id`) REFERENCES `gigs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `interviews_starts_idx` ON `interviews` (`starts_at`);--> statement-breakpoint
CREATE INDEX `interviews_gig_idx` ON `interviews` (`gig_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `prep_template_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`interview_kind` text NOT NULL,
	`text` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `prep_template_items_kind_idx` ON `prep_template_items` (`interview_kind`,`position`);--> statement-breakpoint
CREATE TABLE `deadlines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`gig_id` integer,
	`client_id` integer,
	`due_at` integer,
	`due_date` text,
	`time_zone` text,
	`priority` text DEFAULT 'normal' NOT NULL,
	`important` integer DEFAULT false NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`reminder_offsets` text,
	`completed_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`gig_id`) REFERENCES `gigs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "deadlines_due_one_of" CHECK(("deadlines"."due_at" IS NULL) <> ("deadlines"."due_date" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `deadlines_open_due_at_idx` ON `deadlines` (`completed_at`,`due_at`);--> statement-breakpoint
CREATE INDEX `deadlines_open_due_date_idx` ON `deadlines` (`completed_at`,`due_date`);--> statement-breakpoint
CREATE INDEX `deadlines_gig_idx` ON `deadlines` (`gig_id`);--> statement-breakpoint
CREATE INDEX `deadlines_client_idx` ON `deadlines` (`client_id`);--> statement-breakpoint
CREATE TABLE `reminder_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reminder_id` integer NOT NULL,
	`due_at` integer NOT NULL,
	`delivered_at` integer NOT NULL,
	`channel` text NOT NULL,
	`instance_id` text NOT NULL,
	FOREIGN KEY (`reminder_id`) REFERENCES `reminders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_deliveries_once` ON `reminder_deliveries` (`reminder_id`,`due_at`);--> statement-breakpoint
CREATE INDEX `reminder_deliveries_delivered_idx` ON `reminder_deliveries` (`delivered_at`);--> statement-breakpoint
CREATE TABLE `reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_kind` text NOT NULL,
	`source_id` integer,
	`rule_key` text NOT NULL,
	`fire_at` integer NOT NULL,
	`floating_local` text,
	`state` text DEFAULT 'pending' NOT NULL,
	`snoozed_until` integer,
	`important` integer DEFAULT false NOT NULL,
	`title` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminders_source_rule_unique` ON `reminders` (`source_kind`,`source_id`,`rule_key`);--> statement-breakpoint
CREATE INDEX `reminders_state_fire_idx` ON `reminders` (`state`,`fire_at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `timeline_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer,
	`gig_id` integer,
	`interview_id` integer,
	`deadline_id` integer,
	`kind` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`meta` text,
	`occurred_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`gig_id`) REFERENCES `gigs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`interview_id`) REFERENCES `interviews`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`deadline_id`) REFERENCES `deadlines`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `timeline_client_idx` ON `timeline_events` (`client_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `timeline_gig_idx` ON `timeline_events` (`gig_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `timeline_interview_idx` ON `timeline_events` (`interview_id`);--> statement-breakpoint
CREATE INDEX `timeline_deadline_idx` ON `timeline_events` (`deadline_id`);