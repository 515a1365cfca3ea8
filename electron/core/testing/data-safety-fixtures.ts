/**
 * Shared pieces of the backup, restore and recovery tests: bulk rows written straight through SQL (fast,
 * one transaction), a content dump of the user's data (the search index is derived and rebuilt on open,
 * so it is left out), and file fingerprints.
 */
import type Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { contentDump } from './db-inspect';

/** Inserts `count` clients, each with one contact; names start with `prefix`. */
export function insertClients(sqlite: Database.Database, count: number, prefix = 'Client', notesLength = 400): void {
  const client = sqlite.prepare(
    'INSERT INTO clients (name, notes, created_at, updated_at) VALUES (?, ?, 0, 0) RETURNING id',
  );
  const contact = sqlite.prepare(
    'INSERT INTO contacts (client_id, name, created_at, updated_at) VALUES (?, ?, 0, 0)',
  );
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const { id } = client.get(`${prefix} ${i}`, 'n'.repeat(notesLength)) as { id: number };
      contact.run(id, `Contact of ${prefix} ${i}`);
    }
  })();
}

/** Every row of every table except the derived search index and its queue. */
export function userContent(sqlite: Database.Database): Record<string, string[]> {
  const dump = contentDump(sqlite);
  for (const table of Object.keys(dump)) if (table.startsWith('search')) delete dump[table];
  return dump;
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export function count(sqlite: Database.Database, table: string): number {
  return Number(sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get());
}
