/**
 * Migration safety (reliability.md R3, R5, R6): a failing migration leaves the database exactly as it
 * was, a table rebuild keeps the rows of FK CASCADE children, and a database from a newer Gigline is
 * refused without a byte written. Every case runs the real migrations on a real file.
 */
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backupDirOf } from '../app-core';
import { AppError } from '../errors';
import { contentDump, integrityCheck, migrationRows, rowCounts, schemaDump } from '../testing/db-inspect';
import { BREAKPOINT, migrationsFolderWith } from '../testing/migrations-folder';
import { makeTempDir, MIGRATIONS_FOLDER, startTempCore, type TempCore } from '../testing/temp-core';
import { loadMigrations } from './migrations';
import { syncSearchIndex } from '../repositories/search-index';

const KNOWN = loadMigrations(MIGRATIONS_FOLDER).length;
const REBUILD_FIXTURE = fs.readFileSync(
  path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', 'rebuild-clients.drizzle-kit.sql'),
  'utf8',
);
/**
 * drizzle-kit 0.31.11 quotes expression indexes in a rebuild as one identifier (`"name" COLLATE NOCASE`),
 * which SQLite rejects. The corrected statement is what drizzle-kit emits for the same index in 0000.
 */
const REBUILD_CORRECTED = REBUILD_FIXTURE.replace('(`"name" COLLATE NOCASE`)', '("name" COLLATE NOCASE)');

let t: TempCore;
beforeEach(async () => {
  t = await startTempCore();
});
afterEach(() => t.cleanup());

interface Snapshot {
  schema: string;
  counts: Record<string, number>;
  content: Record<string, string[]>;
  migrations: unknown[];
  userVersion: number;
}

function snapshot(file: string): Snapshot {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return {
      schema: schemaDump(sqlite),
      counts: rowCounts(sqlite),
      content: contentDump(sqlite),
      migrations: migrationRows(sqlite),
      userVersion: Number(sqlite.pragma('user_version', { simple: true })),
    };
  } finally {
    sqlite.close();
  }
}

/** Clients with rows in every table that references clients with ON DELETE CASCADE. */
async function seedClientGraph(): Promise<void> {
  const acme = await t.call('clients.create', {
    name: 'Acme',
    tags: ['Fintech', 'Web'],
    contacts: [{ name: 'Ann' }, { name: 'Bob' }],
  });
  await t.call('clients.create', { name: 'Globex', tags: ['Web'], contacts: [{ name: 'Cy' }] });
  const sqlite = t.core.context.sqlite;
  const gig = sqlite
    .prepare(
      `INSERT INTO gigs (client_id, title, stage_id, stage_entered_at, created_at, updated_at)
       VALUES (?, 'Site', (SELECT min(id) FROM stages), 0, 0, 0)`,
    )
    .run(acme.id);
  sqlite
    .prepare(`INSERT INTO interviews (gig_id, starts_at, time_zone, created_at, updated_at) VALUES (?, 0, 'UTC', 0, 0)`)
    .run(gig.lastInsertRowid);
  sqlite
    .prepare(
      `INSERT INTO deadlines (title, client_id, due_date, created_at, updated_at) VALUES ('Invoice', ?, '2026-02-01', 0, 0)`,
    )
    .run(acme.id);
  sqlite
    .prepare(
      `INSERT INTO timeline_events (client_id, kind, body, occurred_at, created_at) VALUES (?, 'note', 'hi', 0, 0)`,
    )
    .run(acme.id);
}

/** Backup files (not their .json sidecars). */
function backups(): string[] {
  const dir = backupDirOf(t.dataDir);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.sqlite')).sort() : [];
}

function sidecarOf(backupFile: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(backupFile.replace(/\.sqlite$/, '.json'), 'utf8')) as Record<string, unknown>;
}

