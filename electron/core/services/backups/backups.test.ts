/**
 * "Back up now", the list and the folder: each backup is a self-contained SQLite file named by reason and
 * UTC time with a sidecar (time, reason, size, schema version, app version, rows per table); the list
 * flags a backup with under half the rows of the one before it. R9: the backup and restore path never
 * copies the database file — checked in the source and by watching fs while it runs.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupDirOf } from '../../app-core';
import { loadMigrations } from '../../db/migrations';
import type { ShellPlatform } from '../../platform';
import { integrityCheck } from '../../testing/db-inspect';
import { insertClients } from '../../testing/data-safety-fixtures';
import { failure } from '../../testing/pipeline-fixtures';
import { MIGRATIONS_FOLDER, startTempCore, TEST_START, type TempCore } from '../../testing/temp-core';

const KNOWN = loadMigrations(MIGRATIONS_FOLDER).length;
const here = path.dirname(fileURLToPath(import.meta.url));

let t: TempCore;
beforeEach(async () => {
  t = await startTempCore();
});
afterEach(() => {
  vi.restoreAllMocks();
  t.cleanup();
});

describe('backups.create and backups.list', () => {
  it('makes a self-contained backup with a sidecar describing it', async () => {
    insertClients(t.core.context.sqlite, 12);
    const made = await t.call('backups.create', {});

    expect(made).toMatchObject({
      file: 'gigline-manual-2026-01-15T09-00-00-000Z.sqlite',
      path: path.join(backupDirOf(t.dataDir), made.file),
      createdAt: TEST_START,
      reason: 'manual',
      schemaVersion: KNOWN,
      appVersion: '0.0.0-test',
      counts: { clients: 12, contacts: 12, gigs: 0, interviews: 0, deadlines: 0 },
      totalRows: 24,
      suspicious: false,
    });
    expect(made.sizeBytes).toBe(fs.statSync(made.path).size);
    const sidecar = JSON.parse(fs.readFileSync(made.path.replace(/\.sqlite$/, '.json'), 'utf8')) as unknown;
    expect(sidecar).toEqual({
      format: 1,
      file: made.file,
      createdAt: TEST_START,
      reason: 'manual',
      sizeBytes: made.sizeBytes,
      schemaVersion: KNOWN,
      appVersion: '0.0.0-test',
      counts: made.counts,
      totalRows: 24,
    });
    expect(fs.readdirSync(backupDirOf(t.dataDir)).sort()).toEqual([made.file.replace('.sqlite', '.json'), made.file]);
    const alone = new Database(made.path, { readonly: true, fileMustExist: true });
    try {
      expect(alone.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(integrityCheck(alone)).toBe('ok');
    } finally {
      alone.close();
    }
  });

  it('lists newest first, gives two backups in the same millisecond distinct names, flags a shrunken one', async () => {
    insertClients(t.core.context.sqlite, 10);
    const first = await t.call('backups.create', {});
    const same = await t.call('backups.create', {});
    t.advance(3_600_000);
    t.core.context.sqlite.exec("DELETE FROM clients WHERE name <> 'Client 0'");
    const shrunk = await t.call('backups.create', {});

    expect(same.file).toBe(first.file.replace('.sqlite', '-2.sqlite'));
    const list = await t.call('backups.list', {});
    expect(list.map((b) => [b.file, b.totalRows, b.suspicious])).toEqual([
      [shrunk.file, 2, true],
      [same.file, 20, false],
      [first.file, 20, false],
    ]);
    expect(t.log.entries).toContainEqual(
      expect.objectContaining({ level: 'warn', message: expect.stringMatching(/under half the rows/) as unknown }),
    );
  });

  it('lists a backup whose sidecar is missing with unknown counts, and never a half-written file', async () => {
    const made = await t.call('backups.create', {});
    fs.rmSync(made.path.replace(/\.sqlite$/, '.json'));
    fs.writeFileSync(path.join(backupDirOf(t.dataDir), 'gigline-daily-2026-01-16T09-00-00-000Z.sqlite.partial'), 'x');
    fs.writeFileSync(path.join(backupDirOf(t.dataDir), 'notes.txt'), 'x');
    expect(await t.call('backups.list', {})).toEqual([
      expect.objectContaining({ file: made.file, reason: 'manual', createdAt: TEST_START, counts: null, schemaVersion: null }),
    ]);
  });

  it('reports a backups folder it cannot write as a typed error, not INTERNAL', async () => {
    fs.writeFileSync(backupDirOf(t.dataDir), 'a file where the folder should be');
    const error = await failure(t, 'backups.create', {});
    expect(['UNAVAILABLE', 'READONLY']).toContain(error.code);
  });
});

describe('the backups folder', () => {
  it('is <dataDir>/backups; the web shell cannot open it and says so', async () => {
    expect(await t.call('backups.getFolder', {})).toEqual({ path: backupDirOf(t.dataDir) });
    expect(await t.call('backups.openFolder', {})).toEqual({ path: backupDirOf(t.dataDir), opened: false });
  });

  it('is opened by a shell that can (desktop), and a failure to open is reported as opened: false', async () => {
    const openPath = vi.fn<(folder: string) => Promise<string>>().mockResolvedValue('');
    const platform: ShellPlatform = {
      kind: 'desktop',
      notificationsSupported: () => true,
      trayAvailable: () => false,
      launchAtLoginAvailable: () => false,
      openPath,
    };
    await t.reopen({ platform });
    expect(await t.call('backups.openFolder', {})).toEqual({ path: backupDirOf(t.dataDir), opened: true });
    expect(openPath).toHaveBeenCalledWith(backupDirOf(t.dataDir));
    expect(fs.statSync(backupDirOf(t.dataDir)).isDirectory()).toBe(true);
    openPath.mockResolvedValue('Failed to open path');
    expect(await t.call('backups.openFolder', {})).toMatchObject({ opened: false });
  });
});

describe('R9: the backup path never copies the database file', () => {
  const sources = [
    path.join(here, '..', '..', 'db', 'backup.ts'),
    ...fs.readdirSync(here).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).map((name) => path.join(here, name)),
    ...fs
      .readdirSync(path.join(here, '..', '..', 'lifecycle'))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => path.join(here, '..', '..', 'lifecycle', name)),
  ];

  it.each(sources.map((file) => [path.relative(path.join(here, '..', '..'), file), file]))(
    '%s uses no file-copy API',
    (_name, file) => {
      const text = fs.readFileSync(file, 'utf8');
      expect(text).not.toMatch(/\b(copyFile|copyFileSync|cpSync|createReadStream|createWriteStream)\b|\bfs\.(promises\.)?cp\(/);
    },
  );

  it('backup and restore run without fs copy or stream calls (observed)', async () => {
    const spies = [
      vi.spyOn(fs, 'copyFileSync'),
      vi.spyOn(fs, 'copyFile'),
      vi.spyOn(fs, 'cpSync'),
      vi.spyOn(fs, 'createReadStream'),
      vi.spyOn(fs.promises, 'copyFile'),
      vi.spyOn(fs.promises, 'cp'),
    ];
    insertClients(t.core.context.sqlite, 5);
    const made = await t.call('backups.create', {});
    await t.call('backups.restore', { file: made.file });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('the reason: a bare copy of a WAL database misses committed writes still in the -wal', () => {
    const sqlite = t.core.context.sqlite;
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.pragma('wal_autocheckpoint = 0');
    insertClients(sqlite, 7, 'Uncheckpointed');
    const copy = path.join(t.dir, 'bare-copy.sqlite');
    fs.writeFileSync(copy, fs.readFileSync(t.databasePath));
    const copied = new Database(copy, { readonly: true });
    try {
      expect(copied.prepare("SELECT count(*) FROM clients WHERE name LIKE 'Uncheckpointed%'").pluck().get()).toBe(0);
    } finally {
      copied.close();
    }
    expect(sqlite.prepare("SELECT count(*) FROM clients WHERE name LIKE 'Uncheckpointed%'").pluck().get()).toBe(7);
  });
});
