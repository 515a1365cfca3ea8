/** Write side of gigs: create, update (with cross-field rules on the merged row), move on the board, delete. */
import type Database from 'better-sqlite3';
import { gigRuleIssues, type ParsedInput } from '../../contract';
import { statement } from '../db/statements';
import { AppError, notFound } from '../errors';
import { insertTimelineEvent } from './timeline-repository';

type GigCreate = ParsedInput<'gigs.create'>;
type GigPatch = Omit<ParsedInput<'gigs.update'>, 'id'>;

/** Contract field → column. Tags live in their own table and are handled by the caller. */
const COLUMNS = {
  title: 'title',
  clientId: 'client_id',
  agencyClientId: 'agency_client_id',
  stageId: 'stage_id',
  source: 'source',
  sourceDetail: 'source_detail',
  referrerContactId: 'referrer_contact_id',
  referrerClientId: 'referrer_client_id',
  currency: 'currency',
  rateUnit: 'rate_unit',
  proposedRateMinor: 'proposed_rate_minor',
  agreedRateMinor: 'agreed_rate_minor',
  estimatedHours: 'estimated_hours',
  budgetMinor: 'budget_minor',
  startDate: 'start_date',
  endDate: 'end_date',
  requirements: 'requirements',
  notes: 'notes',
  updateEveryDays: 'update_every_days',
  updateWeekday: 'update_weekday',
} as const satisfies Record<Exclude<keyof GigCreate, 'tags'>, string>;

type GigRow = { [K in keyof typeof COLUMNS]: unknown } & { id: number; clientId: number; stageId: number };

