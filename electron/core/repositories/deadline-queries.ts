/** Read side of deadlines: summaries with gig/client names and an `overdue` flag in the user's zone. */
import type Database from 'better-sqlite3';
import type { DeadlineDetail, DeadlineSummary, ParsedInput } from '../../contract';
import { parseJson, statement } from '../db/statements';
import { notFound } from '../errors';

export interface TimeFrame {
  now: number;
  /** Today's local date in the user's zone ('YYYY-MM-DD'); all-day deadlines before it are overdue. */
  today: string;
}

export const DEADLINE_SUMMARY_SELECT = `SELECT d.id, d.title, d.gig_id AS gigId, g.title AS gigTitle,
  d.client_id AS clientId, c.name AS clientName, d.due_at AS dueAt, d.due_date AS dueDate, d.time_zone AS timeZone,
  d.priority, d.important, d.completed_at AS completedAt,
  (d.completed_at IS NULL AND ((d.due_at IS NOT NULL AND d.due_at < @now)
    OR (d.due_date IS NOT NULL AND d.due_date < @today))) AS overdue
FROM deadlines d LEFT JOIN gigs g ON g.id = d.gig_id LEFT JOIN clients c ON c.id = d.client_id`;

/** Orders timed and all-day deadlines together (an all-day date sorts at its UTC midnight). */
export const DEADLINE_DUE_KEY = 'coalesce(d.due_at, unixepoch(d.due_date) * 1000)';

type SummaryRow = Omit<DeadlineSummary, 'important' | 'overdue'> & { important: number; overdue: number };

export function toDeadlineSummary(row: SummaryRow): DeadlineSummary {
  return { ...row, important: row.important === 1, overdue: row.overdue === 1 };
}

export function listDeadlines(sqlite: Database.Database, query: ParsedInput<'deadlines.list'>, frame: TimeFrame) {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const status = query.status ?? 'open';
  if (status === 'open') where.push('d.completed_at IS NULL');
  if (status === 'completed') where.push('d.completed_at IS NOT NULL');
  if (query.gigId !== undefined) {
    where.push('d.gig_id = @gigId');
    params.gigId = query.gigId;
  }
  if (query.clientId !== undefined) {
    where.push('d.client_id = @clientId');
    params.clientId = query.clientId;
  }
  const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const order = status === 'completed' ? 'd.completed_at DESC' : `${DEADLINE_DUE_KEY} ASC`;
  const rows = statement(
    sqlite,
    `${DEADLINE_SUMMARY_SELECT}${whereSql} ORDER BY ${order}, d.id LIMIT @limit OFFSET @offset`,
  ).all({
    ...params,
    ...frame,
    limit: query.limit ?? 100,
    offset: query.offset ?? 0,
  }) as SummaryRow[];
  const total = (statement(sqlite, `SELECT count(*) AS n FROM deadlines d${whereSql}`).get(params) as { n: number }).n;
  return { items: rows.map(toDeadlineSummary), total };
}

export function deadlinesWhere(
  sqlite: Database.Database,
  column: 'gig_id' | 'client_id',
  id: number,
  frame: TimeFrame,
) {
  return (
    statement(
      sqlite,
      `${DEADLINE_SUMMARY_SELECT} WHERE d.${column} = @id
       ORDER BY d.completed_at IS NOT NULL, ${DEADLINE_DUE_KEY} LIMIT 200`,
    ).all({ id, ...frame }) as SummaryRow[]
  ).map(toDeadlineSummary);
}

export function getDeadlineDetail(sqlite: Database.Database, id: number, frame: TimeFrame): DeadlineDetail {
  const row = statement(sqlite, `${DEADLINE_SUMMARY_SELECT} WHERE d.id = @id`).get({ id, ...frame }) as
    SummaryRow | undefined;
  if (!row) throw notFound('Deadline', id);
  const extra = statement(
    sqlite,
    'SELECT notes, reminder_offsets AS reminderOffsets, created_at AS createdAt, updated_at AS updatedAt FROM deadlines WHERE id = ?',
  ).get(id) as { notes: string; reminderOffsets: string | null; createdAt: number; updatedAt: number };
  return {
    ...toDeadlineSummary(row),
    ...extra,
    reminderOffsets: extra.reminderOffsets === null ? null : parseJson<number[]>(extra.reminderOffsets),
  };
}
