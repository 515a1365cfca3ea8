/** Clarifying questions (a per-gig checklist) and the rate trail of a negotiation. */
import type Database from 'better-sqlite3';
import { formatMoney, type GigQuestion, type ParsedInput, type RateEvent } from '../../contract';
import { statement } from '../db/statements';
import { notFound } from '../errors';
import { insertTimelineEvent } from './timeline-repository';

const QUESTION_SELECT = 'SELECT id, gig_id AS gigId, text, answer, done_at AS doneAt, position FROM gig_questions';
const RATE_SELECT =
  'SELECT id, gig_id AS gigId, kind, amount_minor AS amountMinor, currency, unit, occurred_at AS occurredAt, note FROM rate_events';

export function questionsOfGig(sqlite: Database.Database, gigId: number): GigQuestion[] {
  return statement(sqlite, `${QUESTION_SELECT} WHERE gig_id = ? ORDER BY position, id`).all(gigId) as GigQuestion[];
}

export function getQuestion(sqlite: Database.Database, id: number): GigQuestion {
  const row = statement(sqlite, `${QUESTION_SELECT} WHERE id = ?`).get(id) as GigQuestion | undefined;
  if (!row) throw notFound('Question', id);
  return row;
}

export function insertQuestion(sqlite: Database.Database, gigId: number, text: string): number {
  if (!statement(sqlite, 'SELECT 1 FROM gigs WHERE id = ?').get(gigId)) throw notFound('Gig', gigId);
  const next = (
    statement(sqlite, 'SELECT coalesce(max(position), 0) + 1 AS p FROM gig_questions WHERE gig_id = ?').get(gigId) as {
      p: number;
    }
  ).p;
  return Number(
    statement(sqlite, 'INSERT INTO gig_questions (gig_id, text, position) VALUES (?, ?, ?)').run(gigId, text, next)
      .lastInsertRowid,
  );
}

export function updateQuestion(sqlite: Database.Database, input: ParsedInput<'gigQuestions.update'>, now: number) {
  const current = getQuestion(sqlite, input.id);
  const doneAt = input.done === undefined ? current.doneAt : input.done ? (current.doneAt ?? now) : null;
  statement(sqlite, 'UPDATE gig_questions SET text = ?, answer = ?, done_at = ? WHERE id = ?').run(
    input.text ?? current.text,
    input.answer ?? current.answer,
    doneAt,
    input.id,
  );
}

export function deleteQuestion(sqlite: Database.Database, id: number) {
  if (statement(sqlite, 'DELETE FROM gig_questions WHERE id = ?').run(id).changes === 0) throw notFound('Question', id);
}

export function rateEventsOfGig(sqlite: Database.Database, gigId: number): RateEvent[] {
  return statement(sqlite, `${RATE_SELECT} WHERE gig_id = ? ORDER BY occurred_at, id`).all(gigId) as RateEvent[];
}

const KIND_LABEL: Record<RateEvent['kind'], string> = {
  asked: 'Asked',
  countered: 'Client countered with',
  revised: 'Revised to',
  agreed: 'Agreed',
};

/** Logs a step of the negotiation; asking/revising sets the proposed rate, agreeing sets the agreed rate. */
export function insertRateEvent(
  sqlite: Database.Database,
  input: ParsedInput<'rateEvents.create'>,
  now: number,
): number {
  const gig = statement(sqlite, 'SELECT client_id AS clientId FROM gigs WHERE id = ?').get(input.gigId) as
    { clientId: number } | undefined;
  if (!gig) throw notFound('Gig', input.gigId);
  const occurredAt = input.occurredAt ?? now;
  const id = Number(
    statement(
      sqlite,
      'INSERT INTO rate_events (gig_id, kind, amount_minor, currency, unit, occurred_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(input.gigId, input.kind, input.amountMinor, input.currency, input.unit, occurredAt, input.note ?? '')
      .lastInsertRowid,
  );
  const column =
    input.kind === 'agreed' ? 'agreed_rate_minor' : input.kind === 'countered' ? null : 'proposed_rate_minor';
  if (column) {
    statement(sqlite, `UPDATE gigs SET ${column} = ?, currency = ?, rate_unit = ?, updated_at = ? WHERE id = ?`).run(
      input.amountMinor,
      input.currency,
      input.unit,
      now,
      input.gigId,
    );
  }
  const amount = `${formatMoney(input.amountMinor, input.currency, 'en')}${input.unit === 'fixed' ? ' fixed' : `/${input.unit}`}`;
  insertTimelineEvent(
    sqlite,
    {
      clientId: gig.clientId,
      gigId: input.gigId,
      kind: 'rate',
      body: `${KIND_LABEL[input.kind]} ${amount}${input.note ? ` — ${input.note}` : ''}`,
      meta: { rateEventId: id, kind: input.kind },
      occurredAt,
    },
    now,
  );
  return id;
}

export function getRateEvent(sqlite: Database.Database, id: number): RateEvent {
  const row = statement(sqlite, `${RATE_SELECT} WHERE id = ?`).get(id) as RateEvent | undefined;
  if (!row) throw notFound('Rate entry', id);
  return row;
}

export function deleteRateEvent(sqlite: Database.Database, id: number) {
  if (statement(sqlite, 'DELETE FROM rate_events WHERE id = ?').run(id).changes === 0) throw notFound('Rate entry', id);
}
