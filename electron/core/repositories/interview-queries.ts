/** Read side of interviews: summaries with prep progress and overlap flags, computed in SQL. */
import type Database from 'better-sqlite3';
import type { InterviewDetail, InterviewSummary, ParsedInput, PrepItem } from '../../contract';
import { parseJson, statement } from '../db/statements';
import { notFound } from '../errors';

/**
 * How far back an overlapping interview can start: the longest interview stored (one step of
 * interviews_duration_idx, evaluated once per statement), not the 24 h the contract allows. On a busy book
 * the 24-hour window read over a hundred neighbours per interview.
 */
const LONGEST_MS = '(SELECT max(duration_minutes) FROM interviews) * 60000';

export const INTERVIEW_SUMMARY_SELECT = `SELECT i.id, i.gig_id AS gigId, g.title AS gigTitle, g.client_id AS clientId,
  c.name AS clientName, c.time_zone AS clientTimeZone, i.starts_at AS startsAt, i.time_zone AS timeZone,
  i.duration_minutes AS durationMinutes, i.kind, i.link, i.location, i.round, i.outcome,
  (SELECT count(*) FROM interview_prep_items p WHERE p.interview_id = i.id AND p.done_at IS NOT NULL) AS prepDone,
  (SELECT count(*) FROM interview_prep_items p WHERE p.interview_id = i.id) AS prepTotal,
  (SELECT json_group_array(o.id) FROM interviews o
     WHERE o.id <> i.id AND i.outcome <> 'cancelled' AND o.outcome <> 'cancelled'
       AND o.starts_at > i.starts_at - ${LONGEST_MS}
       AND o.starts_at < i.starts_at + i.duration_minutes * 60000
       AND o.starts_at + o.duration_minutes * 60000 > i.starts_at) AS overlapsJson
FROM interviews i JOIN gigs g ON g.id = i.gig_id JOIN clients c ON c.id = g.client_id`;

type SummaryRow = Omit<InterviewSummary, 'overlapsWith'> & { overlapsJson: string };

export function toInterviewSummary({ overlapsJson, ...row }: SummaryRow): InterviewSummary {
  return { ...row, overlapsWith: parseJson<number[]>(overlapsJson) };
}

export function listInterviews(sqlite: Database.Database, query: ParsedInput<'interviews.list'>) {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.from !== undefined) {
    where.push('i.starts_at >= @from');
    params.from = query.from;
  }
  if (query.to !== undefined) {
    where.push('i.starts_at < @to');
    params.to = query.to;
  }
  if (query.gigId !== undefined) {
    where.push('i.gig_id = @gigId');
    params.gigId = query.gigId;
  }
  if (query.clientId !== undefined) {
    where.push('g.client_id = @clientId');
    params.clientId = query.clientId;
  }
  if (query.outcome !== undefined) {
    where.push('i.outcome = @outcome');
    params.outcome = query.outcome;
  }
  const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const direction = query.direction === 'desc' ? 'DESC' : 'ASC';
  const rows = statement(
    sqlite,
    `${INTERVIEW_SUMMARY_SELECT}${whereSql} ORDER BY i.starts_at ${direction}, i.id LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: query.limit ?? 100, offset: query.offset ?? 0 }) as SummaryRow[];
  const total = (
    statement(sqlite, `SELECT count(*) AS n FROM interviews i JOIN gigs g ON g.id = i.gig_id${whereSql}`).get(
      params,
    ) as {
      n: number;
    }
  ).n;
  return { items: rows.map(toInterviewSummary), total };
}

export function interviewsOfGig(sqlite: Database.Database, gigId: number): InterviewSummary[] {
  return (
    statement(sqlite, `${INTERVIEW_SUMMARY_SELECT} WHERE i.gig_id = ? ORDER BY i.starts_at DESC LIMIT 100`).all(
      gigId,
    ) as SummaryRow[]
  ).map(toInterviewSummary);
}

/** The page's ids first, so overlaps are worked out for the 100 shown, not every interview of the client. */
export function interviewsOfClient(sqlite: Database.Database, clientId: number): InterviewSummary[] {
  const rows = statement(
    sqlite,
    `${INTERVIEW_SUMMARY_SELECT} WHERE i.id IN (SELECT i.id FROM interviews i JOIN gigs g ON g.id = i.gig_id
       WHERE g.client_id = ? ORDER BY i.starts_at DESC LIMIT 100) ORDER BY i.starts_at DESC`,
  ).all(clientId) as SummaryRow[];
  return rows.map(toInterviewSummary);
}

export function listPrepItems(sqlite: Database.Database, interviewId: number): PrepItem[] {
  return statement(
    sqlite,
    `SELECT id, interview_id AS interviewId, text, done_at AS doneAt, position
     FROM interview_prep_items WHERE interview_id = ? ORDER BY position, id`,
  ).all(interviewId) as PrepItem[];
}

export function getInterviewDetail(sqlite: Database.Database, id: number): InterviewDetail {
  const row = statement(sqlite, `${INTERVIEW_SUMMARY_SELECT} WHERE i.id = ?`).get(id) as SummaryRow | undefined;
  if (!row) throw notFound('Interview', id);
  const extra = statement(sqlite, 'SELECT notes FROM interviews WHERE id = ?').get(id) as { notes: string };
  const contacts = statement(
    sqlite,
    `SELECT ct.id, ct.name, ct.role FROM interview_contacts ic JOIN contacts ct ON ct.id = ic.contact_id
     WHERE ic.interview_id = ? ORDER BY ct.name COLLATE NOCASE`,
  ).all(id) as InterviewDetail['contacts'];
  return { ...toInterviewSummary(row), notes: extra.notes, contacts, prepItems: listPrepItems(sqlite, id) };
}
