/**
 * Merging an export into a database that already has data. Every record gets a fresh id and every
 * reference is remapped through what its target became. A record matching one that existed before the
 * import (clients by email, then name; stages and tags by name; a contact, gig, interview … by its natural
 * key under an existing parent) is not duplicated: it maps to the existing one, whose blanks are filled
 * when `duplicates` is 'merge'. Children of new parents are new without lookups. Settings and checklist
 * templates stay as they are; reminders of existing items are not copied (those items have their own).
 * The same walk runs without writing for the preview (new rows get stand-in negative ids).
 */
import type Database from 'better-sqlite3';
import { PREVIEW_ROWS, type ImportCounts, type ImportRow } from '../../contract';
import { statement } from '../db/statements';
import type { JsonDocument, StoredRow } from './json-validate';
import { rowNumberOf } from './json-validate';
import type { Progress } from './progress';
import { REMINDER_SOURCE_TABLE, TABLE_SPECS, type TableName, type TableSpec } from './table-specs';

export interface MergeOptions {
  duplicates: 'skip' | 'merge';
  write: boolean;
  now: number;
  progress: Progress;
}

export interface MergeOutcome {
  counts: Map<TableName, ImportCounts>;
  rows: ImportRow[];
}

type Lookup = (row: StoredRow, existing: (table: TableName, id: unknown) => boolean) => number | null | 'skip';

const FILLABLE = new Set<TableName>(['clients', 'contacts', 'gigs']);
const NEVER_FILLED = new Set([
  'id',
  'created_at',
  'updated_at',
  'archived_at',
  'stage_entered_at',
  'position',
  'last_contact_at',
]);
const LISTED: Partial<Record<TableName, (row: StoredRow) => string>> = {
  clients: (row) => String(row.name),
  gigs: (row) => String(row.title),
  interviews: (row) => new Date(row.starts_at as number).toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  deadlines: (row) => String(row.title),
};

