/** Write side of deadlines: links are checked, a gig's client is filled in, completion is logged on the timeline. */
import type Database from 'better-sqlite3';
import { deadlineRuleIssues, type ParsedInput } from '../../contract';
import { statement } from '../db/statements';
import { AppError, notFound } from '../errors';
import { insertTimelineEvent } from './timeline-repository';

type DeadlineCreate = ParsedInput<'deadlines.create'>;
type DeadlinePatch = Omit<ParsedInput<'deadlines.update'>, 'id'>;

const COLUMNS = {
  title: 'title',
  gigId: 'gig_id',
  clientId: 'client_id',
  dueAt: 'due_at',
  dueDate: 'due_date',
  timeZone: 'time_zone',
  priority: 'priority',
  important: 'important',
  notes: 'notes',
  reminderOffsets: 'reminder_offsets',
} as const satisfies Record<keyof DeadlineCreate, string>;

type Row = {
  gigId: number | null;
  clientId: number | null;
  dueAt: number | null;
  dueDate: string | null;
  timeZone: string | null;
  completedAt: number | null;
  title: string;
};

function toColumnValue(key: keyof typeof COLUMNS, value: unknown): unknown {
  if (value === undefined || value === null)
    return key === 'notes' ? '' : key === 'priority' ? 'normal' : key === 'important' ? 0 : null;
  if (key === 'important') return value ? 1 : 0;
  if (key === 'reminderOffsets') return JSON.stringify([...new Set(value as number[])].sort((a, b) => b - a));
  return value;
}

/** Fills the client from the gig and checks both exist; a gig of another client is refused. */
function resolveLinks(
  sqlite: Database.Database,
  gigId: number | null | undefined,
  clientId: number | null | undefined,
) {
  let resolvedClient = clientId ?? null;
  if (gigId !== null && gigId !== undefined) {
    const gig = statement(sqlite, 'SELECT client_id AS clientId FROM gigs WHERE id = ?').get(gigId) as
      { clientId: number } | undefined;
    if (!gig)
      throw new AppError('NOT_FOUND', 'This gig no longer exists', [
        { path: 'gigId', message: 'This gig no longer exists' },
      ]);
    if (resolvedClient !== null && resolvedClient !== gig.clientId) {
      const message = 'The gig belongs to another client';
      throw new AppError('VALIDATION', message, [{ path: 'clientId', message }]);
    }
    resolvedClient = gig.clientId;
  }
  if (resolvedClient !== null && !statement(sqlite, 'SELECT 1 FROM clients WHERE id = ?').get(resolvedClient)) {
    throw new AppError('NOT_FOUND', 'This client no longer exists', [
      { path: 'clientId', message: 'This client no longer exists' },
    ]);
  }
  return { gigId: gigId ?? null, clientId: resolvedClient };
}

export function insertDeadline(
  sqlite: Database.Database,
  input: DeadlineCreate,
  defaultZone: string,
  now: number,
): number {
  const links = resolveLinks(sqlite, input.gigId, input.clientId);
  const values: DeadlineCreate = {
    ...input,
    ...links,
    timeZone: input.timeZone ?? (input.dueAt != null ? defaultZone : null),
  };
  const keys = Object.keys(COLUMNS) as (keyof typeof COLUMNS)[];
  const result = statement(
    sqlite,
    `INSERT INTO deadlines (${keys.map((k) => COLUMNS[k]).join(', ')}, created_at, updated_at)
     VALUES (${keys.map(() => '?').join(', ')}, ?, ?)`,
  ).run(...keys.map((k) => toColumnValue(k, values[k])), now, now);
  return Number(result.lastInsertRowid);
}

function readRow(sqlite: Database.Database, id: number): Row {
  const row = statement(
    sqlite,
    `SELECT title, gig_id AS gigId, client_id AS clientId, due_at AS dueAt, due_date AS dueDate, time_zone AS timeZone,
       completed_at AS completedAt FROM deadlines WHERE id = ?`,
  ).get(id) as Row | undefined;
  if (!row) throw notFound('Deadline', id);
  return row;
}

export function updateDeadlineRow(
  sqlite: Database.Database,
  id: number,
  patch: DeadlinePatch,
  defaultZone: string,
  now: number,
) {
  const current = readRow(sqlite, id);
  const next: DeadlinePatch = { ...patch };
  // Switching between a timed and an all-day due clears the other half, so exactly one stays set.
  if (patch.dueAt != null && patch.dueDate === undefined) next.dueDate = null;
  if (patch.dueDate != null && patch.dueAt === undefined) next.dueAt = null;
  const merged = {
    dueAt: next.dueAt === undefined ? current.dueAt : next.dueAt,
    dueDate: next.dueDate === undefined ? current.dueDate : next.dueDate,
  };
  const issues = deadlineRuleIssues(merged);
  if (issues.length) throw new AppError('VALIDATION', issues[0]?.message ?? 'Check the due date', issues);
  // A timed due takes the user's zone when it becomes timed; moving one keeps the zone it was set in.
  if (next.dueAt != null && next.timeZone === undefined && (current.dueAt === null || current.timeZone === null)) {
    next.timeZone = defaultZone;
  }
  if (next.gigId !== undefined || next.clientId !== undefined) {
    const links = resolveLinks(
      sqlite,
      next.gigId === undefined ? current.gigId : next.gigId,
      next.clientId === undefined ? (next.gigId ? null : current.clientId) : next.clientId,
    );
    next.gigId = links.gigId;
    next.clientId = links.clientId;
  }
  const keys = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((k) => next[k] !== undefined);
  const sets = [...keys.map((k) => `${COLUMNS[k]} = ?`), 'updated_at = ?'];
  statement(sqlite, `UPDATE deadlines SET ${sets.join(', ')} WHERE id = ?`).run(
    ...keys.map((k) => toColumnValue(k, next[k])),
    now,
    id,
  );
}

/** Completing logs it on the timeline; undoing removes that entry so history stays true. */
export function setDeadlineCompleted(sqlite: Database.Database, id: number, completed: boolean, now: number) {
  const current = readRow(sqlite, id);
  if (completed === (current.completedAt !== null)) return;
  statement(sqlite, 'UPDATE deadlines SET completed_at = ?, updated_at = ? WHERE id = ?').run(
    completed ? now : null,
    now,
    id,
  );
  if (completed) {
    insertTimelineEvent(
      sqlite,
      {
        clientId: current.clientId,
        gigId: current.gigId,
        deadlineId: id,
        kind: 'deadline_completed',
        body: `Completed: ${current.title}`,
        occurredAt: now,
      },
      now,
    );
  } else {
    statement(sqlite, "DELETE FROM timeline_events WHERE deadline_id = ? AND kind = 'deadline_completed'").run(id);
  }
}

export function deleteDeadlineRow(sqlite: Database.Database, id: number) {
  if (statement(sqlite, 'DELETE FROM deadlines WHERE id = ?').run(id).changes === 0) throw notFound('Deadline', id);
}
