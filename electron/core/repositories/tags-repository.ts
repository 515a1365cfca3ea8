/** Tags shared by clients and gigs: case-insensitive names, created on first use. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { clientTags, gigTags, tags } from '../../../drizzle/schema';
import type { Tag } from '../../contract';
import type { AppDatabase } from '../db/open-database';
import { preparedOnce } from '../db/statements';

/** Returns tag ids for the names, creating missing tags. Call inside the caller's transaction. */
export function ensureTagIds(db: AppDatabase, names: string[], now: number): number[] {
  return names.map((name) => {
    db.insert(tags).values({ name, createdAt: now }).onConflictDoNothing().run();
    const row = db
      .select({ id: tags.id })
      .from(tags)
      .where(sql`${tags.name} = ${name} COLLATE NOCASE`)
      .get();
    if (!row) throw new Error(`tag "${name}" vanished while being created`);
    return row.id;
  });
}

export function replaceClientTags(db: AppDatabase, clientId: number, names: string[], now: number): void {
  db.delete(clientTags).where(eq(clientTags.clientId, clientId)).run();
  const ids = ensureTagIds(db, names, now);
  if (ids.length)
    db.insert(clientTags)
      .values(ids.map((tagId) => ({ clientId, tagId })))
      .run();
}

export function tagNamesOfClient(db: AppDatabase, clientId: number): string[] {
  return preparedOnce(db, 'tagNamesOfClient', () =>
    db
      .select({ name: tags.name })
      .from(clientTags)
      .innerJoin(tags, eq(tags.id, clientTags.tagId))
      .where(eq(clientTags.clientId, sql.placeholder('clientId')))
      .orderBy(sql`${tags.name} COLLATE NOCASE`)
      .prepare(),
  )
    .all({ clientId })
    .map((row) => row.name);
}

export function listTags(db: AppDatabase): Tag[] {
  const usage = sql<number>`(SELECT count(*) FROM ${clientTags} WHERE ${clientTags.tagId} = ${tags.id})
    + (SELECT count(*) FROM ${gigTags} WHERE ${gigTags.tagId} = ${tags.id})`;
  return db
    .select({ id: tags.id, name: tags.name, color: tags.color, usage })
    .from(tags)
    .orderBy(sql`${tags.name} COLLATE NOCASE`)
    .all();
}

/** Removes tags nobody uses any more, so the tag list does not fill with leftovers. */
export function pruneUnusedTags(db: AppDatabase, candidateIds?: number[]): void {
  const unused = and(
    sql`NOT EXISTS (SELECT 1 FROM ${clientTags} WHERE ${clientTags.tagId} = ${tags.id})`,
    sql`NOT EXISTS (SELECT 1 FROM ${gigTags} WHERE ${gigTags.tagId} = ${tags.id})`,
    candidateIds ? inArray(tags.id, candidateIds) : undefined,
  );
  db.delete(tags).where(unused).run();
}

export function replaceGigTags(db: AppDatabase, gigId: number, names: string[], now: number): void {
  db.delete(gigTags).where(eq(gigTags.gigId, gigId)).run();
  const ids = ensureTagIds(db, names, now);
  if (ids.length)
    db.insert(gigTags)
      .values(ids.map((tagId) => ({ gigId, tagId })))
      .run();
}
