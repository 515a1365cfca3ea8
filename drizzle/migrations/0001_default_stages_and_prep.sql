-- Default pipeline stages (editable later) and default interview-prep checklists per interview kind.
INSERT INTO `stages` (`name`, `kind`, `position`, `follow_up_days`, `created_at`) VALUES
  ('Lead', 'open', 1, NULL, CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  ('Applied', 'open', 2, 7, CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  ('Interviewing', 'open', 3, NULL, CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  ('Negotiating', 'open', 4, 3, CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  ('Won', 'won', 5, NULL, CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  ('Active', 'won', 6, NULL, CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  ('Completed', 'won', 7, NULL, CAST(unixepoch('subsec') * 1000 AS INTEGER)),
  ('Lost', 'lost', 8, NULL, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
WITH kinds(kind, last_item) AS (VALUES
  ('call', 'Test the call number or link, and find a quiet place'),
  ('video', 'Test the call link, camera and microphone'),
  ('onsite', 'Plan the route and when to leave'),
  ('technical', 'Review their tech stack and warm up on a practice problem'),
  ('take_home', 'Confirm the deliverable, its format and when it is due')
),
items(position, text) AS (VALUES
  (1, 'Research the client''s business and recent work'),
  (2, 'Write their needs in your own words'),
  (3, 'Prepare clarifying questions on scope, timeline and budget'),
  (4, 'Pick portfolio pieces to show'),
  (5, 'Decide your rate and your floor')
)
INSERT INTO `prep_template_items` (`interview_kind`, `text`, `position`)
SELECT kind, text, position FROM kinds CROSS JOIN items
UNION ALL
SELECT kind, last_item, 6 FROM kinds
ORDER BY 1, 3;