async function startExpectingError(migrationsFolder: string): Promise<AppError> {
  try {
    await t.reopen({ migrationsFolder });
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('startCore succeeded but was expected to fail');
}

describe('applying migrations', () => {
  it('gives a fresh database every migration, user_version = their number, and no backup', () => {
    const state = snapshot(t.databasePath);
    expect(state.userVersion).toBe(KNOWN);
    expect(state.migrations).toHaveLength(KNOWN);
    expect(t.log.entries).toContainEqual(
      expect.objectContaining({ message: 'applied migrations', detail: { applied: KNOWN } }),
    );
    expect(backups()).toEqual([]);
    expect(t.core.context.info.schemaVersion).toBe(KNOWN);
  });

  it('applies nothing and backs up nothing when opened again', async () => {
    await seedClientGraph();
    // Opening indexes queued search documents; drain the queue first so only migration effects would show.
    syncSearchIndex(t.core.context.sqlite);
    t.core.close();
    const before = snapshot(t.databasePath);
    t.log.entries.length = 0;
    await t.reopen();
    t.core.close();
    expect(snapshot(t.databasePath)).toEqual(before);
    expect(t.log.entries.map((entry) => entry.message)).not.toContain('applied migrations');
    expect(backups()).toEqual([]);
  });

  it('backs up an existing database before applying a pending migration', async () => {
    await seedClientGraph();
    t.core.close();
    const before = snapshot(t.databasePath);
    const folder = migrationsFolderWith(t.dir, [
      { tag: '9000_add_table', sql: 'CREATE TABLE `extra` (`id` integer PRIMARY KEY NOT NULL);' },
    ]);
    await t.reopen({ migrationsFolder: folder });
    expect(snapshot(t.databasePath).userVersion).toBe(KNOWN + 1);
    const files = backups();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^gigline-before-migration-.*\.sqlite$/);
    const backup = path.join(backupDirOf(t.dataDir), files[0] ?? '');
    const saved = snapshot(backup);
    expect(saved.content).toEqual(before.content);
    expect(saved.schema).toEqual(before.schema);
  });
});

