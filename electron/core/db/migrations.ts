/**
 * Applies drizzle-kit migrations with the guarantees drizzle's own migrator does not give:
 * foreign keys OFF while tables are rebuilt (else a rebuild cascade-deletes child rows), a
 * `foreign_key_check` before COMMIT, all pending migrations in one transaction, the original SQLite
 * error reported (not a failed ROLLBACK's), and `user_version` kept equal to the number of migrations
 * so a database written by a newer Gigline is recognised and refused before anything touches it.
 * The bookkeeping table keeps drizzle's format, so drizzle-kit tooling still reads it.
 */
import type Database from 'better-sqlite3';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { AppError } from '../errors';

export const MIGRATIONS_TABLE = '__drizzle_migrations';

export function loadMigrations(migrationsFolder: string): MigrationMeta[] {
  return readMigrationFiles({ migrationsFolder });
}

export interface SchemaState {
  /** Migrations recorded in the database, oldest first. */
  applied: { hash: string; createdAt: number }[];
  userVersion: number;
}

export function readSchemaState(sqlite: Database.Database): SchemaState {
  const userVersion = Number(sqlite.pragma('user_version', { simple: true }));
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(MIGRATIONS_TABLE);
  const applied = hasTable
    ? (
        sqlite.prepare(`SELECT hash, created_at AS createdAt FROM ${MIGRATIONS_TABLE} ORDER BY created_at`).all() as {
          hash: string;
          createdAt: number;
        }[]
      ).map((row) => ({ hash: row.hash, createdAt: Number(row.createdAt) }))
    : [];
  return { applied, userVersion };
}

/** Throws DB_FROM_FUTURE when the database records migrations this build does not know. */
export function assertNotFromFuture(state: SchemaState, known: MigrationMeta[]): void {
  const newestKnown = known.length ? Math.max(...known.map((m) => m.folderMillis)) : 0;
  const unknownNewer = state.applied.filter((row) => row.createdAt > newestKnown);
  if (state.userVersion > known.length || unknownNewer.length > 0) {
    throw new AppError(
      'DB_FROM_FUTURE',
      'This database was written by a newer version of Gigline. Update Gigline to open it; the file was left untouched.',
    );
  }
}

export function pendingMigrations(state: SchemaState, known: MigrationMeta[]): MigrationMeta[] {
  const last = state.applied.at(-1)?.createdAt ?? -1;
  return known.filter((m) => m.folderMillis > last);
}

/** Runs the pending migrations in one transaction with foreign keys off; leaves foreign keys ON. */
export function applyMigrations(sqlite: Database.Database, known: MigrationMeta[]): number {
  const pending = pendingMigrations(readSchemaState(sqlite), known);
  if (pending.length === 0) {
    sqlite.pragma(`user_version = ${known.length}`);
    sqlite.pragma('foreign_keys = ON');
    return 0;
  }
  // Must be set outside a transaction: SQLite ignores this pragma inside one.
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      sqlite.exec(
        `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
      );
      const record = sqlite.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (hash, created_at) VALUES (?, ?)`);
      for (const migration of pending) {
        for (const statement of migration.sql) {
          if (statement.trim()) sqlite.exec(statement);
        }
        record.run(migration.hash, migration.folderMillis);
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new Error(`foreign_key_check found ${violations.length} broken reference(s) after migrating`);
      }
      sqlite.pragma(`user_version = ${known.length}`);
      sqlite.exec('COMMIT');
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      const detail = error instanceof Error ? error.message : String(error);
      throw new AppError('MIGRATION_FAILED', `Updating the database failed and was rolled back: ${detail}`);
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return pending.length;
}