function lookups(sqlite: Database.Database, maxBefore: Map<TableName, number>): Partial<Record<TableName, Lookup>> {
  const first = (sql: string) => {
    const statement = sqlite.prepare(sql).pluck();
    return (...params: unknown[]) => (statement.get(...params) as number | undefined) ?? null;
  };
  const max = (table: TableName) => maxBefore.get(table) ?? 0;
  const clientByEmail = new Map<string, number>();
  const clientByName = new Map<string, number>();
  const clients = sqlite
    .prepare('SELECT id, lower(email) AS email, lower(name) AS name FROM clients ORDER BY id')
    .all() as {
    id: number;
    email: string | null;
    name: string;
  }[];
  for (const c of clients) {
    if (c.email && !clientByEmail.has(c.email)) clientByEmail.set(c.email, c.id);
    if (!clientByName.has(c.name)) clientByName.set(c.name, c.id);
  }
  const byName = (table: 'stages' | 'tags') =>
    first(`SELECT id FROM ${table} WHERE name = ? COLLATE NOCASE AND id <= ? ORDER BY id`);
  const stage = byName('stages');
  const tag = byName('tags');
  const contactByEmail = first(
    'SELECT id FROM contacts WHERE client_id = ? AND lower(email) = lower(?) AND id <= ? ORDER BY id',
  );
  const contactByName = first(
    'SELECT id FROM contacts WHERE client_id = ? AND name = ? COLLATE NOCASE AND id <= ? ORDER BY id',
  );
  const gig = first('SELECT id FROM gigs WHERE client_id = ? AND title = ? COLLATE NOCASE AND id <= ? ORDER BY id');
  const question = first('SELECT id FROM gig_questions WHERE gig_id = ? AND text = ? AND id <= ?');
  const rate = first(
    'SELECT id FROM rate_events WHERE gig_id = ? AND kind = ? AND amount_minor = ? AND currency = ? AND unit = ? AND occurred_at = ? AND id <= ?',
  );
  const interview = first('SELECT id FROM interviews WHERE gig_id = ? AND starts_at = ? AND id <= ? ORDER BY id');
  const prep = first('SELECT id FROM interview_prep_items WHERE interview_id = ? AND text = ? AND id <= ?');
  const deadline = first(
    'SELECT id FROM deadlines WHERE title = ? COLLATE NOCASE AND gig_id IS ? AND client_id IS ? AND due_at IS ? AND due_date IS ? AND id <= ?',
  );
  const note = first(
    'SELECT id FROM timeline_events WHERE kind = ? AND occurred_at = ? AND body = ? AND client_id IS ? AND gig_id IS ? AND id <= ?',
  );
  const link = (table: string, a: string, b: string) => first(`SELECT 1 FROM ${table} WHERE ${a} = ? AND ${b} = ?`);
  const clientTag = link('client_tags', 'client_id', 'tag_id');
  const gigTag = link('gig_tags', 'gig_id', 'tag_id');
  const interviewContact = link('interview_contacts', 'interview_id', 'contact_id');
  const linkLookup =
    (find: (...p: unknown[]) => number | null, a: string, aTable: TableName, b: string, bTable: TableName): Lookup =>
    (row, existing) =>
      existing(aTable, row[a]) && existing(bTable, row[b]) && find(row[a], row[b]) !== null ? 'skip' : null;
  return {
    settings: () => 'skip',
    prep_template_items: () => 'skip',
    stages: (row) => stage(row.name, max('stages')),
    tags: (row) => tag(row.name, max('tags')),
    clients: (row) =>
      (typeof row.email === 'string' ? clientByEmail.get(row.email.toLowerCase()) : undefined) ??
      clientByName.get(String(row.name).toLowerCase()) ??
      null,
    contacts: (row, existing) => {
      if (!existing('clients', row.client_id)) return null;
      const byEmail = typeof row.email === 'string' ? contactByEmail(row.client_id, row.email, max('contacts')) : null;
      return byEmail ?? contactByName(row.client_id, row.name, max('contacts'));
    },
    client_tags: linkLookup(clientTag, 'client_id', 'clients', 'tag_id', 'tags'),
    gigs: (row, existing) => (existing('clients', row.client_id) ? gig(row.client_id, row.title, max('gigs')) : null),
    gig_tags: linkLookup(gigTag, 'gig_id', 'gigs', 'tag_id', 'tags'),
    gig_questions: (row, existing) =>
      existing('gigs', row.gig_id) ? question(row.gig_id, row.text, max('gig_questions')) : null,
    rate_events: (row, existing) =>
      existing('gigs', row.gig_id)
        ? rate(row.gig_id, row.kind, row.amount_minor, row.currency, row.unit, row.occurred_at, max('rate_events'))
        : null,
    interviews: (row, existing) =>
      existing('gigs', row.gig_id) ? interview(row.gig_id, row.starts_at, max('interviews')) : null,
    interview_contacts: linkLookup(interviewContact, 'interview_id', 'interviews', 'contact_id', 'contacts'),
    interview_prep_items: (row, existing) =>
      existing('interviews', row.interview_id) ? prep(row.interview_id, row.text, max('interview_prep_items')) : null,
    deadlines: (row, existing) => {
      const parentsExist =
        (row.gig_id === null || existing('gigs', row.gig_id)) &&
        (row.client_id === null || existing('clients', row.client_id));
      if (!parentsExist) return null;
      return deadline(row.title, row.gig_id, row.client_id, row.due_at, row.due_date, max('deadlines'));
    },
    timeline_events: (row, existing) => {
      const parentsExist =
        (row.gig_id === null || existing('gigs', row.gig_id)) &&
        (row.client_id === null || existing('clients', row.client_id));
      if (!parentsExist) return null;
      return note(row.kind, row.occurred_at, row.body, row.client_id, row.gig_id, max('timeline_events'));
    },
  };
}

function fillPatch(spec: TableSpec, current: StoredRow, incoming: StoredRow): StoredRow {
  const patch: StoredRow = {};
  for (const column of spec.columns) {
    if (NEVER_FILLED.has(column.name) || column.ref !== null) continue;
    const have = current[column.name];
    const next = incoming[column.name];
    if ((have === null || have === '') && next !== null && next !== '') patch[column.name] = next;
  }
  return patch;
}

