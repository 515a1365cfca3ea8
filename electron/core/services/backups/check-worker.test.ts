/**
 * The restore's file check gives the same answer in its worker thread and in the main-thread fallback:
 * for a good backup, a damaged one, a file that is not a database, and a path with nothing there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { damage } from '../../testing/corrupt-file';
import { insertClients } from '../../testing/data-safety-fixtures';
import { startTempCore, type TempCore } from '../../testing/temp-core';
import { checkDatabaseFile, checkOnThisThread } from './check-worker';

let t: TempCore;
let good: string;
beforeEach(async () => {
  t = await startTempCore();
  insertClients(t.core.context.sqlite, 30, 'Client', 600);
  good = (await t.core.context.data.createBackup('manual')).path;
});
afterEach(() => t.cleanup());

describe('checking a database file', () => {
  it('reads integrity, schema state and counts of a good file, alike in the worker and on this thread', async () => {
    const inWorker = await checkDatabaseFile(good);
    expect(inWorker).toMatchObject({
      integrity: ['ok'],
      errorCode: null,
      hasMigrationsTable: true,
      counts: { clients: 30, contacts: 30 },
    });
    expect(inWorker.applied.length).toBe(inWorker.userVersion);
    expect(checkOnThisThread(good)).toEqual(inWorker);
  });

  it.each([
    ['damaged pages', (file: string) => damage(file, 'flipped', 2)],
    ['not a database', (file: string) => damage(file, 'bad-header')],
    ['nothing there', (file: string) => fs.rmSync(file)],
  ])('reports %s alike in the worker and on this thread', async (_name, spoil) => {
    const file = path.join(t.dir, 'spoiled.sqlite');
    fs.writeFileSync(file, fs.readFileSync(good));
    spoil(file);
    const inWorker = await checkDatabaseFile(file);
    expect(inWorker.errorCode !== null || inWorker.integrity?.[0] !== 'ok').toBe(true);
    expect(checkOnThisThread(file)).toEqual(inWorker);
  });
});
