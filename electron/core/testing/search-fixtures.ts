/**
 * Test helper for search: a real database (temp file, real migrations) and one-line inserts of each kind
 * of searchable row in plain SQL, so search tests do not depend on the repositories they are not testing.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/open-database';
import { silentLogger } from '../log';
import { searchAll } from '../repositories/search-repository';
import { MIGRATIONS_FOLDER } from './temp-core';

export const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

type Values = Record<string, unknown>;

export class SearchFixture {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gigline-search-'));
  sqlite!: Database.Database;

  /** Opens (creating and migrating) `file` in the temp directory, closing the database open before. */
  async open(file = 'gigline.sqlite', migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
    if (this.sqlite?.open) this.sqlite.close();
    const opened = await openDatabase({
      file: path.join(this.dir, file),
      migrationsFolder,
      backupDir: path.join(this.dir, 'backups'),
      log: silentLogger,
      now: () => T0,
    });
    this.sqlite = opened.sqlite;
  }

  close(): void {
    if (this.sqlite?.open) this.sqlite.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  insert(table: string, values: Values): number {
    const columns = Object.keys(values);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
    return Number(this.sqlite.prepare(sql).run(values).lastInsertRowid);
  }

  run(sql: string, ...params: unknown[]): void {
    this.sqlite.prepare(sql).run(...params);
  }

  client(name: string, extra: Values = {}): number {
    return this.insert('clients', { name, created_at: T0, updated_at: T0, ...extra });
  }

  contact(clientId: number, name: string, extra: Values = {}): number {
    return this.insert('contacts', { client_id: clientId, name, created_at: T0, updated_at: T0, ...extra });
  }

  gig(clientId: number, title: string, extra: Values = {}): number {
    const row = { client_id: clientId, title, stage_id: 1, stage_entered_at: T0, created_at: T0, updated_at: T0 };
    return this.insert('gigs', { ...row, ...extra });
  }

  interview(gigId: number, extra: Values = {}): number {
    const row = {
      gig_id: gigId,
      starts_at: T0 + 86_400_000,
      time_zone: 'Europe/Berlin',
      created_at: T0,
      updated_at: T0,
    };
    return this.insert('interviews', { ...row, ...extra });
  }

  deadline(title: string, extra: Values = {}): number {
    return this.insert('deadlines', { title, due_date: '2026-02-01', created_at: T0, updated_at: T0, ...extra });
  }

  note(body: string, extra: Values = {}): number {
    return this.insert('timeline_events', { kind: 'note', body, occurred_at: T0, created_at: T0, ...extra });
  }

  /** Tags a client or gig, creating the tag when needed; returns the tag id. */
  tag(owner: 'client' | 'gig', ownerId: number, name: string): number {
    this.run('INSERT OR IGNORE INTO tags (name, created_at) VALUES (?, ?)', name, T0);
    const tagId = Number(this.sqlite.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(name));
    this.run(`INSERT INTO ${owner}_tags (${owner}_id, tag_id) VALUES (?, ?)`, ownerId, tagId);
    return tagId;
  }

  /** Results as 'type:id', best first. */
  found(q: string, limit = 50): string[] {
    return searchAll(this.sqlite, q, limit).map((r) => `${r.type}:${r.id}`);
  }
}

export async function openSearchFixture(): Promise<SearchFixture> {
  const fixture = new SearchFixture();
  await fixture.open();
  return fixture;
}
