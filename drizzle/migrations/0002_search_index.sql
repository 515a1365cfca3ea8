-- Global search (issue 3): one FTS5 index over clients, contacts, gigs, interviews, deadlines and notes.
--
-- search_index is contentless (content='', contentless_delete=1): results are joined back to the source
-- tables for their current titles, so a second copy of every text would only double the file. A document's
-- rowid encodes its kind and source id (docRowid in search-index.ts), so refreshing one is a rowid lookup.
-- Queue kinds: 1 client, 2 contact, 3 gig, 4 interview, 5 deadline, 6 note.
--
-- Triggers keep it in sync through search_queue: every write enqueues (kind, id) of the documents it
-- affects, and the search repository (electron/core/repositories/search-index.ts) rebuilds queued documents
-- in one set-based pass before every search, so a search always sees committed data. Kinds 7-9 are
-- context changes that fan out there: 7 a client renamed (its contacts, gigs, interviews, deadlines and notes
-- show its name), 8 a gig retitled or moved to another client, 9 a tag renamed.
--
-- Why not compute documents inside the triggers: a trigger or view that reads another table (a contact's
-- trigger reading clients.name) makes every drizzle-kit table rebuild of that table fail at
-- `ALTER TABLE __new_x RENAME TO x` ("error in trigger ...: no such table"). These triggers touch only
-- search_queue, so rebuilds run unmodified. A rebuild still drops the rebuilt table's own triggers:
-- re-create them (copy from here) in the same release; the search tests list every trigger, so a missing
-- one fails loudly.
CREATE VIRTUAL TABLE `search_index` USING fts5(
	title,
	body,
	content='',
	contentless_delete=1,
	tokenize='unicode61 remove_diacritics 2',
	prefix='2 3'
);
--> statement-breakpoint
INSERT INTO `search_index` (`search_index`, `rank`) VALUES ('rank', 'bm25(10.0, 1.0)');
--> statement-breakpoint
CREATE TABLE `search_queue` (
	`kind` integer NOT NULL,
	`id` integer NOT NULL,
	PRIMARY KEY (`kind`, `id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `search_queue` (`kind`, `id`)
SELECT 1, id FROM clients
UNION ALL SELECT 2, id FROM contacts
UNION ALL SELECT 3, id FROM gigs
UNION ALL SELECT 4, id FROM interviews
UNION ALL SELECT 5, id FROM deadlines
UNION ALL SELECT 6, id FROM timeline_events
	WHERE kind IN ('note', 'email', 'call', 'meeting', 'message_in', 'message_out');
--> statement-breakpoint
CREATE TRIGGER `search_clients_ai` AFTER INSERT ON `clients` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (1, NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_clients_au` AFTER UPDATE OF name, email, website, location, notes ON `clients` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (1, NEW.id);
	INSERT OR IGNORE INTO search_queue (kind, id) SELECT 7, NEW.id WHERE OLD.name IS NOT NEW.name;
END;
--> statement-breakpoint
CREATE TRIGGER `search_clients_ad` AFTER DELETE ON `clients` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (1, OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_client_tags_ai` AFTER INSERT ON `client_tags` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (1, NEW.client_id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_client_tags_ad` AFTER DELETE ON `client_tags` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (1, OLD.client_id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_gig_tags_ai` AFTER INSERT ON `gig_tags` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (3, NEW.gig_id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_gig_tags_ad` AFTER DELETE ON `gig_tags` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (3, OLD.gig_id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_tags_au` AFTER UPDATE OF name ON `tags` WHEN OLD.name IS NOT NEW.name BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (9, NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_ai` AFTER INSERT ON `contacts` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (2, NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_au` AFTER UPDATE OF name, role, email, phone, notes, client_id ON `contacts` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (2, NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_ad` AFTER DELETE ON `contacts` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (2, OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_gigs_ai` AFTER INSERT ON `gigs` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (3, NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_gigs_au` AFTER UPDATE OF title, client_id, agency_client_id, source_detail, requirements, notes ON `gigs` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (3, NEW.id);
	INSERT OR IGNORE INTO search_queue (kind, id) SELECT 8, NEW.id
		WHERE OLD.title IS NOT NEW.title OR OLD.client_id IS NOT NEW.client_id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_gigs_ad` AFTER DELETE ON `gigs` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (3, OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_interviews_ai` AFTER INSERT ON `interviews` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (4, NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_interviews_au` AFTER UPDATE OF gig_id, kind, location, notes ON `interviews` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (4, NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_interviews_ad` AFTER DELETE ON `interviews` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (4, OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_deadlines_ai` AFTER INSERT ON `deadlines` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (5, NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_deadlines_au` AFTER UPDATE OF title, gig_id, client_id, notes ON `deadlines` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (5, NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_deadlines_ad` AFTER DELETE ON `deadlines` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (5, OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_notes_ai` AFTER INSERT ON `timeline_events`
WHEN NEW.kind IN ('note', 'email', 'call', 'meeting', 'message_in', 'message_out') BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (6, NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_notes_au` AFTER UPDATE OF kind, body, client_id, gig_id ON `timeline_events` BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (6, NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_notes_ad` AFTER DELETE ON `timeline_events`
WHEN OLD.kind IN ('note', 'email', 'call', 'meeting', 'message_in', 'message_out') BEGIN
	INSERT OR IGNORE INTO search_queue (kind, id) VALUES (6, OLD.id);
END;
