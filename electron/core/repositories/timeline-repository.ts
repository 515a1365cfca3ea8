/** The timeline: hand-logged notes and contacts plus events Gigline records (stage changes, interviews…). */
import type Database from 'better-sqlite3';
import { contactKinds, type TimelineEvent } from '../../contract';
import { parseJson, statement } from '../db/statements';
import { notFound } from '../errors';

const TIMELINE_SELECT = `SELECT e.id, e.client_id AS clientId, e.gig_id AS gigId, g.title AS gigTitle,
  e.interview_id AS interviewId, e.deadline_id AS deadlineId, e.kind, e.body, e.meta,
  e.occurred_at AS occurredAt, e.created_at AS createdAt
FROM timeline_events e LEFT JOIN gigs g ON g.id = e.gig_id`;

type Row = Omit<TimelineEvent, 'meta'> & { meta: string | null };
const toEvent = (row: Row): TimelineEvent => ({ ...row, meta: row.meta === null ? null : parseJson(row.meta) });

export interface NewTimelineEvent {
  clientId: number | null;
  gigId: number | null;
  interviewId?: number | null;
  deadlineId?: number | null;
  kind: TimelineEvent['kind'];
  body: string;
  meta?: Record<string, unknown> | null;
  occurredAt: number;
}

export function insertTimelineEvent(sqlite: Database.Database, event: NewTimelineEvent, now: number): number {
  const result = statement(
    sqlite,
    `INSERT INTO timeline_events (client_id, gig_id, interview_id, deadline_id, kind, body, meta, occurred_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    event.clientId,
    event.gigId,
    event.interviewId ?? null,
    event.deadlineId ?? null,
    event.kind,
    event.body,
    event.meta ? JSON.stringify(event.meta) : null,
    event.occurredAt,
    now,
  );
  if (contactKinds.includes(event.kind)) recordContact(sqlite, event);
  return Number(result.lastInsertRowid);
}

/** Logging a contact resets the follow-up clock of the gig, or of every open gig of the client. */
function recordContact(sqlite: Database.Database, event: NewTimelineEvent) {
  if (event.gigId !== null) {
    statement(sqlite, 'UPDATE gigs SET last_contact_at = max(coalesce(last_contact_at, 0), ?) WHERE id = ?').run(
      event.occurredAt,
      event.gigId,
    );
  } else if (event.clientId !== null) {
    statement(
      sqlite,
      `UPDATE gigs SET last_contact_at = max(coalesce(last_contact_at, 0), ?)
       WHERE client_id = ? AND archived_at IS NULL`,
    ).run(event.occurredAt, event.clientId);
  }
}

export function getTimelineEvent(sqlite: Database.Database, id: number): TimelineEvent {
  const row = statement(sqlite, `${TIMELINE_SELECT} WHERE e.id = ?`).get(id) as Row | undefined;
  if (!row) throw notFound('Timeline entry', id);
  return toEvent(row);
}

export function deleteTimelineEvent(sqlite: Database.Database, id: number): void {
  if (statement(sqlite, 'DELETE FROM timeline_events WHERE id = ?').run(id).changes === 0)
    throw notFound('Timeline entry', id);
}

export function timelineOfClient(sqlite: Database.Database, clientId: number, limit = 100): TimelineEvent[] {
  return (
    statement(
      sqlite,
      `${TIMELINE_SELECT} WHERE e.client_id = ? OR e.gig_id IN (SELECT id FROM gigs WHERE client_id = ?)
       ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?`,
    ).all(clientId, clientId, limit) as Row[]
  ).map(toEvent);
}

export function timelineOfGig(sqlite: Database.Database, gigId: number, limit = 100): TimelineEvent[] {
  return (
    statement(sqlite, `${TIMELINE_SELECT} WHERE e.gig_id = ? ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?`).all(
      gigId,
      limit,
    ) as Row[]
  ).map(toEvent);
}
