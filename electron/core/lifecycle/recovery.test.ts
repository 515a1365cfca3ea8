/**
 * Start-up integrity and recovery mode (reliability.md R6, R7; product.md §4.4): a damaged file is set
 * aside, never deleted, and the newest good backup restores; a database missing where one existed is
 * "locate or restore", never a silently empty app; a database from a newer Gigline is explained and left
 * untouched. Real files, real migrations, a core started as the hosts start it (recoveryMode: true).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allDataEntities, procedureNames, recoveryModeProcedures, type AppEvent } from '../../contract';
import { backupDirOf } from '../app-core';
import { loadMigrations } from '../db/migrations';
import { damage, type Damage } from '../testing/corrupt-file';
import { insertClients, sha256 } from '../testing/data-safety-fixtures';
import { failure } from '../testing/pipeline-fixtures';
import { MIGRATIONS_FOLDER, startTempCore, type TempCore } from '../testing/temp-core';

const KNOWN = loadMigrations(MIGRATIONS_FOLDER).length;

let t: TempCore;
let events: AppEvent[];
beforeEach(async () => {
  t = await startTempCore({ recoveryMode: true });
  events = [];
});
afterEach(() => t.cleanup());

async function reopenWatching(): Promise<void> {
  await t.reopen();
  t.core.events.subscribe((event) => events.push(event));
}

/** Enough rows for a few dozen b-tree pages, so a flipped page is a page that holds data. */
function seedClients(count = 40): void {
  insertClients(t.core.context.sqlite, count, 'Client', 600);
}

