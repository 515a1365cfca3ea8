/**
 * Putting another database file in the live one's place (restore, recovery, "locate"): the candidate is
 * judged first without a byte written (integrity_check in a worker, schema version, is it Gigline's at
 * all), then copied beside the live file with the backup API from a read-only connection (so a candidate
 * in WAL mode comes with its WAL contents, and the source is never modified), fsynced, and finally
 * renamed over the database path in one atomic step.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { MigrationMeta } from 'drizzle-orm/migrator';
import { AppError } from '../../errors';
import type { Logger } from '../../log';
import { copyDatabaseOnline, syncDirectory, syncFile, withDriver, type DriverOptions } from '../../db/backup';
import { assertNotFromFuture } from '../../db/migrations';
import { headerUserVersion } from '../../db/open-database';
import { checkDatabaseFile } from './check-worker';

export interface CheckedCandidate {
  path: string;
  schemaVersion: number;
  counts: Record<string, number>;
}

function sameFile(a: string, b: string): boolean {
  try {
    const [sa, sb] = [fs.statSync(a), fs.statSync(b)];
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

const damaged = (detail: string) =>
  new AppError('DB_CORRUPT', `The chosen file is damaged or not a database (${detail}). Nothing was changed.`);

/** Throws a typed error (NOT_FOUND, VALIDATION, DB_CORRUPT, DB_FROM_FUTURE, UNAVAILABLE) unless usable. */
export async function checkCandidate(
  file: string,
  options: { known: MigrationMeta[]; livePath: string; driver: DriverOptions; log?: Logger },
): Promise<CheckedCandidate> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('NOT_FOUND', `There is no file at ${file}.`);
  }
  if (!stat.isFile()) throw new AppError('VALIDATION', `${file} is not a file.`, [{ path: 'file', message: 'Choose a file' }]);
  if (sameFile(file, options.livePath)) {
    throw new AppError('VALIDATION', 'That is the database Gigline has open now.', [
      { path: 'file', message: 'Choose a backup or another database file' },
    ]);
  }
  let headerVersion: number | null;
  try {
    headerVersion = headerUserVersion(file);
  } catch (error) {
    throw new AppError('UNAVAILABLE', `The file could not be read (${(error as Error).message}).`);
  }
  if (headerVersion === null) throw damaged('no SQLite header');
  assertNotFromFuture({ applied: [], userVersion: headerVersion }, options.known);

  const check = await checkDatabaseFile(file, {
    ...options.driver,
    pragma: 'integrity_check',
    ...(options.log ? { log: options.log } : {}),
  });
  if (check.errorCode !== null || check.integrity === null) {
    const code = check.errorCode ?? '';
    if (code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PERM')
      throw new AppError('UNAVAILABLE', `The file could not be read (${check.errorMessage ?? code}).`);
    throw damaged(check.errorMessage ?? 'unreadable');
  }
  if (check.integrity.length !== 1 || check.integrity[0] !== 'ok') throw damaged(check.integrity.slice(0, 3).join('; '));
  if (!check.hasMigrationsTable) {
    throw new AppError('VALIDATION', 'This file is not a Gigline database.', [
      { path: 'file', message: 'Choose a Gigline backup or database file' },
    ]);
  }
  assertNotFromFuture({ applied: check.applied, userVersion: check.userVersion }, options.known);
  return { path: file, schemaVersion: check.userVersion, counts: check.counts };
}

/** Removes -wal/-shm left beside the database path (only ever called with no connection open). */
export function removeSideFiles(databasePath: string): void {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(databasePath + suffix, { force: true });
}

/** Copies `source` to `target` through the backup API (source opened read-only) and fsyncs it. */
export async function copyForInstall(source: string, target: string, driver: DriverOptions): Promise<void> {
  const reader = new Database(source, withDriver(driver, { readonly: true, fileMustExist: true }));
  try {
    await copyDatabaseOnline(reader, target);
  } finally {
    reader.close();
  }
  await syncFile(target);
}

/**
 * Moves a prepared copy over the database path. Stale -wal/-shm go first: a crash between the two steps
 * must never leave an old WAL beside the new file, where SQLite would replay it into the wrong database.
 * Only called with no connection open on the database.
 */
export async function swapIn(prepared: string, databasePath: string): Promise<void> {
  removeSideFiles(databasePath);
  fs.renameSync(prepared, databasePath);
  await syncDirectory(path.dirname(databasePath));
}
