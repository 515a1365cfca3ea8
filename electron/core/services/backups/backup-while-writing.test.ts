/**
 * R8: a backup made while the app keeps writing — through the same connection (SQLite folds those writes
 * into the running backup) and through a second connection (SQLite restarts the backup after each outside
 * write; it completes once the writes pause). Either way the backup opens on its own (no -wal/-shm),
 * passes integrity_check, holds a row count between the counts before and after, and restoring it gives
 * exactly its content back.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../contract';
import { integrityCheck } from '../../testing/db-inspect';
import { count, insertClients, userContent } from '../../testing/data-safety-fixtures';
import { startTempCore, type TempCore } from '../../testing/temp-core';

let t: TempCore;
beforeEach(async () => {
  t = await startTempCore();
  // About 1,500 pages: the copy takes several steps, with the event loop free between them.
  insertClients(t.core.context.sqlite, 2500, 'Seed', 1800);
});
afterEach(() => t.cleanup());

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `write` once per event-loop turn until the backup settles; returns the backup and the writes made. */
async function backUpWhile(write: (n: number) => unknown, maxWrites = Infinity) {
  let settled = false;
  const running = t.core.context.data.createBackup('manual').finally(() => {
    settled = true;
  });
  let writes = 0;
  while (!settled) {
    if (writes < maxWrites) await write(writes++);
    await turn();
  }
  return { made: await running, writes };
}

/** The backup file alone in an empty folder (a test-side copy of a finished, closed backup). */
function openAlone(made: BackupInfo): Database.Database {
  const folder = fs.mkdtempSync(path.join(t.dir, 'alone-'));
  const file = path.join(folder, made.file);
  fs.writeFileSync(file, fs.readFileSync(made.path));
  return new Database(file, { readonly: true, fileMustExist: true });
}

async function expectConsistentBackup(made: BackupInfo, before: number, after: number) {
  const alone = openAlone(made);
  let content: Record<string, string[]>;
  try {
    expect(integrityCheck(alone)).toBe('ok');
    const clients = count(alone, 'clients');
    expect(clients).toBeGreaterThanOrEqual(before);
    expect(clients).toBeLessThanOrEqual(after);
    expect(made.counts?.clients).toBe(clients);
    content = userContent(alone);
  } finally {
    alone.close();
  }
  expect(fs.readdirSync(path.dirname(made.path)).filter((name) => /-(wal|shm)$/.test(name))).toEqual([]);

  await t.call('backups.restore', { file: made.file });
  expect(userContent(t.core.context.sqlite)).toEqual(content);
}

describe('R8: a backup made while writing', () => {
  it('on the same connection: writes land between steps and the backup stays consistent', async () => {
    const before = count(t.core.context.sqlite, 'clients');
    const { made, writes } = await backUpWhile((n) => t.call('clients.create', { name: `During ${n}` }));
    const after = count(t.core.context.sqlite, 'clients');

    expect(writes).toBeGreaterThan(1);
    expect(after).toBe(before + writes);
    await expectConsistentBackup(made, before, after);
  });

  it('with a second connection writing: the backup restarts, then completes consistently', async () => {
    const writer = new Database(t.databasePath);
    writer.pragma('busy_timeout = 2000');
    const insert = writer.prepare("INSERT INTO clients (name, created_at, updated_at) VALUES (?, 0, 0)");
    try {
      const before = count(t.core.context.sqlite, 'clients');
      const { made, writes } = await backUpWhile((n) => insert.run(`Outside ${n}`), 25);
      const after = count(t.core.context.sqlite, 'clients');

      expect(writes).toBeGreaterThan(1);
      expect(after).toBe(before + writes);
      writer.close();
      await expectConsistentBackup(made, before, after);
    } finally {
      if (writer.open) writer.close();
    }
  });
});
