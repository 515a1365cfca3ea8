/** Loads the items that can have reminders inside a time window, with the context their texts need. */
import type Database from 'better-sqlite3';
import { statement } from '../db/statements';
import type { DeadlineSource, GigSource, InterviewSource } from '../services/reminder-rules';

const DEADLINE_SOURCE = `SELECT d.id, d.title, d.due_at AS dueAt, d.due_date AS dueDate, d.important,
  d.reminder_offsets AS reminderOffsets, d.updated_at AS updatedAt,
  trim(coalesce(c.name, '') || CASE WHEN g.title IS NOT NULL THEN ' — ' || g.title ELSE '' END, ' —') AS context
FROM deadlines d LEFT JOIN gigs g ON g.id = d.gig_id LEFT JOIN clients c ON c.id = d.client_id`;

type DeadlineRow = Omit<DeadlineSource, 'important' | 'reminderOffsets'> & {
  important: number;
  reminderOffsets: string | null;
};

export function deadlineSources(
  sqlite: Database.Database,
  from: number,
  to: number,
  fromDate: string,
  toDate: string,
): DeadlineSource[] {
  const timed = statement(
    sqlite,
    `${DEADLINE_SOURCE} WHERE d.completed_at IS NULL AND d.due_at >= ? AND d.due_at <= ?`,
  ).all(from, to) as DeadlineRow[];
  const allDay = statement(
    sqlite,
    `${DEADLINE_SOURCE} WHERE d.completed_at IS NULL AND d.due_date >= ? AND d.due_date <= ?`,
  ).all(fromDate, toDate) as DeadlineRow[];
  return [...timed, ...allDay].map((row) => ({
    ...row,
    important: row.important === 1,
    reminderOffsets: row.reminderOffsets === null ? null : (JSON.parse(row.reminderOffsets) as number[]),
  }));
}

export function deadlineSource(sqlite: Database.Database, id: number): DeadlineSource | null {
  const row = statement(sqlite, `${DEADLINE_SOURCE} WHERE d.id = ? AND d.completed_at IS NULL`).get(id) as
    DeadlineRow | undefined;
  if (!row) return null;
  return {
    ...row,
    important: row.important === 1,
    reminderOffsets: row.reminderOffsets === null ? null : (JSON.parse(row.reminderOffsets) as number[]),
  };
}

const INTERVIEW_SOURCE = `SELECT i.id, i.starts_at AS startsAt, i.duration_minutes AS durationMinutes, i.kind, i.outcome,
  c.name AS clientName, g.title AS gigTitle, c.time_zone AS clientTimeZone, g.last_contact_at AS lastContactAt,
  i.updated_at AS updatedAt,
  (SELECT count(*) FROM interview_prep_items p WHERE p.interview_id = i.id AND p.done_at IS NULL) AS prepOpen,
  (SELECT count(*) FROM interview_prep_items p WHERE p.interview_id = i.id) AS prepTotal
FROM interviews i JOIN gigs g ON g.id = i.gig_id JOIN clients c ON c.id = g.client_id`;

export function interviewSources(sqlite: Database.Database, from: number, to: number): InterviewSource[] {
  return statement(sqlite, `${INTERVIEW_SOURCE} WHERE i.starts_at >= ? AND i.starts_at <= ?`).all(
    from,
    to,
  ) as InterviewSource[];
}

const GIG_SOURCE = `SELECT g.id, g.title, c.name AS clientName, s.name AS stageName, s.kind AS stageKind,
  s.follow_up_days AS followUpDays, g.stage_entered_at AS stageEnteredAt, g.last_contact_at AS lastContactAt,
  g.update_every_days AS updateEveryDays, g.update_weekday AS updateWeekday, g.end_date AS endDate
FROM gigs g JOIN clients c ON c.id = g.client_id JOIN stages s ON s.id = g.stage_id`;

/**
 * Gigs whose follow-up or update reminder can fall inside [from, to]: open-stage gigs with a silence
 * rule whose last contact is recent enough, and gigs with an update cadence.
 */
export function gigSources(sqlite: Database.Database, from: number, to: number): GigSource[] {
  return statement(
    sqlite,
    `${GIG_SOURCE} WHERE g.archived_at IS NULL AND (
       (s.kind = 'open' AND s.follow_up_days IS NOT NULL
         AND max(coalesce(g.last_contact_at, 0), g.stage_entered_at) + (s.follow_up_days + 1) * 86400000 >= @from
         AND max(coalesce(g.last_contact_at, 0), g.stage_entered_at) + (s.follow_up_days - 1) * 86400000 <= @to)
       OR g.update_every_days IS NOT NULL OR g.update_weekday IS NOT NULL)`,
  ).all({ from, to }) as GigSource[];
}
