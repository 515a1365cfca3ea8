/**
 * Opens (creating if needed) the one Gigline database file: refuses a file from a newer version before
 * writing a byte, optionally runs `PRAGMA quick_check` on a read-only connection first (a damaged file
 * is reported as DB_CORRUPT before anything writes to it), backs up before pending migrations, migrates,
 * then sets the runtime pragmas.
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
  /** Run `PRAGMA quick_check` on an existing file before opening it for writing. */
  quickCheck?: boolean;
  /** Recorded in the sidecar of the before-migration backup. */
  appVersion?: string;
}

export interface OpenedDatabase {
  sqlite: Database.Database;
  db: AppDatabase;
  schemaVersion: number;
  readOnly: boolean;
  backupPath: string | null;
  /** How long quick_check took, or null when it did not run (a new file, or not asked for). */
  quickCheckMs: number | null;
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

/** Throws DB_CORRUPT unless quick_check answers 'ok'; returns how long it took. */
function runQuickCheck(sqlite: Database.Database): number {
  const started = performance.now();
  let rows: { quick_check: string }[];
  try {
    rows = sqlite.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
  } catch (error) {
    // A damaged full-text index makes the check itself fail ("invalid fts5 file format", SQLITE_ERROR)
    // instead of reporting. Only a busy, locked, full or unreadable file is not a verdict on the data.
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || /^SQLITE_(BUSY|LOCKED|NOMEM|IOERR|FULL|CANTOPEN|PERM|INTERRUPT)/.test(code))
      throw error;
    throw new AppError(
      'DB_CORRUPT',
      `The database file is damaged (quick_check: ${String((error as Error).message).slice(0, 300)}).`,
    );
  }
  const messages = rows.map((row) => String(row.quick_check));
  if (messages.length !== 1 || messages[0] !== 'ok') {
    throw new AppError(
      'DB_CORRUPT',
      `The database file is damaged (quick_check: ${messages.join('; ').slice(0, 300)}).`,
    );
  }
  return performance.now() - started;
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
  let quickCheckMs: number | null = null;
  if (existed) {
    let headerVersion: number | null;
    try {
      headerVersion = headerUserVersion(options.file);
    } catch (error) {
      throw new AppError('UNAVAILABLE', `The database file could not be read (${(error as Error).message}).`);
    }
    if (headerVersion !== null) assertNotFromFuture({ applied: [], userVersion: headerVersion }, known);
    let probe: Database.Database | undefined;
    try {
      probe = new Database(options.file, driverOptions(options, { readonly: true, fileMustExist: true }));
      const state = readSchemaState(probe);
      assertNotFromFuture(state, known);
      if (options.quickCheck) quickCheckMs = runQuickCheck(probe);
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
        const backup = await backupDatabase(sqlite, options.backupDir, {
          reason: 'before-migration',
          at: options.now(),
          appVersion: options.appVersion ?? null,
          driver: options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
        });
        backupPath = backup.path;
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
    return { sqlite, db: drizzle(sqlite, { schema }), schemaVersion: known.length, readOnly, backupPath, quickCheckMs };
  } catch (error) {
    sqlite.close();
    rethrowOpenError(error);
  }
}
