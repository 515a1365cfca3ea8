/** Clients: the list (search, sort, archive filter, tag filter), the detail, and writes. */
import { and, asc, desc, eq, isNotNull, isNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { clients, clientTags, contacts, gigs, tags } from '../../../drizzle/schema';
import type { ClientSummary, ParsedInput } from '../../contract';
import type { AppDatabase } from '../db/open-database';
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

// Correlated subqueries are written with explicit table names: drizzle renders columns inside a select
// list unqualified, which would bind "id" to the subquery's own table.
const tagsJson = sql<string>`(SELECT json_group_array(name) FROM (
  SELECT t.name AS name FROM client_tags ct JOIN tags t ON t.id = ct.tag_id
  WHERE ct.client_id = "clients"."id" ORDER BY t.name COLLATE NOCASE))`;

const contactCount = sql<number>`(SELECT count(*) FROM contacts c WHERE c.client_id = "clients"."id")`;

/** Case-insensitive substring match without LIKE, so %, _ and quotes in a search are plain text. */
function contains(column: SQL | AnyColumn, needle: string): SQL {
  return sql`instr(lower(${column}), ${needle}) > 0`;
}

function listFilter(query: ClientListQuery): SQL | undefined {
  const archived = query.archived ?? 'active';
  const parts: (SQL | undefined)[] = [
    archived === 'active'
      ? isNull(clients.archivedAt)
      : archived === 'archived'
        ? isNotNull(clients.archivedAt)
        : undefined,
  ];
  const needle = query.search?.trim().toLowerCase();
  if (needle) {
    parts.push(
      sql`(${contains(clients.name, needle)}
        OR ${contains(sql`coalesce(${clients.email}, '')`, needle)}
        OR ${contains(sql`coalesce(${clients.location}, '')`, needle)}
        OR EXISTS (SELECT 1 FROM ${contacts} WHERE ${contacts.clientId} = ${clients.id}
          AND (${contains(contacts.name, needle)}
            OR ${contains(sql`coalesce(${contacts.email}, '')`, needle)}))
        OR EXISTS (SELECT 1 FROM ${clientTags} JOIN ${tags} ON ${tags.id} = ${clientTags.tagId}
          WHERE ${clientTags.clientId} = ${clients.id} AND ${contains(tags.name, needle)}))`,
    );
  }
  if (query.tag) {
    parts.push(
      sql`EXISTS (SELECT 1 FROM ${clientTags} JOIN ${tags} ON ${tags.id} = ${clientTags.tagId}
        WHERE ${clientTags.clientId} = ${clients.id} AND ${tags.name} = ${query.tag} COLLATE NOCASE)`,
    );
  }
  return and(...parts);
}

function listOrder(query: ClientListQuery): SQL[] {
  const dir = query.direction ?? (query.sort === 'name' || !query.sort ? 'asc' : 'desc');
  const by = dir === 'asc' ? asc : desc;
  switch (query.sort ?? 'name') {
    case 'updated':
      return [by(clients.updatedAt), asc(clients.id)];
    case 'created':
      return [by(clients.createdAt), asc(clients.id)];
    default:
      return [
        // Ties by id in the same direction, so either order is clients_archived_name_idx read one way.
        dir === 'asc' ? sql`${clients.name} COLLATE NOCASE ASC` : sql`${clients.name} COLLATE NOCASE DESC`,
        by(clients.id),
      ];
  }
}

export function listClients(db: AppDatabase, query: ClientListQuery): { items: ClientSummary[]; total: number } {
  const where = listFilter(query);
  const rows = db
    .select({
      id: clients.id,
      name: clients.name,
      kind: clients.kind,
      email: clients.email,
      phone: clients.phone,
      website: clients.website,
      linkedin: clients.linkedin,
      location: clients.location,
      timeZone: clients.timeZone,
      archivedAt: clients.archivedAt,
      createdAt: clients.createdAt,
      updatedAt: clients.updatedAt,
      tagsJson,
      contactCount,
    })
    .from(clients)
    .where(where)
    .orderBy(...listOrder(query))
    .limit(query.limit ?? 100)
    .offset(query.offset ?? 0)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(clients)
      .where(where)
      .get()?.n ?? 0;
  const items = rows.map(({ tagsJson: json, ...row }) => ({ ...row, tags: JSON.parse(json) as string[] }));
  return { items, total };
}

export function getClientRecord(db: AppDatabase, id: number) {
  const row = db.select().from(clients).where(eq(clients.id, id)).get();
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
