/**
 * Opening a database the OS will not let us write (reliability.md R12): Gigline opens it read-only and
 * says so, reads work, writes return READONLY, and a pending migration it cannot apply is a typed error.
 * The file is made unwritable with chmod (non-root) or `chattr +i` (root ignores file modes).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { migrationsFolderWith } from '../testing/migrations-folder';
import { startTempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
let locked: string | null = null;

beforeEach(async () => {
  t = await startTempCore();
});
afterEach(() => {
  if (locked) unlock(locked);
  t.cleanup();
});

const isRoot = process.getuid?.() === 0;

/** Returns a reason when this machine cannot make a file unwritable. */
function lock(file: string): string | null {
  if (!isRoot) {
    fs.chmodSync(file, 0o444);
  } else {
    try {
      execFileSync('chattr', ['+i', file], { stdio: 'pipe' });
    } catch (error) {
      return `running as root and "chattr +i" failed (${(error as Error).message.split('\n')[0]})`;
    }
  }
  locked = file;
  return null;
}

function unlock(file: string) {
  if (isRoot) execFileSync('chattr', ['-i', file], { stdio: 'pipe' });
  else fs.chmodSync(file, 0o644);
  locked = null;
}

describe('R12: a read-only database file', () => {
  it('opens read-only: reads work, writes return READONLY, info says readOnly', async (context) => {
    await t.call('clients.create', { name: 'Acme' });
    t.core.close();
    const reason = lock(t.databasePath);
    if (reason) {
      console.warn(`skipped: ${reason}`);
      context.skip();
    }

    await t.reopen();

    expect(t.core.context.info.readOnly).toBe(true);
    expect(await t.call('app.getInfo', {})).toMatchObject({ readOnly: true });
    expect(await t.call('clients.list', {})).toMatchObject({ total: 1 });
    const write = await t.core.dispatch('clients.create', { name: 'Nope' });
    expect(write).toMatchObject({ ok: false, error: { code: 'READONLY' } });
  });

  it('refuses with READONLY when a migration is pending', async (context) => {
    t.core.close();
    const reason = lock(t.databasePath);
    if (reason) {
      console.warn(`skipped: ${reason}`);
      context.skip();
    }
    const folder = migrationsFolderWith(t.dir, [{ tag: '9000_extra', sql: 'CREATE TABLE `extra` (`id` integer);' }]);

    const error = await t.reopen({ migrationsFolder: folder }).then(
      () => null,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('READONLY');
  });
});