function filesIn(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

describe('R7: a damaged database file', () => {
  const variants: [Damage, number][] = [
    ['truncated', 1],
    ['flipped', 1],
    ['flipped', 2],
    ['flipped', 3],
    ['bad-header', 1],
  ];

  it.each(variants)(
    '%s (seed %d): recovery mode, the file kept aside, the newest good backup restores',
    async (kind, seed) => {
      seedClients();
      const good = await t.call('backups.create', {});
      await t.call('clients.create', { name: 'Written after the backup' });
      t.core.close();
      damage(t.databasePath, kind, seed);
      const damagedHash = sha256(t.databasePath);

      await reopenWatching();

      expect(t.core.mode()).toBe('recovery');
      expect(await t.call('app.getInfo', {})).toMatchObject({ mode: 'recovery', readOnly: false });
      const status = await t.call('recovery.getStatus', {});
      expect(status.problem).toBe('corrupt');
      expect(status.message).toMatch(/damaged/);
      expect(status.preservedAs).toMatch(/gigline\.sqlite\.corrupt-2026-01-15T09-00-00-000Z$/);
      expect(sha256(status.preservedAs ?? '')).toBe(damagedHash);
      expect(fs.existsSync(t.databasePath)).toBe(false);
      expect(status.backups[0]).toMatchObject({ file: good.file, usable: true, unusableReason: null });
      expect(await failure(t, 'clients.list', {})).toMatchObject({ code: 'UNAVAILABLE' });

      const recovered = await t.call('recovery.restoreBackup', { file: good.file });

      expect(recovered).toMatchObject({ source: good.file, setAside: null, counts: { clients: 40, contacts: 40 } });
      expect(t.core.mode()).toBe('normal');
      expect(await t.call('app.getInfo', {})).toMatchObject({ mode: 'normal', schemaVersion: KNOWN });
      expect(await t.call('clients.list', { limit: 1 })).toMatchObject({ total: 40 });
      expect(events).toContainEqual({ name: 'data.changed', payload: { entities: [...allDataEntities] } });
      expect(sha256(status.preservedAs ?? '')).toBe(damagedHash);
    },
  );

  it('treats a full-text index the check cannot even read as damage, not as a failed start', async () => {
    seedClients(5);
    const root = Number(
      t.core.context.sqlite
        .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'search_index_config'")
        .pluck()
        .get(),
    );
    t.core.close();
    // The row ('version', 4) of the FTS5 config table, whose value byte follows the key: make it 0.
    const bytes = fs.readFileSync(t.databasePath);
    const pageSize = bytes.readUInt16BE(16);
    const page = bytes.subarray((root - 1) * pageSize, root * pageSize);
    const at = page.indexOf('version', 0, 'latin1') + 'version'.length;
    expect([4, 5]).toContain(page[at]);
    page[at] = 0;
    fs.writeFileSync(t.databasePath, bytes);

    await reopenWatching();

    expect(t.core.mode()).toBe('recovery');
    const status = await t.call('recovery.getStatus', {});
    expect(status.problem).toBe('corrupt');
    expect(status.message).toMatch(/damaged/);
  });

  it('still explains the damage after a restart, and lists a damaged backup last as unusable', async () => {
    seedClients(5);
    const good = await t.call('backups.create', {});
    t.advance(60_000);
    const bad = await t.call('backups.create', {});
    damage(path.join(backupDirOf(t.dataDir), bad.file), 'bad-header');
    t.core.close();
    damage(t.databasePath, 'bad-header');
    await t.reopen();
    const first = await t.call('recovery.getStatus', {});

    await t.reopen();

    const again = await t.call('recovery.getStatus', {});
    expect(again).toMatchObject({ problem: 'corrupt', preservedAs: first.preservedAs });
    expect(again.backups.map((b) => [b.file, b.usable])).toEqual([
      [good.file, true],
      [bad.file, false],
    ]);
    expect(again.backups[1]?.unusableReason).toMatch(/cannot be opened|damaged/);
    expect(await failure(t, 'recovery.restoreBackup', { file: bad.file })).toMatchObject({ code: 'DB_CORRUPT' });
    expect(t.core.mode()).toBe('recovery');
  });

  it('is a typed error, not recovery mode, when the host did not ask for recovery', async () => {
    t.core.close();
    damage(t.databasePath, 'bad-header');
    await expect(t.reopen({ recoveryMode: false })).rejects.toMatchObject({ code: 'DB_CORRUPT' });
    expect(fs.existsSync(t.databasePath)).toBe(true);
  });
});

describe('a database missing where one existed', () => {
  it('starts in recovery mode ("locate or restore"), never as an empty app', async () => {
    seedClients(3);
    t.core.close();
    fs.rmSync(t.databasePath);

    await reopenWatching();

    expect(t.core.mode()).toBe('recovery');
    expect(fs.existsSync(t.databasePath)).toBe(false);
    const status = await t.call('recovery.getStatus', {});
    expect(status).toMatchObject({ problem: 'missing', preservedAs: null, backups: [] });
    expect(status.message).toMatch(/missing/);
  });

  it('adopts a file the person points to (a copy; the original stays where it is)', async () => {
    seedClients(3);
    t.core.close();
    const moved = path.join(t.dir, 'moved', 'gigline.sqlite');
    fs.mkdirSync(path.dirname(moved));
    fs.renameSync(t.databasePath, moved);
    const hash = sha256(moved);
    await reopenWatching();

    expect(await failure(t, 'recovery.useFile', { path: 'moved/gigline.sqlite' })).toMatchObject({
      code: 'VALIDATION',
    });
    expect(await failure(t, 'recovery.useFile', { path: path.join(t.dir, 'nope.sqlite') })).toMatchObject({
      code: 'NOT_FOUND',
    });
    const recovered = await t.call('recovery.useFile', { path: moved });

    expect(recovered).toMatchObject({ source: moved, counts: { clients: 3 } });
    expect(await t.call('clients.list', {})).toMatchObject({ total: 3 });
    expect(sha256(moved)).toBe(hash);
    expect(events.some((e) => e.name === 'data.changed')).toBe(true);
  });

  it('starts fresh only when confirmed, and the next start is normal', async () => {
    t.core.close();
    fs.rmSync(t.databasePath);
    await t.reopen();

    expect(await failure(t, 'recovery.startFresh', { confirm: false } as never)).toMatchObject({ code: 'VALIDATION' });
    expect(await failure(t, 'recovery.startFresh', {} as never)).toMatchObject({ code: 'VALIDATION' });
    expect(t.core.mode()).toBe('recovery');
    expect(await t.call('recovery.startFresh', { confirm: true })).toEqual({
      source: null,
      setAside: null,
      counts: {},
    });
    expect(await t.call('clients.list', {})).toMatchObject({ total: 0 });

    await t.reopen();
    expect(t.core.mode()).toBe('normal');
  });

  it('is simply a new database on a first start (no marker: nothing existed before)', async () => {
    t.core.close();
    fs.rmSync(t.dataDir, { recursive: true });
    await t.reopen();
    expect(t.core.mode()).toBe('normal');
  });
});

describe('a database from a newer Gigline (R6) in recovery mode', () => {
  it('is explained and left byte-identical; restoring a backup sets it aside instead of overwriting it', async () => {
    seedClients(2);
    const older = await t.call('backups.create', {});
    t.core.close();
    const future = new Database(t.databasePath);
    future.pragma(`user_version = ${KNOWN + 3}`);
    future.close();
    const hash = sha256(t.databasePath);
    const before = filesIn(t.dataDir);

    await t.reopen();

    const status = await t.call('recovery.getStatus', {});
    expect(status).toMatchObject({ problem: 'future', preservedAs: null });
    expect(status.message).toMatch(/newer version of Gigline/);
    expect(sha256(t.databasePath)).toBe(hash);
    expect(filesIn(t.dataDir)).toEqual(before);

    const recovered = await t.call('recovery.restoreBackup', { file: older.file });
    expect(recovered.setAside).toMatch(/gigline\.sqlite\.future-/);
    expect(sha256(recovered.setAside ?? '')).toBe(hash);
    expect(await t.call('clients.list', {})).toMatchObject({ total: 2 });
  });
});

describe('recovery mode answers only what it can', () => {
  it('refuses every other procedure with UNAVAILABLE; recovery procedures say CONFLICT in normal mode', async () => {
    expect(await failure(t, 'recovery.getStatus', {})).toMatchObject({ code: 'CONFLICT' });
    expect(await failure(t, 'recovery.startFresh', { confirm: true })).toMatchObject({ code: 'CONFLICT' });
    t.core.close();
    fs.rmSync(t.databasePath);
    await t.reopen();

    for (const name of procedureNames.filter((n) => !recoveryModeProcedures.includes(n))) {
      const result = await t.core.dispatch(name, {});
      expect(result, name).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
      if (!result.ok) expect(result.error.message).toMatch(/recovery mode/);
    }
    expect(await t.call('app.ping', {})).toMatchObject({ pong: true });
    expect(await t.call('backups.getFolder', {})).toEqual({ path: backupDirOf(t.dataDir) });
    expect(await t.call('backups.list', {})).toEqual([]);
  });

  it('an unreadable database path (a folder where the file should be) is recovery mode "unreadable"', async () => {
    t.core.close();
    fs.rmSync(t.databasePath);
    fs.mkdirSync(t.databasePath);
    await t.reopen();
    expect(await t.call('recovery.getStatus', {})).toMatchObject({ problem: 'unreadable' });
    expect(fs.statSync(t.databasePath).isDirectory()).toBe(true);
  });
});
