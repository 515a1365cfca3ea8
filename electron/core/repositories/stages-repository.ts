/** Pipeline stages: user-editable names, kinds and order; a stage can be removed only when empty. */
import type Database from 'better-sqlite3';
import type { Stage } from '../../contract';
import { statement } from '../db/statements';
import { AppError, notFound } from '../errors';

const STAGE_SELECT = `SELECT s.id, s.name, s.kind, s.position, s.follow_up_days AS followUpDays,
  coalesce((SELECT k.active FROM stage_gig_counts k WHERE k.stage_id = s.id), 0) AS gigCount
  FROM stages s`;

export function listStages(sqlite: Database.Database): Stage[] {
  return statement(sqlite, `${STAGE_SELECT} ORDER BY s.position, s.id`).all() as Stage[];
}

export function getStage(sqlite: Database.Database, id: number): Stage {
  const row = statement(sqlite, `${STAGE_SELECT} WHERE s.id = ?`).get(id) as Stage | undefined;
  if (!row) throw notFound('Stage', id);
  return row;
}

/** The stage new gigs land in when none is chosen: the first open stage. */
export function defaultStageId(sqlite: Database.Database): number {
  const row = statement(sqlite, "SELECT id FROM stages WHERE kind = 'open' ORDER BY position, id LIMIT 1").get() as
    { id: number } | undefined;
  const fallback = statement(sqlite, 'SELECT id FROM stages ORDER BY position, id LIMIT 1').get() as
    { id: number } | undefined;
  const chosen = row ?? fallback;
  if (!chosen) throw new AppError('CONFLICT', 'There are no pipeline stages. Add a stage in Settings first.');
  return chosen.id;
}

function assertUniqueName(sqlite: Database.Database, name: string, exceptId: number | null) {
  const clash = statement(sqlite, 'SELECT id FROM stages WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(
    name,
    exceptId,
  );
  if (clash)
    throw new AppError('VALIDATION', `A stage called "${name}" already exists`, [
      { path: 'name', message: 'A stage with this name already exists' },
    ]);
}

export function insertStage(
  sqlite: Database.Database,
  values: { name: string; kind: Stage['kind']; followUpDays?: number | null | undefined },
  now: number,
): number {
  assertUniqueName(sqlite, values.name, null);
  const next = (statement(sqlite, 'SELECT coalesce(max(position), 0) + 1 AS p FROM stages').get() as { p: number }).p;
  const result = statement(
    sqlite,
    'INSERT INTO stages (name, kind, position, follow_up_days, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(values.name, values.kind, next, values.followUpDays ?? null, now);
  return Number(result.lastInsertRowid);
}

export function updateStage(
  sqlite: Database.Database,
  id: number,
  patch: { name?: string | undefined; kind?: Stage['kind'] | undefined; followUpDays?: number | null | undefined },
): void {
  const current = getStage(sqlite, id);
  if (patch.name !== undefined) assertUniqueName(sqlite, patch.name, id);
  statement(sqlite, 'UPDATE stages SET name = ?, kind = ?, follow_up_days = ? WHERE id = ?').run(
    patch.name ?? current.name,
    patch.kind ?? current.kind,
    patch.followUpDays === undefined ? current.followUpDays : patch.followUpDays,
    id,
  );
}

export function reorderStages(sqlite: Database.Database, ids: number[]): void {
  const existing = (statement(sqlite, 'SELECT id FROM stages').all() as { id: number }[]).map((r) => r.id);
  const wanted = new Set(ids);
  if (wanted.size !== ids.length || ids.length !== existing.length || existing.some((id) => !wanted.has(id))) {
    throw new AppError('VALIDATION', 'List every stage exactly once to reorder them', [
      { path: 'ids', message: 'List every stage exactly once' },
    ]);
  }
  const update = statement(sqlite, 'UPDATE stages SET position = ? WHERE id = ?');
  ids.forEach((id, index) => update.run(index + 1, id));
}

export function deleteStage(sqlite: Database.Database, id: number): void {
  const stage = getStage(sqlite, id);
  const all = (statement(sqlite, 'SELECT count(*) AS n FROM gigs WHERE stage_id = ?').get(id) as { n: number }).n;
  if (all > 0) {
    throw new AppError('CONFLICT', `"${stage.name}" still holds ${all} gig(s). Move them to another stage first.`);
  }
  const remaining = (statement(sqlite, 'SELECT count(*) AS n FROM stages').get() as { n: number }).n;
  if (remaining <= 1) throw new AppError('CONFLICT', 'The pipeline needs at least one stage.');
  statement(sqlite, 'DELETE FROM stages WHERE id = ?').run(id);
}
