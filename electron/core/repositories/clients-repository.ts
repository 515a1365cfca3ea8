/** Clients: the list (search, sort, archive filter, tag filter), the detail, and writes. */
import type Database from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { clients, gigs } from '../../../drizzle/schema';
import type { ClientSummary, ParsedInput } from '../../contract';
import type { AppDatabase } from '../db/open-database';
import { parseJson, preparedOnce, statement } from '../db/statements';
import { AppError, notFound } from '../errors';
import { listContactsOfClient } from './contacts-repository';
import { tagNamesOfClient } from './tags-repository';

export type ClientListQuery = ParsedInput<'clients.list'>;

export interface ClientValues {
  name: string;
  kind?: 'company' | 'individual' | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  website?: string | null | undefined;
  linkedin?: string | null | undefined;
  location?: string | null | undefined;
  timeZone?: string | null | undefined;
  notes?: string | undefined;
}

/**
 * The clients list in plain SQL with cached statements, like the gigs list: built with drizzle's query
 * builder, assembling the query and mapping its rows cost as much as running it (10k clients). The SQL text
 * varies only with which filters are on and the sort.
 */
const LIST_COLUMNS = `SELECT cl.id, cl.name, cl.kind, cl.email, cl.phone, cl.website, cl.linkedin, cl.location,
  cl.time_zone AS timeZone, cl.archived_at AS archivedAt, cl.created_at AS createdAt, cl.updated_at AS updatedAt,
  (SELECT json_group_array(name) FROM (SELECT t.name AS name FROM client_tags ct JOIN tags t ON t.id = ct.tag_id
     WHERE ct.client_id = cl.id ORDER BY t.name COLLATE NOCASE)) AS tagsJson,
  (SELECT count(*) FROM contacts ct WHERE ct.client_id = cl.id) AS contactCount
FROM clients cl`;

type ListRow = Omit<ClientSummary, 'tags'> & { tagsJson: string };

/** Case-insensitive substring match without LIKE, so %, _ and quotes in a search are plain text. */
const contains = (expression: string) => `instr(lower(${expression}), @needle) > 0`;

function listWhere(query: ClientListQuery, params: Record<string, unknown>): string {
  const where: string[] = [];
  const archived = query.archived ?? 'active';
  if (archived === 'active') where.push('cl.archived_at IS NULL');
  if (archived === 'archived') where.push('cl.archived_at IS NOT NULL');
  const needle = query.search?.trim().toLowerCase();
  if (needle) {
    params.needle = needle;
    where.push(`(${contains('cl.name')} OR ${contains("coalesce(cl.email, '')")} OR ${contains("coalesce(cl.location, '')")}
      OR EXISTS (SELECT 1 FROM contacts ct WHERE ct.client_id = cl.id
        AND (${contains('ct.name')} OR ${contains("coalesce(ct.email, '')")}))
      OR EXISTS (SELECT 1 FROM client_tags ctg JOIN tags t ON t.id = ctg.tag_id
        WHERE ctg.client_id = cl.id AND ${contains('t.name')}))`);
  }
  if (query.tag) {
    params.tag = query.tag;
    where.push(`EXISTS (SELECT 1 FROM client_tags ctg JOIN tags t ON t.id = ctg.tag_id
      WHERE ctg.client_id = cl.id AND t.name = @tag COLLATE NOCASE)`);
  }
  return where.length ? ` WHERE ${where.join(' AND ')}` : '';
}

function listOrder(query: ClientListQuery): string {
  const sort = query.sort ?? 'name';
  const dir = (query.direction ?? (sort === 'name' ? 'asc' : 'desc')).toUpperCase();
  if (sort === 'updated') return `cl.updated_at ${dir}, cl.id ASC`;
  if (sort === 'created') return `cl.created_at ${dir}, cl.id ASC`;
  // Ties by id in the same direction, so either order is clients_archived_name_idx read one way.
  return `cl.name COLLATE NOCASE ${dir}, cl.id ${dir}`;
}

export function listClients(
  sqlite: Database.Database,
  query: ClientListQuery,
): { items: ClientSummary[]; total: number } {
  const params: Record<string, unknown> = {};
  const whereSql = listWhere(query, params);
  const rows = statement(
    sqlite,
    `${LIST_COLUMNS}${whereSql} ORDER BY ${listOrder(query)} LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: query.limit ?? 100, offset: query.offset ?? 0 }) as ListRow[];
  const total = (statement(sqlite, `SELECT count(*) AS n FROM clients cl${whereSql}`).get(params) as { n: number }).n;
  const items = rows.map((row): ClientSummary => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    email: row.email,
    phone: row.phone,
    website: row.website,
    linkedin: row.linkedin,
    location: row.location,
    timeZone: row.timeZone,
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    tags: parseJson<string[]>(row.tagsJson),
    contactCount: row.contactCount,
  }));
  return { items, total };
}

export function getClientRecord(db: AppDatabase, id: number) {
  const row = preparedOnce(db, 'clientById', () =>
    db
      .select()
      .from(clients)
      .where(eq(clients.id, sql.placeholder('id')))
      .prepare(),
  ).get({ id });
  if (!row) throw notFound('Client', id);
  return { ...row, tags: tagNamesOfClient(db, id), contacts: listContactsOfClient(db, id) };
}

export function assertClientExists(db: AppDatabase, id: number): void {
  if (!db.select({ id: clients.id }).from(clients).where(eq(clients.id, id)).get()) throw notFound('Client', id);
}

export function insertClient(db: AppDatabase, values: ClientValues, now: number): number {
  return db
    .insert(clients)
    .values({
      name: values.name,
      kind: values.kind ?? 'company',
      email: values.email ?? null,
      phone: values.phone ?? null,
      website: values.website ?? null,
      linkedin: values.linkedin ?? null,
      location: values.location ?? null,
      timeZone: values.timeZone ?? null,
      notes: values.notes ?? '',
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: clients.id })
    .get().id;
}

export function updateClientRow(
  db: AppDatabase,
  id: number,
  patch: Partial<ClientValues> & { archivedAt?: number | null },
  now: number,
): void {
  const result = db
    .update(clients)
    .set({ ...patch, updatedAt: now })
    .where(eq(clients.id, id))
    .run();
  if (result.changes === 0) throw notFound('Client', id);
}

export function countGigsOfClient(db: AppDatabase, id: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(gigs)
      .where(eq(gigs.clientId, id))
      .get()?.n ?? 0
  );
}

/** Deletes a client; one with gigs only when `deleteGigs` says so (FK cascades remove the rest). */
export function deleteClientRow(db: AppDatabase, id: number, deleteGigs = false): void {
  const gigCount = countGigsOfClient(db, id);
  if (gigCount > 0 && !deleteGigs) {
    throw new AppError(
      'CONFLICT',
      `This client has ${gigCount} gig(s). Archive the client instead, or delete it together with its gigs.`,
    );
  }
  const result = db.delete(clients).where(eq(clients.id, id)).run();
  if (result.changes === 0) throw notFound('Client', id);
}
