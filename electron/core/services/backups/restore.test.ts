/**
 * backups.restore on a running core: the chosen file is judged before anything is touched (a damaged,
 * future, foreign or missing file is a typed error and the live database stays exactly as it was), the
 * current state is backed up first, the swap reopens through the normal path (an older schema is
 * migrated), the context is rebound in place and subscribers are told. If the restored file cannot be
 * opened, the previous database comes back.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allDataEntities, type AppEvent } from '../../../contract';
import { backupDirOf } from '../../app-core';
import { loadMigrations } from '../../db/migrations';
import { damage } from '../../testing/corrupt-file';
import { count, insertClients, sha256, userContent } from '../../testing/data-safety-fixtures';
import { migrationsFolderWith } from '../../testing/migrations-folder';
import { failure } from '../../testing/pipeline-fixtures';
import { MIGRATIONS_FOLDER, startTempCore, type TempCore } from '../../testing/temp-core';

const KNOWN = loadMigrations(MIGRATIONS_FOLDER).length;

let t: TempCore;
let events: AppEvent[];
beforeEach(async () => {
  t = await startTempCore({ recoveryMode: true });
  events = [];
  t.core.events.subscribe((event) => events.push(event));
});
afterEach(() => t.cleanup());

const backupFiles = () => fs.readdirSync(backupDirOf(t.dataDir)).filter((name) => name.endsWith('.sqlite'));

function contentOf(file: string) {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return userContent(sqlite);
  } finally {
    sqlite.close();
  }
}

describe('backups.restore', () => {
  it('backs up the current state, swaps the backup in, and reopens in place', async () => {
    insertClients(t.core.context.sqlite, 20, 'Kept');
    const saved = await t.call('backups.create', {});
    const savedContent = contentOf(saved.path);
    t.advance(60_000);
    insertClients(t.core.context.sqlite, 5, 'Later');
    t.core.context.sqlite.prepare("DELETE FROM clients WHERE name = 'Kept 3'").run();
    const current = userContent(t.core.context.sqlite);
    const context = t.core.context;
    const closed: string[] = [];
    t.core.onClosing(() => closed.push('closing'));
    t.core.onReopen(() => closed.push('reopened'));

    const result = await t.call('backups.restore', { file: saved.file });

    expect(result).toMatchObject({ restoredFrom: saved.file, schemaVersion: KNOWN, counts: { clients: 20, contacts: 20 } });
    expect(result.safetyBackup).toMatchObject({ reason: 'before-restore', counts: { clients: 24 } });
    expect(closed).toEqual(['closing', 'reopened']);
    expect(t.core.context).toBe(context);
    expect(userContent(t.core.context.sqlite)).toEqual(savedContent);
    expect(await t.call('clients.list', { limit: 1 })).toMatchObject({ total: 20 });
    expect(events).toContainEqual({ name: 'data.changed', payload: { entities: [...allDataEntities] } });
    expect(contentOf(result.safetyBackup?.path ?? '')).toEqual(current);
    expect(fs.existsSync(`${t.databasePath}.restoring`)).toBe(false);

    // The safety backup undoes the restore.
    await t.call('backups.restore', { file: result.safetyBackup?.file ?? '' });
    expect(userContent(t.core.context.sqlite)).toEqual(current);
  });

  it('migrates a database from an older Gigline (an absolute path the person picked)', async () => {
    const old = await startTempCore({ migrationsFolder: migrationsFolderWith(t.dir, [], { take: KNOWN - 1 }) });
    try {
      insertClients(old.core.context.sqlite, 3, 'Old');
      old.core.close();
      const result = await t.call('backups.restore', { file: old.databasePath });
      expect(result).toMatchObject({ restoredFrom: old.databasePath, schemaVersion: KNOWN - 1 });
      expect(await t.call('app.getInfo', {})).toMatchObject({ schemaVersion: KNOWN, mode: 'normal' });
      expect(Number(t.core.context.sqlite.pragma('user_version', { simple: true }))).toBe(KNOWN);
      expect(count(t.core.context.sqlite, 'clients')).toBe(3);
    } finally {
      old.cleanup();
    }
  });

  describe('refuses, leaving the live database untouched and no backup made', () => {
    let before: Record<string, string[]>;
    let candidate: string;
    beforeEach(async () => {
      insertClients(t.core.context.sqlite, 30, 'Live');
      const saved = await t.call('backups.create', {});
      candidate = path.join(t.dir, 'candidate.sqlite');
      fs.renameSync(saved.path, candidate);
      before = userContent(t.core.context.sqlite);
    });

    async function expectRefused(file: string, code: string) {
      const backupsBefore = backupFiles();
      expect(await failure(t, 'backups.restore', { file })).toMatchObject({ code });
      expect(userContent(t.core.context.sqlite)).toEqual(before);
      expect(backupFiles()).toEqual(backupsBefore);
      expect(fs.existsSync(`${t.databasePath}.restoring`)).toBe(false);
      expect(t.core.mode()).toBe('normal');
      expect(await t.call('clients.list', { limit: 1 })).toMatchObject({ total: 30 });
    }

    it.each(['truncated', 'flipped', 'bad-header'] as const)('a damaged file (%s): DB_CORRUPT', async (kind) => {
      damage(candidate, kind, 7);
      await expectRefused(candidate, 'DB_CORRUPT');
    });

    it('a file from a newer Gigline: DB_FROM_FUTURE, and the file is not modified', async () => {
      const future = new Database(candidate);
      future.pragma(`user_version = ${KNOWN + 1}`);
      future.close();
      const hash = sha256(candidate);
      await expectRefused(candidate, 'DB_FROM_FUTURE');
      expect(sha256(candidate)).toBe(hash);
    });

    it('a SQLite file that is not Gigline’s: VALIDATION', async () => {
      const foreign = path.join(t.dir, 'foreign.sqlite');
      const other = new Database(foreign);
      other.exec('CREATE TABLE notes (body text); INSERT INTO notes VALUES (1)');
      other.close();
      await expectRefused(foreign, 'VALIDATION');
    });

    it('nothing there, a relative path, an unknown backup name, the live database itself', async () => {
      await expectRefused(path.join(t.dir, 'nope.sqlite'), 'NOT_FOUND');
      await expectRefused('some/where.sqlite', 'VALIDATION');
      await expectRefused('gigline-manual-2026-01-01T00-00-00-000Z.sqlite', 'NOT_FOUND');
      await expectRefused(t.databasePath, 'VALIDATION');
      await expectRefused(t.dir, 'VALIDATION');
    });
  });

  it('puts the previous database back when the restored one cannot be opened (its migration fails)', async () => {
    // Live: the real migrations plus one adding a UNIQUE index. Candidate: one migration behind, with
    // duplicate emails, so that index cannot be built when it is reopened.
    const folder = migrationsFolderWith(t.dir, [
      { tag: '9000_unique_email', sql: 'CREATE UNIQUE INDEX `clients_email_unique` ON `clients` (`email`);' },
    ]);
    await t.reopen({ migrationsFolder: folder });
    insertClients(t.core.context.sqlite, 4, 'Live');
    const before = userContent(t.core.context.sqlite);
    const old = await startTempCore();
    const dup = "INSERT INTO clients (name, email, created_at, updated_at) VALUES ('Dup', 'same@example.com', 0, 0)";
    old.core.context.sqlite.exec(`${dup}; ${dup};`);
    old.core.close();
    try {
      const error = await failure(t, 'backups.restore', { file: old.databasePath });
      expect(error.code).toBe('MIGRATION_FAILED');
      expect(error.message).toMatch(/UNIQUE/);
      expect(t.core.mode()).toBe('normal');
      expect(userContent(t.core.context.sqlite)).toEqual(before);
      expect(await t.call('clients.list', { limit: 1 })).toMatchObject({ total: 4 });
      expect(backupFiles().filter((name) => name.includes('before-restore'))).toHaveLength(1);
    } finally {
      old.cleanup();
    }
  });

  it('says BUSY and keeps the original when another connection has the database open', async () => {
    insertClients(t.core.context.sqlite, 3);
    const saved = await t.call('backups.create', {});
    insertClients(t.core.context.sqlite, 2, 'Later');
    const other = new Database(t.databasePath);
    try {
      other.prepare('SELECT count(*) FROM clients').get();
      expect(await failure(t, 'backups.restore', { file: saved.file })).toMatchObject({ code: 'BUSY' });
      expect(t.core.mode()).toBe('normal');
      expect(count(t.core.context.sqlite, 'clients')).toBe(5);
    } finally {
      other.close();
    }
  });

  it('answers other calls UNAVAILABLE while the file is being swapped', async () => {
    insertClients(t.core.context.sqlite, 3);
    const saved = await t.call('backups.create', {});
    const during: Promise<unknown>[] = [];
    t.core.onClosing(() => {
      during.push(t.core.dispatch('clients.list', {}), t.core.dispatch('app.getInfo', {}));
    });
    await t.call('backups.restore', { file: saved.file });
    const [list, info] = await Promise.all(during);
    expect(list).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/replacing/) as unknown } });
    expect(info).toMatchObject({ ok: true });
  });

  it('is refused in recovery mode (recovery has its own actions)', async () => {
    t.core.close();
    fs.rmSync(t.databasePath);
    await t.reopen();
    expect(await failure(t, 'backups.restore', { file: 'x.sqlite' })).toMatchObject({ code: 'UNAVAILABLE' });
  });
});
