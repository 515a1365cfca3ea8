/**
 * Opens (creating if needed) the one Gigline database file: refuses a file from a newer version before
 * writing a byte, backs up before pending migrations, migrates, then sets the runtime pragmas.
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import fs from 'node:fs';
import * as schema from '../../../drizzle/schema';
import { AppError, classifySqliteError } from '../errors';
import type { Logger } from '../log';
import { backupDatabase } from './backup';
import { applyMigrations, assertNotFromFuture, loadMigrations, pendingMigrations, readSchemaState } from './migrations';

export type AppDatabase = BetterSQLite3Database<typeof schema>;

export interface OpenDatabaseOptions {
  file: string;
  migrationsFolder: string;
  backupDir: string;
  log: Logger;
  now: () => number;
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  busyTimeoutMs?: number;
}

export interface OpenedDatabase {
  sqlite: Database.Database;
  db: AppDatabase;
  schemaVersion: number;
  readOnly: boolean;
  backupPath: string | null;
}

function driverOptions(options: OpenDatabaseOptions, extra: Database.Options = {}): Database.Options {
  return {
    ...extra,
    timeout: options.busyTimeoutMs ?? 5000,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  };
}

function rethrowOpenError(error: unknown): never {
  if (error instanceof AppError) throw error;
  const mapped = classifySqliteError(error);
  if (mapped) throw new AppError(mapped.code, `${mapped.message} (${(error as Error).message})`);
  throw error;
}

export function setRuntimePragmas(sqlite: Database.Database, busyTimeoutMs = 5000): void {
  sqlite.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a commit survives an app crash or kill -9 (SQLite guarantees it); only a power
  // loss or OS crash can roll back the last few commits, never corrupt the file. FULL would fsync every
  // commit for little gain on a single-user desktop app. (reliability.md R1/R2)
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  // Writes to tables with triggers (search queue) open statement journals; keep them off the disk.
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('foreign_keys = ON');
}

/**
 * user_version straight from the file header (big-endian at offset 60). Lets a database from a newer
 * Gigline be refused without SQLite opening it: even a read-only connection to a WAL database creates
 * -wal and -shm files next to it.
 */
export function headerUserVersion(file: string): number | null {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    if (fs.readSync(fd, header, 0, header.length, 0) < header.length) return null;
  } finally {
    fs.closeSync(fd);
  }
  return header.toString('latin1', 0, 16) === 'SQLite format 3\0' ? header.readInt32BE(60) : null;
}

/**
 * SQLite silently opens a file the OS will not let it write in read-only mode; the first write would
 * then fail mid-startup. Rewriting user_version with its own value finds out up front.
 */
function assertWritable(sqlite: Database.Database): void {
  const version = Number(sqlite.pragma('user_version', { simple: true }));
  sqlite.pragma(`user_version = ${version}`);
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  const known = loadMigrations(options.migrationsFolder);
  const existed = fs.existsSync(options.file) && fs.statSync(options.file).size > 0;

  // 1. Look before touching: the header first (no side files), then a read-only connection.
  let hadMigrations = false;
  if (existed) {
    const headerVersion = headerUserVersion(options.file);
    if (headerVersion !== null) assertNotFromFuture({ applied: [], userVersion: headerVersion }, known);
    let probe: Database.Database | undefined;
    try {
      probe = new Database(options.file, driverOptions(options, { readonly: true, fileMustExist: true }));
      const state = readSchemaState(probe);
      assertNotFromFuture(state, known);
      hadMigrations = state.applied.length > 0 && pendingMigrations(state, known).length > 0;
    } catch (error) {
      rethrowOpenError(error);
    } finally {
      probe?.close();
    }
  }

  let sqlite: Database.Database | undefined;
  let readOnly = false;
  try {
    sqlite = new Database(options.file, driverOptions(options));
    assertWritable(sqlite);
    sqlite.pragma('journal_mode = WAL');
  } catch (error) {
    sqlite?.close();
    const mapped = classifySqliteError(error);
    if (existed && mapped?.code === 'READONLY') {
      sqlite = new Database(options.file, driverOptions(options, { readonly: true }));
      readOnly = true;
    } else {
      rethrowOpenError(error);
    }
  }

  try {
    let backupPath: string | null = null;
    if (!readOnly) {
      if (hadMigrations) {
        backupPath = await backupDatabase(sqlite, options.backupDir, 'before-migration', options.now());
        options.log.info('backed up before migrating', { backupPath });
      }
      const applied = applyMigrations(sqlite, known);
      if (applied > 0) options.log.info('applied migrations', { applied });
      setRuntimePragmas(sqlite, options.busyTimeoutMs);
    } else {
      const state = readSchemaState(sqlite);
      if (pendingMigrations(state, known).length > 0) {
        throw new AppError('READONLY', 'The database file is read-only and needs an update Gigline cannot write.');
      }
      options.log.warn('database opened read-only', { file: options.file });
    }
    return { sqlite, db: drizzle(sqlite, { schema }), schemaVersion: known.length, readOnly, backupPath };
  } catch (error) {
    sqlite.close();
    rethrowOpenError(error);
  }
}
