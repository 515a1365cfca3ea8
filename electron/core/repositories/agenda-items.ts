/**
 * The agenda's and the calendar's item rows: one SQL shape per kind (interview, deadline) and how rows of
 * both become AgendaItems in time order.
 */
import type { AgendaItem } from '../../contract';
import type { localDays } from '../services/local-time';

export const INTERVIEW_COLUMNS = `SELECT 'interview' AS type, i.id, g.title AS title, i.starts_at AS at, NULL AS date,
  0 AS allDay, i.starts_at + i.duration_minutes * 60000 AS endsAt, g.id AS gigId, g.title AS gigTitle,
  c.id AS clientId, c.name AS clientName, i.kind AS interviewKind, i.time_zone AS timeZone, i.link,
  NULL AS priority, 0 AS important,
  (SELECT count(*) FROM interview_prep_items p WHERE p.interview_id = i.id AND p.done_at IS NOT NULL) AS prepDone,
  (SELECT count(*) FROM interview_prep_items p WHERE p.interview_id = i.id) AS prepTotal,
  NULL AS completedAt, 0 AS overdue`;
export const INTERVIEW_JOINS = 'JOIN gigs g ON g.id = i.gig_id JOIN clients c ON c.id = g.client_id';

export const DEADLINE_COLUMNS = `SELECT 'deadline' AS type, d.id, d.title, d.due_at AS at, d.due_date AS date,
  (d.due_date IS NOT NULL) AS allDay, NULL AS endsAt, d.gig_id AS gigId, g.title AS gigTitle,
  d.client_id AS clientId, c.name AS clientName, NULL AS interviewKind, d.time_zone AS timeZone, NULL AS link,
  d.priority, d.important, NULL AS prepDone, NULL AS prepTotal, d.completed_at AS completedAt,
  (d.completed_at IS NULL AND ((d.due_at IS NOT NULL AND d.due_at < @now) OR (d.due_date IS NOT NULL AND d.due_date < @today))) AS overdue`;
export const DEADLINE_JOINS = 'LEFT JOIN gigs g ON g.id = d.gig_id LEFT JOIN clients c ON c.id = d.client_id';

export const DEADLINE_ITEM = `${DEADLINE_COLUMNS} FROM deadlines d ${DEADLINE_JOINS}`;

export type Row = Omit<AgendaItem, 'allDay' | 'important' | 'overdue' | 'date'> & {
  allDay: number;
  important: number;
  overdue: number;
  date: string | null;
};

export type LocalDays = ReturnType<typeof localDays>;

/** Field by field: spreading a 20-column row and overriding four of them cost as much as reading it. */
function toItems(rows: Row[], days: LocalDays): AgendaItem[] {
  return rows.map((row) => ({
    type: row.type,
    id: row.id,
    title: row.title,
    at: row.at,
    date: row.date ?? days.dateOf(row.at ?? 0),
    allDay: row.allDay === 1,
    endsAt: row.endsAt,
    gigId: row.gigId,
    gigTitle: row.gigTitle,
    clientId: row.clientId,
    clientName: row.clientName,
    interviewKind: row.interviewKind,
    timeZone: row.timeZone,
    link: row.link,
    priority: row.priority,
    important: row.important === 1,
    prepDone: row.prepDone,
    prepTotal: row.prepTotal,
    completedAt: row.completedAt,
    overdue: row.overdue === 1,
  }));
}

/** Timed items by instant; all-day deadlines sort at the start of their day, before timed ones. */
function byTime(days: LocalDays) {
  const key = (item: AgendaItem) => item.at ?? days.startOf(item.date) - 1;
  return (a: AgendaItem, b: AgendaItem) => key(a) - key(b) || a.type.localeCompare(b.type) || a.id - b.id;
}

/** Items of several queries as one list in time order, each local date worked out once per day. */
export function merged(rows: Row[], days: LocalDays): AgendaItem[] {
  return toItems(rows, days).sort(byTime(days));
}