export function mergeDocument(sqlite: Database.Database, doc: JsonDocument, options: MergeOptions): MergeOutcome {
  const maxBefore = new Map<TableName, number>();
  for (const spec of TABLE_SPECS) {
    if (spec.key[0] === 'id')
      maxBefore.set(spec.name, Number(sqlite.prepare(`SELECT coalesce(max(id), 0) FROM ${spec.name}`).pluck().get()));
  }
  const existing = (table: TableName, id: unknown) =>
    typeof id === 'number' && id > 0 && id <= (maxBefore.get(table) ?? 0);
  const find = lookups(sqlite, maxBefore);
  const maps = new Map<TableName, Map<unknown, number>>();
  const counts = new Map<TableName, ImportCounts>();
  const rows: ImportRow[] = [];
  let standIn = 0;
  let stagePosition = Number(sqlite.prepare('SELECT coalesce(max(position), 0) FROM stages').pluck().get());
  options.progress.phase(options.write ? 'writing' : 'validating', doc.total);

  for (const spec of TABLE_SPECS) {
    const idMap = new Map<unknown, number>();
    maps.set(spec.name, idMap);
    const count: ImportCounts = { created: 0, updated: 0, skipped: 0 };
    counts.set(spec.name, count);
    const hasId = spec.key[0] === 'id';
    const insertColumns = spec.columns.filter((c) => !hasId || c.name !== 'id').map((c) => c.name);
    const insert = options.write
      ? sqlite.prepare(
          `INSERT INTO ${spec.name} (${insertColumns.join(', ')}) VALUES (${insertColumns.map(() => '?').join(', ')})`,
        )
      : null;
    const refs = spec.columns.filter((c) => c.ref !== null);
    const list = LISTED[spec.name];
    for (const fileRow of doc.tables.get(spec.name) ?? []) {
      options.progress.step();
      const row: StoredRow = { ...fileRow };
      let unresolved = refs.some((column) => {
        const value = row[column.name];
        if (value === null) return false;
        const target = maps.get(column.ref as TableName)?.get(value);
        row[column.name] = target;
        return target === undefined;
      });
      if (spec.name === 'reminders') {
        const table = REMINDER_SOURCE_TABLE[String(row.source_kind)] ?? null;
        const target = table ? maps.get(table)?.get(row.source_id) : undefined;
        unresolved = target === undefined || existing(table as TableName, target);
        row.source_id = target;
      }
      const match = unresolved ? 'skip' : (find[spec.name]?.(row, existing) ?? null);
      let status: ImportRow['status'] = 'new';
      let matchId: number | null = null;
      if (match === 'skip') {
        count.skipped++;
        continue;
      }
      if (match !== null) {
        idMap.set(fileRow.id, match);
        matchId = match;
        status = 'duplicate';
        const current =
          FILLABLE.has(spec.name) && options.duplicates === 'merge'
            ? (statement(sqlite, `SELECT * FROM ${spec.name} WHERE id = ?`).get(match) as StoredRow)
            : null;
        const patch = current ? fillPatch(spec, current, row) : {};
        const keys = Object.keys(patch);
        if (keys.length) {
          status = 'update';
          count.updated++;
          if (options.write) {
            sqlite
              .prepare(`UPDATE ${spec.name} SET ${keys.map((k) => `${k} = ?`).join(', ')}, updated_at = ? WHERE id = ?`)
              .run(...keys.map((k) => patch[k]), options.now, match);
          }
        } else count.skipped++;
      } else {
        if (spec.name === 'stages') row.position = ++stagePosition;
        const newId = insert ? Number(insert.run(...insertColumns.map((c) => row[c])).lastInsertRowid) : --standIn;
        if (hasId) idMap.set(fileRow.id, newId);
        count.created++;
      }
      if (list && rows.length < PREVIEW_ROWS)
        rows.push({
          row: rowNumberOf(fileRow),
          entity: spec.name,
          label: list(fileRow),
          status,
          matchId,
          messages: [],
        });
    }
  }
  options.progress.finish();
  return { counts, rows };
}