function exists(sqlite: Database.Database, table: 'clients' | 'contacts' | 'gigs', id: number): boolean {
  return statement(sqlite, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/** Linked rows must exist: a missing one is reported on its field so the form can show it. */
function assertReferences(sqlite: Database.Database, values: Partial<GigCreate>) {
  const checks: [keyof GigCreate, 'clients' | 'contacts', string][] = [
    ['clientId', 'clients', 'This client no longer exists'],
    ['agencyClientId', 'clients', 'This agency no longer exists'],
    ['referrerClientId', 'clients', 'This referrer no longer exists'],
    ['referrerContactId', 'contacts', 'This contact no longer exists'],
  ];
  for (const [field, table, message] of checks) {
    const value = values[field];
    if (typeof value === 'number' && !exists(sqlite, table, value)) {
      throw new AppError('NOT_FOUND', message, [{ path: field, message }]);
    }
  }
  if (values.stageId !== undefined) assertStage(sqlite, values.stageId);
}

function assertStage(sqlite: Database.Database, stageId: number) {
  if (!statement(sqlite, 'SELECT 1 FROM stages WHERE id = ?').get(stageId)) {
    const message = 'This stage no longer exists';
    throw new AppError('NOT_FOUND', message, [{ path: 'stageId', message }]);
  }
}

function assertRules(values: Parameters<typeof gigRuleIssues>[0]) {
  const issues = gigRuleIssues(values);
  if (issues.length) throw new AppError('VALIDATION', issues[0]?.message ?? 'Check the gig', issues);
}

function nextPosition(sqlite: Database.Database, stageId: number): number {
  return (
    statement(sqlite, 'SELECT coalesce(max(position), 0) + 1 AS p FROM gigs WHERE stage_id = ?').get(stageId) as {
      p: number;
    }
  ).p;
}

export function readGigRow(sqlite: Database.Database, id: number): GigRow {
  const select = Object.entries(COLUMNS)
    .map(([key, column]) => `${column} AS ${key}`)
    .join(', ');
  const row = statement(sqlite, `SELECT id, ${select} FROM gigs WHERE id = ?`).get(id) as GigRow | undefined;
  if (!row) throw notFound('Gig', id);
  return row;
}

export function insertGig(sqlite: Database.Database, values: GigCreate & { stageId: number }, now: number): number {
  assertReferences(sqlite, values);
  assertRules(values);
  const keys = Object.keys(COLUMNS) as (keyof typeof COLUMNS)[];
  const columns = [...keys.map((k) => COLUMNS[k]), 'stage_entered_at', 'position', 'created_at', 'updated_at'];
  const defaults: Partial<Record<keyof typeof COLUMNS, unknown>> = { requirements: '', notes: '' };
  const params = [
    ...keys.map((k) => values[k] ?? defaults[k] ?? null),
    now,
    nextPosition(sqlite, values.stageId),
    now,
    now,
  ];
  const result = statement(
    sqlite,
    `INSERT INTO gigs (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  ).run(...params);
  return Number(result.lastInsertRowid);
}

/** Applies a patch; returns the previous stage id when the stage changed (for the timeline). */
export function updateGigRow(sqlite: Database.Database, id: number, patch: GigPatch, now: number): number | null {
  const current = readGigRow(sqlite, id);
  assertReferences(sqlite, patch);
  const merged = {
    ...current,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  } as GigRow;
  assertRules(merged as Parameters<typeof gigRuleIssues>[0]);
  const keys = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((k) => patch[k] !== undefined);
  const stageChanged = patch.stageId !== undefined && patch.stageId !== current.stageId;
  const sets = keys.map((k) => `${COLUMNS[k]} = ?`);
  const params: unknown[] = keys.map((k) => patch[k] ?? (k === 'notes' || k === 'requirements' ? '' : null));
  if (stageChanged) {
    sets.push('stage_entered_at = ?', 'position = ?');
    params.push(now, nextPosition(sqlite, patch.stageId as number));
  }
  sets.push('updated_at = ?');
  params.push(now, id);
  statement(sqlite, `UPDATE gigs SET ${sets.join(', ')} WHERE id = ?`).run(...params);
  return stageChanged ? current.stageId : null;
}

export function recordStageChange(sqlite: Database.Database, gigId: number, fromStageId: number, now: number) {
  const gig = statement(
    sqlite,
    'SELECT g.client_id AS clientId, g.stage_id AS stageId, s.name AS toName FROM gigs g JOIN stages s ON s.id = g.stage_id WHERE g.id = ?',
  ).get(gigId) as { clientId: number; stageId: number; toName: string };
  const from = statement(sqlite, 'SELECT name FROM stages WHERE id = ?').get(fromStageId) as
    { name: string } | undefined;
  insertTimelineEvent(
    sqlite,
    {
      clientId: gig.clientId,
      gigId,
      kind: 'stage_change',
      body: `Moved from ${from?.name ?? 'a removed stage'} to ${gig.toName}`,
      meta: { fromStageId, toStageId: gig.stageId },
      occurredAt: now,
    },
    now,
  );
}

/** Places a card before `beforeId` (or at the end) of a stage with a fractional position. */
export function moveGigRow(
  sqlite: Database.Database,
  id: number,
  stageId: number,
  beforeId: number | null,
  now: number,
) {
  const current = readGigRow(sqlite, id);
  assertStage(sqlite, stageId);
  let position: number;
  // "Before itself" keeps the card where it is; in another stage it is refused like any card of another stage.
  if (beforeId === null || (beforeId === id && current.stageId === stageId)) {
    position = beforeId === id ? (readPosition(sqlite, id) ?? 0) : nextPosition(sqlite, stageId);
  } else {
    const before = statement(sqlite, 'SELECT position, stage_id AS stageId FROM gigs WHERE id = ?').get(beforeId) as
      { position: number; stageId: number } | undefined;
    if (!before) throw notFound('Gig', beforeId);
    if (before.stageId !== stageId) {
      throw new AppError('VALIDATION', 'The card to move before is in another stage', [
        { path: 'beforeId', message: 'Not in that stage' },
      ]);
    }
    const previous = statement(
      sqlite,
      'SELECT max(position) AS p FROM gigs WHERE stage_id = ? AND position < ? AND id <> ?',
    ).get(stageId, before.position, id) as { p: number | null };
    position = previous.p === null ? before.position - 1 : (previous.p + before.position) / 2;
    if (previous.p !== null && before.position - previous.p < 1e-9) {
      renumberStage(sqlite, stageId);
      return moveGigRow(sqlite, id, stageId, beforeId, now);
    }
  }
  const stageChanged = current.stageId !== stageId;
  statement(
    sqlite,
    `UPDATE gigs SET stage_id = ?, position = ?, updated_at = ?${stageChanged ? ', stage_entered_at = ?' : ''} WHERE id = ?`,
  ).run(...(stageChanged ? [stageId, position, now, now, id] : [stageId, position, now, id]));
  if (stageChanged) recordStageChange(sqlite, id, current.stageId, now);
}

function readPosition(sqlite: Database.Database, id: number): number | null {
  return (
    (statement(sqlite, 'SELECT position FROM gigs WHERE id = ?').get(id) as { position: number } | undefined)
      ?.position ?? null
  );
}

function renumberStage(sqlite: Database.Database, stageId: number) {
  const ids = statement(sqlite, 'SELECT id FROM gigs WHERE stage_id = ? ORDER BY position, id').all(stageId) as {
    id: number;
  }[];
  const update = statement(sqlite, 'UPDATE gigs SET position = ? WHERE id = ?');
  ids.forEach((row, index) => update.run(index + 1, row.id));
}

export function setGigArchived(sqlite: Database.Database, id: number, archived: boolean, now: number) {
  const result = statement(sqlite, 'UPDATE gigs SET archived_at = ?, updated_at = ? WHERE id = ?').run(
    archived ? now : null,
    now,
    id,
  );
  if (result.changes === 0) throw notFound('Gig', id);
}

export function deleteGigRow(sqlite: Database.Database, id: number) {
  if (statement(sqlite, 'DELETE FROM gigs WHERE id = ?').run(id).changes === 0) throw notFound('Gig', id);
}