describe('R3: a migration that fails midway', () => {
  it('rolls everything back and reports the original SQLite message', async () => {
    await seedClientGraph();
    t.core.close();
    const before = snapshot(t.databasePath);
    const folder = migrationsFolderWith(t.dir, [
      {
        tag: '9000_breaks_on_third_statement',
        sql: [
          'CREATE TABLE `half_done` (`id` integer PRIMARY KEY NOT NULL);',
          "UPDATE `clients` SET `name` = 'overwritten';",
          'INSERT INTO `no_such_table` (`id`) VALUES (1);',
          'CREATE INDEX `never_created` ON `clients` (`email`);',
        ].join(BREAKPOINT),
      },
    ]);

    const error = await startExpectingError(folder);

    expect(error.code).toBe('MIGRATION_FAILED');
    expect(error.message).toContain('no such table: no_such_table');
    expect(error.message).not.toMatch(/rollback|no transaction/i);
    expect(snapshot(t.databasePath)).toEqual(before);
    const files = backups();
    expect(files).toHaveLength(1);
    const backupFile = path.join(backupDirOf(t.dataDir), files[0] ?? '');
    const backup = new Database(backupFile, { readonly: true });
    try {
      expect(integrityCheck(backup)).toBe('ok');
      expect(rowCounts(backup)).toEqual(before.counts);
      // Self-contained: a rollback-journal file, readable without any -wal beside it.
      expect(backup.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      backup.close();
    }
    expect(sidecarOf(backupFile)).toMatchObject({
      reason: 'before-migration',
      createdAt: t.clock.now(),
      schemaVersion: KNOWN,
      appVersion: '0.0.0-test',
      counts: { clients: 2, contacts: 3, gigs: 1, interviews: 1, deadlines: 1, timelineEvents: 1 },
      totalRows: 9,
    });
    expect(fs.readdirSync(backupDirOf(t.dataDir)).filter((name) => name.includes('.partial'))).toEqual([]);
    await t.reopen({ migrationsFolder: MIGRATIONS_FOLDER });
    expect(await t.call('clients.list', {})).toMatchObject({ total: 2 });
  });
});

/**
 * The rebuild fixture was generated by drizzle-kit against the initial schema (migrations 0000–0001), so
 * these tests start from that schema: later migrations add search views and triggers over `clients`,
 * which a real rebuild of clients has to drop and re-create (see 0002_search_index.sql).
 */
describe('R5: a table-rebuild migration with FK CASCADE children', () => {
  const INITIAL = 2;
  let scratch: string;
  beforeAll(() => {
    scratch = makeTempDir('gigline-migrations-');
  });
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  async function startOnInitialSchema(): Promise<void> {
    t.cleanup();
    t = await startTempCore({ migrationsFolder: migrationsFolderWith(scratch, [], { take: INITIAL }) });
    const sqlite = t.core.context.sqlite;
    sqlite.exec(`
      INSERT INTO clients (id, name, created_at, updated_at) VALUES (1, 'Acme', 0, 0), (2, 'Globex', 0, 0);
      INSERT INTO contacts (client_id, name, created_at, updated_at) VALUES (1, 'Ann', 0, 0), (1, 'Bob', 0, 0), (2, 'Cy', 0, 0);
      INSERT INTO tags (id, name, created_at) VALUES (1, 'Fintech', 0), (2, 'Web', 0);
      INSERT INTO client_tags (client_id, tag_id) VALUES (1, 1), (1, 2), (2, 2);
      INSERT INTO gigs (id, client_id, title, stage_id, stage_entered_at, created_at, updated_at)
        VALUES (1, 1, 'Site', (SELECT min(id) FROM stages), 0, 0, 0);
      INSERT INTO interviews (gig_id, starts_at, time_zone, created_at, updated_at) VALUES (1, 0, 'UTC', 0, 0);
      INSERT INTO deadlines (title, client_id, due_date, created_at, updated_at) VALUES ('Invoice', 1, '2026-02-01', 0, 0);
      INSERT INTO timeline_events (client_id, kind, occurred_at, created_at) VALUES (2, 'note', 0, 0);
    `);
    t.core.close();
  }

  it('keeps every child row, passes foreign_key_check and leaves foreign keys ON', async () => {
    await startOnInitialSchema();
    const before = snapshot(t.databasePath);
    expect(before.counts).toMatchObject({ contacts: 3, client_tags: 3, gigs: 1, interviews: 1, deadlines: 1 });
    const folder = migrationsFolderWith(scratch, [{ tag: '9000_rebuild_clients', sql: REBUILD_CORRECTED }], {
      take: INITIAL,
    });

    await t.reopen({ migrationsFolder: folder });

    const sqlite = t.core.context.sqlite;
    expect(rowCounts(sqlite)).toEqual({ ...before.counts, __drizzle_migrations: INITIAL + 1 });
    const after = contentDump(sqlite);
    for (const table of ['clients', 'contacts', 'client_tags', 'gigs', 'interviews', 'deadlines', 'timeline_events'])
      expect(after[table], table).toEqual(before.content[table]);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const location = sqlite
      .prepare("SELECT dflt_value FROM pragma_table_info('clients') WHERE name = 'location'")
      .get();
    expect(location).toEqual({ dflt_value: "''" });
    expect(() => sqlite.prepare('DELETE FROM clients WHERE id = 2').run()).not.toThrow();
    expect(rowCounts(sqlite)).toMatchObject({ contacts: 2, client_tags: 2, timeline_events: 0 });
  });

  it('would cascade-delete the children if foreign keys were ON during the rebuild (the trap it guards)', async () => {
    await startOnInitialSchema();
    const sqlite = new Database(t.databasePath);
    try {
      sqlite.pragma('foreign_keys = ON');
      sqlite.transaction(() => {
        for (const statement of REBUILD_CORRECTED.split('--> statement-breakpoint')) sqlite.exec(statement);
      })();
      expect(rowCounts(sqlite)).toMatchObject({ contacts: 0, client_tags: 0, gigs: 0, interviews: 0, deadlines: 0 });
    } finally {
      sqlite.close();
    }
  });

  it('fails cleanly on the rebuild exactly as drizzle-kit 0.31.11 emits it (broken expression index)', async () => {
    await startOnInitialSchema();
    const before = snapshot(t.databasePath);
    const folder = migrationsFolderWith(scratch, [{ tag: '9000_rebuild_clients', sql: REBUILD_FIXTURE }], {
      take: INITIAL,
    });
    const error = await startExpectingError(folder);
    expect(error.code).toBe('MIGRATION_FAILED');
    expect(error.message).toContain('no such column: "name" COLLATE NOCASE');
    expect(snapshot(t.databasePath)).toEqual(before);
  });
});

describe('R6: a database written by a newer Gigline', () => {
  const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

  it('is refused by user_version without a byte written or a -wal/-shm file created', async () => {
    await seedClientGraph();
    t.core.close();
    const future = new Database(t.databasePath);
    future.pragma(`user_version = ${KNOWN + 3}`);
    future.close();
    const hash = sha256(t.databasePath);
    const filesBefore = fs.readdirSync(t.dataDir).sort();
    expect(filesBefore).not.toContain('gigline.sqlite-wal');

    const error = await startExpectingError(MIGRATIONS_FOLDER);

    expect(error.code).toBe('DB_FROM_FUTURE');
    expect(error.message).toMatch(/newer version/);
    expect(sha256(t.databasePath)).toBe(hash);
    expect(fs.readdirSync(t.dataDir).sort()).toEqual(filesBefore);
  });

  it('is refused by a migration record newer than any this build knows, leaving the file bytes unchanged', async () => {
    t.core.close();
    const future = new Database(t.databasePath);
    future
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('f'.repeat(64), 4_102_444_800_000);
    future.close();
    const hash = sha256(t.databasePath);

    const error = await startExpectingError(MIGRATIONS_FOLDER);

    expect(error.code).toBe('DB_FROM_FUTURE');
    expect(sha256(t.databasePath)).toBe(hash);
    expect(backups()).toEqual([]);
  });
});
