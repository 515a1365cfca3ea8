-- The search triggers queued documents with INSERT OR IGNORE. Inside a foreign key's ON DELETE SET NULL
-- (deleting a client that is another gig's agency) SQLite runs the trigger under the outer statement's
-- ABORT conflict policy, so a document already queued aborted the whole delete. ON CONFLICT DO NOTHING
-- is an upsert clause and is not overridden. Same triggers otherwise.
--> statement-breakpoint
DROP TRIGGER `search_clients_ai`;
--> statement-breakpoint
CREATE TRIGGER `search_clients_ai` AFTER INSERT ON `clients` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (1, NEW.id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_clients_au`;
--> statement-breakpoint
CREATE TRIGGER `search_clients_au` AFTER UPDATE OF name, email, website, location, notes ON `clients` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (1, NEW.id) ON CONFLICT DO NOTHING;
	INSERT INTO search_queue (kind, id) SELECT 7, NEW.id WHERE OLD.name IS NOT NEW.name ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_clients_ad`;
--> statement-breakpoint
CREATE TRIGGER `search_clients_ad` AFTER DELETE ON `clients` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (1, OLD.id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_client_tags_ai`;
--> statement-breakpoint
CREATE TRIGGER `search_client_tags_ai` AFTER INSERT ON `client_tags` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (1, NEW.client_id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_client_tags_ad`;
--> statement-breakpoint
CREATE TRIGGER `search_client_tags_ad` AFTER DELETE ON `client_tags` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (1, OLD.client_id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_gig_tags_ai`;
--> statement-breakpoint
CREATE TRIGGER `search_gig_tags_ai` AFTER INSERT ON `gig_tags` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (3, NEW.gig_id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_gig_tags_ad`;
--> statement-breakpoint
CREATE TRIGGER `search_gig_tags_ad` AFTER DELETE ON `gig_tags` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (3, OLD.gig_id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_tags_au`;
--> statement-breakpoint
CREATE TRIGGER `search_tags_au` AFTER UPDATE OF name ON `tags` WHEN OLD.name IS NOT NEW.name BEGIN
	INSERT INTO search_queue (kind, id) VALUES (9, NEW.id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_contacts_ai`;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_ai` AFTER INSERT ON `contacts` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (2, NEW.id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_contacts_au`;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_au` AFTER UPDATE OF name, role, email, phone, notes, client_id ON `contacts` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (2, NEW.id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_contacts_ad`;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_ad` AFTER DELETE ON `contacts` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (2, OLD.id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_gigs_ai`;
--> statement-breakpoint
CREATE TRIGGER `search_gigs_ai` AFTER INSERT ON `gigs` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (3, NEW.id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_gigs_au`;
--> statement-breakpoint
CREATE TRIGGER `search_gigs_au` AFTER UPDATE OF title, client_id, agency_client_id, source_detail, requirements, notes ON `gigs` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (3, NEW.id) ON CONFLICT DO NOTHING;
	INSERT INTO search_queue (kind, id) SELECT 8, NEW.id
		WHERE OLD.title IS NOT NEW.title OR OLD.client_id IS NOT NEW.client_id ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_gigs_ad`;
--> statement-breakpoint
CREATE TRIGGER `search_gigs_ad` AFTER DELETE ON `gigs` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (3, OLD.id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_interviews_ai`;
--> statement-breakpoint
CREATE TRIGGER `search_interviews_ai` AFTER INSERT ON `interviews` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (4, NEW.id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_interviews_au`;
--> statement-breakpoint
CREATE TRIGGER `search_interviews_au` AFTER UPDATE OF gig_id, kind, location, notes ON `interviews` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (4, NEW.id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_interviews_ad`;
--> statement-breakpoint
CREATE TRIGGER `search_interviews_ad` AFTER DELETE ON `interviews` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (4, OLD.id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_deadlines_ai`;
--> statement-breakpoint
CREATE TRIGGER `search_deadlines_ai` AFTER INSERT ON `deadlines` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (5, NEW.id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_deadlines_au`;
--> statement-breakpoint
CREATE TRIGGER `search_deadlines_au` AFTER UPDATE OF title, gig_id, client_id, notes ON `deadlines` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (5, NEW.id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_deadlines_ad`;
--> statement-breakpoint
CREATE TRIGGER `search_deadlines_ad` AFTER DELETE ON `deadlines` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (5, OLD.id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_notes_ai`;
--> statement-breakpoint
CREATE TRIGGER `search_notes_ai` AFTER INSERT ON `timeline_events`
WHEN NEW.kind IN ('note', 'email', 'call', 'meeting', 'message_in', 'message_out') BEGIN
	INSERT INTO search_queue (kind, id) VALUES (6, NEW.id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_notes_au`;
--> statement-breakpoint
CREATE TRIGGER `search_notes_au` AFTER UPDATE OF kind, body, client_id, gig_id ON `timeline_events` BEGIN
	INSERT INTO search_queue (kind, id) VALUES (6, NEW.id) ON CONFLICT DO NOTHING;
END;
--> statement-breakpoint
DROP TRIGGER `search_notes_ad`;
--> statement-breakpoint
CREATE TRIGGER `search_notes_ad` AFTER DELETE ON `timeline_events`
WHEN OLD.kind IN ('note', 'email', 'call', 'meeting', 'message_in', 'message_out') BEGIN
	INSERT INTO search_queue (kind, id) VALUES (6, OLD.id) ON CONFLICT DO NOTHING;
END;
